import { describe, expect, test } from 'vitest';
import { fixtureModel, ids } from './fixtureContent';
import { documentPage } from '../../../src/lib/site/documentPage';
import type { RelatedDocument } from '../../../src/lib/site/relatedDocuments';

const model = fixtureModel();

/** A tree of related documents as "name > name" paths, for readable checks. */
function paths(nodes: readonly RelatedDocument[], prefix = ''): string[] {
  return nodes.flatMap((n) => {
    const here = `${prefix}${n.summary?.displayName ?? n.id}`;
    return n.children.length === 0 ? [here] : paths(n.children, `${here} > `);
  });
}

describe('the page of Kế hoạch 42-KH/ĐU (full text)', () => {
  const page = documentPage(model, ids.kh42);

  test('the metadata table has the rows the brief asks for', () => {
    expect(page.metadata.map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Loại văn bản: Kế hoạch',
      'Số ký hiệu: 42-KH/ĐU',
      'Cơ quan ban hành: Ban Thường vụ Đảng ủy phường Quy Nhơn Tây',
      'Cấp: Cấp xã',
      'Ngày ban hành: Chưa rõ ngày',
      'Trạng thái: Toàn văn',
    ]);
    expect(page.metadata[2]?.href).toBe('/co-quan/ban-thuong-vu-dang-uy-phuong-quy-nhon-tay/');
  });

  test('"Căn cứ" goes up to Chỉ thị 41-CT/TW through Kế hoạch 25-KH/TU', () => {
    expect(paths(page.bases)).toEqual(['Chỉ thị 41-CT/TW', 'Kế hoạch 25-KH/TU > Chỉ thị 41-CT/TW']);
  });

  test('the body keeps the stable anchors of parsePlanBody', () => {
    expect(page.body?.runs.flatMap((r) => r.sections.map((s) => s.anchor))).toEqual([
      'muc-i',
      'muc-ii',
      'muc-iii',
      'muc-iv',
    ]);
    expect(page.toc.map((t) => t.label)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. MỤC TIÊU',
      'III. NHIỆM VỤ VÀ GIẢI PHÁP',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  test('assignments link to the section they come from', () => {
    expect(page.assignments.map((a) => `${a.sectionAnchor} ${a.sectionLabel}`)).toEqual([
      'muc-iv-1 Mục IV.1',
      'muc-iv-2 Mục IV.2',
      'muc-iv-3 Mục IV.3',
      'muc-iv-4 Mục IV.4',
      'muc-iv-5 Mục IV.5',
    ]);
    expect(page.assignments[0]?.organizationHref).toBe('/co-quan/dang-uy-phuong-quy-nhon-tay/');
  });

  test('distribution markers are explained and the archive line is marked', () => {
    expect(page.distribution[0]).toEqual({
      name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      markers: ['để báo cáo'],
      archive: false,
    });
    expect(page.distribution.at(-1)?.archive).toBe(true);
  });

  test('the Pagefind data', () => {
    expect(page.pagefind).toEqual({
      title:
        'Kế hoạch 42-KH/ĐU thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới',
      number: '42-KH/ĐU',
      issuer: 'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây',
      date: 'Chưa rõ ngày',
      kind: 'Kế hoạch',
      level: 'Cấp xã',
      year: undefined,
      sortDate: '0000-00-00',
    });
  });

  test('the indexable text holds the body, the assignments and the signer', () => {
    expect(page.indexableText).toContain('Quán triệt các chủ trương của Đảng');
    expect(page.indexableText).toContain('Ban Xây dựng Đảng Đảng ủy phường');
    expect(page.indexableText).toContain('Trần Văn Đứng');
  });

  test('the original text is linked', () => {
    expect(page.sourceHref).toBe(`/van-ban/${ids.kh42}/van-ban-goc.txt`);
  });
});

describe('the page of Chỉ thị 41-CT/TW (a referenced stub)', () => {
  const page = documentPage(model, ids.ct41);

  test('it is marked as citation information only and has no body', () => {
    expect(page.summary.statusLabel).toBe('Chỉ có thông tin trích dẫn');
    expect(page.body).toBeUndefined();
    expect(page.sourceHref).toBeUndefined();
  });

  test('"Văn bản thực hiện" shows both provinces, and the district and ward plans under them', () => {
    expect(paths(page.implementers)).toEqual([
      'Kế hoạch 152-KH/TU > Kế hoạch (chưa có số)',
      'Kế hoạch 25-KH/TU > Kế hoạch 42-KH/ĐU',
    ]);
  });

  test('it shows who cites it, with how', () => {
    expect(page.allCitations.map((c) => `${c.document.displayName}: ${c.relationLabel}`)).toEqual([
      'Kế hoạch 25-KH/TU: Thực hiện văn bản này',
      'Kế hoạch 152-KH/TU: Thực hiện văn bản này',
      'Kế hoạch (chưa có số): Căn cứ vào văn bản này',
      'Kế hoạch 42-KH/ĐU: Thực hiện văn bản này',
    ]);
  });

  test('Pagefind gets the year and a sortable date', () => {
    expect([page.pagefind.year, page.pagefind.sortDate, page.pagefind.level]).toEqual([
      '2024',
      '2024-12-26',
      'Trung ương',
    ]);
  });
});

describe('the page of the Quyết Thắng plan (blank number, partial date)', () => {
  const page = documentPage(model, ids.quyetThang);

  test('the number is shown as printed, with a note', () => {
    expect(page.metadata.find((r) => r.label === 'Số ký hiệu')?.value).toBe(
      '/KH-UBND (bản gốc để trống số)',
    );
    expect(page.metadata.find((r) => r.label === 'Địa danh')?.value).toBe('Quyết Thắng');
  });

  test('milestones are oldest first and labelled', () => {
    expect(page.milestones.map((m) => `${m.kindLabel} ${m.dateLabel} ${m.sectionLabel}`)).toEqual([
      'Hạn báo cáo 15/05/2024 Mục III.1',
      'Hạn báo cáo 01/11/2024 Mục III.1',
    ]);
  });

  test('what it cites is listed apart from its bases', () => {
    expect(page.cites.map((d) => d.displayName)).toEqual(['Chỉ thị 34-CT/TW']);
    expect(paths(page.bases)).toEqual([
      'Luật 06/2022/QH15',
      'Nghị định 98/2023/NĐ-CP',
      'Kế hoạch 33/KH-UBND',
    ]);
  });

  test('the page title is short', () => {
    expect(page.pageTitle).toBe('Kế hoạch (chưa có số): Công tác thi đua, khen thưởng năm 2024');
    expect(page.pagefind.date).toBe('tháng 02/2024');
    expect(page.pagefind.sortDate).toBe('2024-02-00');
  });
});

test('an unknown id is an error', () => {
  expect(() => documentPage(model, 'khong-co')).toThrow(/khong-co/);
});
