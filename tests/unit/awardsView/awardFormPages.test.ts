import { describe, expect, test } from 'vitest';
import { awardIds, fixtureAwardsModel } from './fixtureAwards';
import {
  authorityIsCurrent,
  authorityPeriodLabel,
  awardFormCatalogue,
  awardFormPage,
} from '../../../src/lib/awardsView/awardFormPages';

const model = fixtureAwardsModel();

describe('the award catalogue', () => {
  test('groups forms as the law lists them, names in dictionary order, empty groups left out', () => {
    expect(awardFormCatalogue(model).map((g) => [g.label, g.forms.map((f) => f.name)])).toEqual([
      ['Huân chương', ['Huân chương Lao động']],
      [
        'Bằng khen',
        ['Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', 'Bằng khen của Thủ tướng Chính phủ'],
      ],
      ['Giấy khen', ['Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã']],
      ['Danh hiệu thi đua', ['Chiến sĩ thi đua cơ sở', 'Gia đình văn hóa', 'Lao động tiên tiến']],
    ]);
  });

  test('says how often each form is used on the site', () => {
    const forms = awardFormCatalogue(model).flatMap((g) => g.forms);
    expect(
      forms.find((f) => f.id === 'bang-khen-cua-chu-tich-uy-ban-nhan-dan-cap-tinh')?.usageLabel,
    ).toBe('Chưa có quyết định nào trên trang');
    expect(
      forms.find((f) => f.id === 'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa')?.usageLabel,
    ).toBe('Có trong 3 quyết định trên trang');
  });
});

describe('which authority is in force', () => {
  test.each([
    [{ validFrom: '2024-01-01', validTo: '2025-06-30' }, '2025-06-30', true],
    [{ validFrom: '2024-01-01', validTo: '2025-06-30' }, '2025-07-01', false],
    [{ validFrom: '2025-07-01' }, '2025-07-01', true],
    [{ validFrom: '2025-07-01' }, '2025-06-30', false],
    [{ validFrom: '2025' }, '2025-01-01', true],
    [{ validFrom: '2020', validTo: '2024-12' }, '2024-12-31', true],
    [{ validFrom: '2020', validTo: '2024' }, '2025-01-01', false],
  ])('%j on %s: %s', (authority, today, current) => {
    expect(authorityIsCurrent(authority, today)).toBe(current);
  });

  test.each([
    [{ validFrom: '2024-01-01', validTo: '2025-06-30' }, 'Từ 01/01/2024 đến 30/06/2025'],
    [{ validFrom: '2025-07-01' }, 'Từ 01/07/2025'],
  ])('period %j → %s', (authority, label) => {
    expect(authorityPeriodLabel(authority)).toBe(label);
  });
});

describe('an award form page', () => {
  test('marks the authority in force on the build date', () => {
    const page = awardFormPage(model, 'chien-si-thi-dua-co-so');
    expect(page.authorities.map((a) => [a.conferredBy, a.current])).toEqual([
      ['Chủ tịch Ủy ban nhân dân cấp huyện', false],
      ['Chủ tịch Ủy ban nhân dân cấp xã', true],
    ]);
  });

  test('lists every decision that confers it, with its published awardees of that form', () => {
    const page = awardFormPage(model, 'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa');
    expect(page.decisions.map((d) => [d.decision.id, d.countLabel])).toEqual([
      [awardIds.proposedOpen, '1 cá nhân, 1 tập thể'],
      [awardIds.qd45, '1 tập thể'],
      [awardIds.qd120, '2 cá nhân, 1 tập thể'],
    ]);
    expect(page.totals).toEqual([
      'Đã quyết định: 2 cá nhân, 2 tập thể trong 2 quyết định',
      'Đang lấy ý kiến: 1 cá nhân, 1 tập thể trong 1 quyết định',
    ]);
  });

  test('states classes, recipients and verification', () => {
    const page = awardFormPage(model, 'huan-chuong-lao-dong');
    expect(page.facts.map((f) => [f.label, f.value])).toEqual([
      ['Nhóm', 'Huân chương'],
      ['Khen thưởng của', 'Nhà nước'],
      ['Đối tượng', 'Cá nhân, tập thể'],
      ['Các hạng', 'Hạng Nhất, Hạng Nhì, Hạng Ba'],
      ['Căn cứ pháp lý', 'Luật Thi đua, khen thưởng 06/2022/QH15 (dữ liệu kiểm thử)'],
      ['Đối chiếu', 'Đã đối chiếu với văn bản pháp luật chính thức'],
      ['Ghi chú đối chiếu', 'Dữ liệu kiểm thử: đánh dấu đã đối chiếu để thử cách trang hiển thị.'],
    ]);
  });

  test('throws for an unknown form', () => {
    expect(() => awardFormPage(model, 'khong-co')).toThrow(/khong-co/);
  });
});
