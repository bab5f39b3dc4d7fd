import { describe, expect, test } from 'vitest';
import { awardIds, fixtureAwardsModel, withheldName } from './fixtureAwards';
import { decisionPage } from '../../../src/lib/awardsView/decisionPage';
import { foldedTerms } from '../../../src/lib/search/foldedTerms';

const model = fixtureAwardsModel();

describe('the Pagefind contract of a decision page', () => {
  const page = decisionPage(model, awardIds.qd120);

  test('gives the same meta and filters as document pages, kind "Quyết định khen thưởng"', () => {
    expect(page.pagefind).toEqual({
      title:
        'Quyết định 120/QĐ-UBND về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong công tác thi đua, khen thưởng năm 2024 (dữ liệu minh họa)',
      number: '120/QĐ-UBND',
      issuer: 'Ủy ban nhân dân phường Quyết Thắng',
      date: '20/12/2024',
      kind: 'Quyết định khen thưởng',
      level: 'Cấp xã',
      year: '2024',
      sortDate: '2024-12-20',
    });
  });

  test('indexes the published awardees’ names, units and achievements', () => {
    expect(page.indexableText).toContain('Nguyễn Thị Hằng');
    expect(page.indexableText).toContain('Tổ dân phố số 5');
    expect(page.indexableText).toContain('Dẫn đầu phong trào xây dựng tổ dân phố văn minh');
  });

  test('folds đ-words of the awardees for diacritic-free search', () => {
    expect(foldedTerms(page.indexableText).split(' ')).toEqual(
      expect.arrayContaining(['dang', 'dinh']),
    );
  });

  test('never holds the withheld awardee', () => {
    expect(JSON.stringify(page)).not.toContain(withheldName);
  });
});

describe('a decision page', () => {
  test('shows the metadata rows in order', () => {
    expect(decisionPage(model, awardIds.qd120).metadata.map((r) => [r.label, r.value])).toEqual([
      ['Loại văn bản', 'Quyết định khen thưởng'],
      ['Số ký hiệu', '120/QĐ-UBND'],
      ['Cơ quan ban hành', 'Ủy ban nhân dân phường Quyết Thắng'],
      ['Cấp', 'Cấp xã'],
      ['Ngày ban hành', '20/12/2024'],
      ['Người ký', 'Lò Văn Minh (KT. CHỦ TỊCH PHÓ CHỦ TỊCH)'],
      ['Loại hình khen thưởng', 'Khen thưởng theo công trạng và thành tích'],
      ['Trạng thái', 'Đã quyết định'],
      ['Số được khen thưởng', '3 cá nhân, 1 tập thể'],
      ['Nguồn dữ liệu', 'Dữ liệu minh họa, không có thật'],
    ]);
  });

  test('links the plan it rewards and its legal bases', () => {
    const page = decisionPage(model, awardIds.qd120);
    expect(page.rewards.map((d) => d.href)).toEqual([
      '/van-ban/ke-hoach-uy-ban-nhan-dan-phuong-quyet-thang-2024-02-cong-tac-thi-dua-khen-thuong-nam-2024/',
    ]);
    expect(page.bases.map((d) => d.displayName)).toEqual([
      'Luật 06/2022/QH15',
      'Nghị định 98/2023/NĐ-CP',
    ]);
  });

  test('a revoked decision says by which decision, when and why', () => {
    const page = decisionPage(model, awardIds.qd210);
    expect(page.revocation).toEqual({
      decisionNumber: '88/QĐ-UBND',
      dateLabel: '02/10/2025',
      reason:
        'Hồ sơ đề nghị khen thưởng không bảo đảm tiêu chuẩn: sáng kiến chưa được hội đồng có thẩm quyền công nhận',
      sentence: 'Quyết định này đã bị thu hồi theo Quyết định số 88/QĐ-UBND ngày 02/10/2025.',
    });
    expect(page.indexableText).toContain('88/QĐ-UBND');
  });

  test('a proposed list carries its consultation and is not yet issued', () => {
    const page = decisionPage(model, awardIds.proposedOpen);
    expect(page.consultation?.headline).toBe('Còn 6 ngày làm việc để góp ý, hạn cuối 30/11/2026');
    expect(page.metadata.find((r) => r.label === 'Ngày ban hành')?.value).toBe('Chưa ban hành');
    expect(page.pagefind.date).toBe('niêm yết 16/11/2026');
  });

  test('counts each award form it confers', () => {
    expect(decisionPage(model, awardIds.qd120).forms.map((f) => [f.name, f.countLabel])).toEqual([
      ['Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', '2 cá nhân, 1 tập thể'],
      ['Lao động tiên tiến', '1 cá nhân'],
    ]);
  });
});
