import { describe, expect, test } from 'vitest';
import { fixtureModel, ids } from './fixtureContent';
import {
  countMessage,
  documentListFilters,
  filterParams,
  readFilterState,
  rowDataAttributes,
  rowMatches,
  writeFilterState,
} from '../../../src/lib/site/documentListFilters';
import { searchFilterKeys, searchFilterLabels } from '../../../src/lib/search/searchFilters';
import { hierarchyPage } from '../../../src/lib/site/hierarchyPage';
import {
  organizationFacts,
  organizationGroups,
  organizationPage,
  referencesShownLimit,
} from '../../../src/lib/site/organizationPage';
import { currentSection } from '../../../src/lib/site/urls';
import { sourcePath } from '../../../src/lib/site/sourcePath';

const model = fixtureModel();

describe('document list filters', () => {
  test('use the same parameter names as the search page', () => {
    expect(filterParams).toEqual(searchFilterKeys.map((k) => searchFilterLabels[k].param));
  });

  test('offer kinds, issuers in Vietnamese order, levels top down, years newest first', () => {
    const fields = documentListFilters(model.documents);
    expect(fields.map((f) => f.param)).toEqual(['loai', 'co-quan', 'cap', 'nam']);
    expect(fields[0]?.options.map((o) => o.value)).toEqual([
      'Kế hoạch',
      'Chỉ thị',
      'Luật',
      'Nghị định',
    ]);
    expect(fields[1]?.options.slice(0, 3).map((o) => o.value)).toEqual([
      'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây',
      'Ban Thường vụ Huyện ủy Đam Rông',
      'Ban Thường vụ Thị ủy Bắc Sơn',
    ]);
    expect(fields[2]?.options.map((o) => o.value)).toEqual([
      'Trung ương',
      'Cấp tỉnh',
      'Cấp huyện (trước 01/7/2025)',
      'Cấp xã',
    ]);
    expect(fields[3]?.options.map((o) => o.value)).toEqual([
      '2025',
      '2024',
      '2023',
      '2022',
      '2014',
    ]);
  });

  test('rows carry the values the filters compare', () => {
    const row = model.documentById.get(ids.quyetThang);
    expect(row && rowDataAttributes(row)).toEqual({
      'data-loai': 'Kế hoạch',
      'data-co-quan': 'Ủy ban nhân dân phường Quyết Thắng',
      'data-cap': 'Cấp xã',
      'data-nam': '2024',
    });
  });

  test.each([
    ['?loai=K%E1%BA%BF+ho%E1%BA%A1ch&nam=2025', { loai: 'Kế hoạch', nam: '2025' }],
    ['?nam=&q=x&cap=C%E1%BA%A5p+x%C3%A3', { cap: 'Cấp xã' }],
    ['', {}],
  ])('readFilterState(%j)', (search, state) => {
    expect(readFilterState(search)).toEqual(state);
  });

  test.each([
    [{ nam: '2025', loai: 'Chỉ thị' }, '?loai=Ch%E1%BB%89+th%E1%BB%8B&nam=2025'],
    [{ loai: '' }, ''],
  ])('writeFilterState(%j) → %j', (state, search) => {
    expect(writeFilterState(state)).toBe(search);
  });

  test.each([
    [{ loai: 'Kế hoạch', nam: '2025' }, { loai: 'Kế hoạch' }, true],
    [{ loai: 'Kế hoạch', nam: '2025' }, { loai: 'Chỉ thị' }, false],
    [{ loai: 'Kế hoạch', nam: '' }, { nam: '2025' }, false],
    [{ loai: 'Kế hoạch' }, {}, true],
  ])('row %j with filters %j → %s', (values, state, expected) => {
    expect(rowMatches(values, state)).toBe(expected);
  });

  test.each([
    [14, 14, 'Đang hiển thị tất cả 14 văn bản.'],
    [3, 14, 'Đang hiển thị 3 trên 14 văn bản.'],
  ])('countMessage(%i, %i)', (shown, total, message) => {
    expect(countMessage(shown, total)).toBe(message);
  });
});

describe('hierarchyPage', () => {
  const page = hierarchyPage(model);

  test('chains start from 41-CT/TW, 39/CT-TTg and 219-KH/TU', () => {
    expect(page.chains.map((c) => c.heading)).toEqual([
      'Từ Chỉ thị 41-CT/TW (Bộ Chính trị)',
      'Từ Chỉ thị 39/CT-TTg (Thủ tướng Chính phủ)',
      'Từ Kế hoạch 219-KH/TU (Ban Thường vụ Thị ủy Bắc Sơn)',
    ]);
  });

  test('41-CT/TW has both provincial plans, with the ward plan under Gia Lai', () => {
    const ct41 = page.chains[0]?.root;
    expect(ct41?.children.map((c) => c.summary?.displayName)).toEqual([
      'Kế hoạch 152-KH/TU',
      'Kế hoạch 25-KH/TU',
    ]);
    expect(ct41?.children[1]?.children.map((c) => c.summary?.displayName)).toEqual([
      'Kế hoạch 42-KH/ĐU',
    ]);
  });

  test('Chỉ thị 34-CT/TW is not yet carried out', () => {
    expect(page.notCarriedOut.map((d) => d.displayName)).toEqual(['Chỉ thị 34-CT/TW']);
  });

  test('the diagram rows are labelled by level', () => {
    expect(page.bandLabels).toEqual([
      ['Trung ương'],
      ['Cấp tỉnh'],
      ['Cấp huyện', '(trước 01/7/2025)'],
      ['Cấp xã'],
    ]);
    expect(page.diagramSummary).toContain('Chỉ thị 41-CT/TW');
  });
});

describe('organization pages', () => {
  test('a district body shows when it ceased to exist', () => {
    const page = organizationPage(model, 'ban-thuong-vu-huyen-uy-dam-rong');
    expect(page.validity).toBe('Hết hoạt động từ 01/7/2025');
    expect(page.ended).toBe(true);
    expect(page.parent?.href).toBe('/co-quan/huyen-uy-dam-rong/');
    expect(page.issued.map((d) => d.id)).toEqual([ids.damRong]);
  });

  test('"Được dẫn chiếu bởi" lists documents of other bodies pointing at its documents', () => {
    const page = organizationPage(model, 'ban-thuong-vu-tinh-uy-gia-lai');
    expect(
      page.referencedBy.map(
        (r) => `${r.document.displayName} ${r.relationLabel} ${r.target.displayName}`,
      ),
    ).toEqual(['Kế hoạch 42-KH/ĐU thực hiện Kế hoạch 25-KH/TU']);
  });

  test('a short list of references is shown whole and counted', () => {
    const page = organizationPage(model, 'ban-thuong-vu-tinh-uy-gia-lai');
    expect(page.referencedByTotal).toBe(page.referencedBy.length);
    expect(page.referencedBy.length).toBeLessThanOrEqual(referencesShownLimit);
  });

  test('its own documents citing each other do not count', () => {
    const page = organizationPage(model, 'uy-ban-nhan-dan-phuong-quyet-thang');
    expect(page.referencedBy).toEqual([]);
  });

  test('the facts table leaves out what is unknown', () => {
    const page = organizationPage(model, 'bo-chinh-tri');
    expect(organizationFacts(page).map((r) => r.label)).toEqual(['Cấp', 'Khối']);
  });

  test('successors and members are linked', () => {
    expect(
      organizationPage(model, 'uy-ban-nhan-dan-thi-xa-bac-son').successors.map((s) => s.href),
    ).toEqual(['/co-quan/uy-ban-nhan-dan-phuong-bac-son/']);
    expect(organizationPage(model, 'tinh-uy-lam-dong').members.map((m) => m.name)).toEqual([
      'Ban Thường vụ Tỉnh ủy Lâm Đồng',
      'Huyện ủy Đam Rông',
    ]);
  });

  test('groups go from Trung ương down, each in Vietnamese order', () => {
    const groups = organizationGroups(model);
    expect(groups.map((g) => g.label)).toEqual([
      'Trung ương',
      'Cấp tỉnh',
      'Cấp huyện (trước 01/7/2025)',
      'Cấp xã',
    ]);
    expect(groups[0]?.organizations.map((o) => o.name)).toEqual([
      'Bộ Chính trị',
      'Chính phủ',
      'Quốc hội',
      'Thủ tướng Chính phủ',
    ]);
  });
});

describe('currentSection marks the navigation entry of a path', () => {
  test.each([
    ['/', '/'],
    ['/van-ban/', '/van-ban/'],
    ['/van-ban/chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26/', '/van-ban/'],
    ['/co-quan/bo-chinh-tri', '/co-quan/'],
    ['/404.html', undefined],
  ])('%s → %s', (path, section) => {
    expect(currentSection(path)).toBe(section);
  });
});

describe('sourcePath', () => {
  test('resolves inside content/sources', () => {
    expect(sourcePath('/site/content', '000_a.txt')).toBe('/site/content/sources/000_a.txt');
  });

  test.each(['../secret.txt', '/etc/passwd', 'a/../../x'])('refuses %s', (source) => {
    expect(() => sourcePath('/site/content', source)).toThrow(/inside/);
  });
});

describe('organization list details', () => {
  test.each([
    [
      'ban-thuong-vu-huyen-uy-dam-rong',
      'Khối Đảng · Lâm Đồng · Hết hoạt động từ 01/7/2025 · 1 văn bản',
    ],
    ['tinh-uy-gia-lai', 'Khối Đảng · Gia Lai · chưa có văn bản trên trang'],
  ])('%s: %s', (id, details) => {
    const item = organizationGroups(model)
      .flatMap((g) => g.organizations)
      .find((o) => o.id === id);
    expect(item?.details).toBe(details);
  });
});

describe('organization facts with former names and aliases', () => {
  test('are listed with the last day the old name was used', async () => {
    const { organizationSchema } = await import('../../../src/schemas/organizations');
    const { buildSiteModel } = await import('../../../src/lib/site/siteModel');
    const org = organizationSchema.parse({
      name: 'Ủy ban nhân dân phường Quy Nhơn Tây',
      level: 'commune',
      branch: 'state',
      validFrom: '2025-07-01',
      formerNames: [{ name: 'Ủy ban nhân dân phường Nhơn Phú', until: '2025-06-30' }],
      aliases: ['UBND phường Quy Nhơn Tây'],
    });
    const page = organizationPage(buildSiteModel([], [{ id: 'ubnd-qnt', data: org }]), 'ubnd-qnt');
    expect(organizationFacts(page).map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Cấp: Cấp xã',
      'Khối: Khối Nhà nước',
      'Thời gian hoạt động: Hoạt động từ 01/7/2025',
      'Cách gọi khác trong văn bản: UBND phường Quy Nhơn Tây',
      'Tên cũ: Ủy ban nhân dân phường Nhơn Phú (đến 30/06/2025)',
    ]);
  });
});
