import { describe, expect, test } from 'vitest';
import { awardIds, fixtureAwardsModel } from './fixtureAwards';
import {
  decisionCountMessage,
  decisionFilterFields,
  decisionFilterParams,
  decisionRowAttributes,
  decisionRowMatches,
  decisionRowValues,
  readDecisionFilterState,
  writeDecisionFilterState,
} from '../../../src/lib/awardsView/decisionFilters';
import { searchFilterLabels } from '../../../src/lib/search/searchFilters';

const model = fixtureAwardsModel();
const fields = decisionFilterFields(model.decisions, model.forms);
const options = (param: string) =>
  fields.find((f) => f.param === param)?.options.map((o) => [o.value, o.label]);
const row = (id: string) => {
  const d = model.decisionById.get(id);
  if (d === undefined) throw new Error(id);
  return decisionRowValues(d);
};

describe('the filter options of /khen-thuong/', () => {
  test('come in the order year, issuer, level, form, awardee type, status', () => {
    expect(fields.map((f) => f.param)).toEqual([...decisionFilterParams]);
  });

  test('share names and values with the search page for year, issuer and level', () => {
    expect(decisionFilterParams.slice(0, 3)).toEqual([
      searchFilterLabels.year.param,
      searchFilterLabels.issuer.param,
      searchFilterLabels.level.param,
    ]);
  });

  test.each([
    [
      'nam',
      [
        ['2026', '2026'],
        ['2025', '2025'],
        ['2024', '2024'],
      ],
    ],
    [
      'cap',
      [
        ['Trung ương', 'Trung ương'],
        ['Cấp huyện (trước 01/7/2025)', 'Cấp huyện (trước 01/7/2025)'],
        ['Cấp xã', 'Cấp xã'],
      ],
    ],
    [
      'doi-tuong',
      [
        ['ca-nhan', 'Cá nhân'],
        ['tap-the', 'Tập thể'],
        ['ho-gia-dinh', 'Hộ gia đình'],
      ],
    ],
    [
      'trang-thai',
      [
        ['dang-lay-y-kien', 'Đang lấy ý kiến, chờ quyết định'],
        ['da-quyet-dinh', 'Đã quyết định'],
        ['da-thu-hoi', 'Đã thu hồi'],
      ],
    ],
  ])('%s offers only values that occur', (param, expected) => {
    expect(options(param)).toEqual(expected);
  });

  test('award forms in catalogue order, only those conferred (no Huân chương, no Bằng khen cấp tỉnh)', () => {
    expect(options('hinh-thuc')?.map(([value]) => value)).toEqual([
      'bang-khen-cua-thu-tuong-chinh-phu',
      'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa',
      'chien-si-thi-dua-co-so',
      'gia-dinh-van-hoa',
      'lao-dong-tien-tien',
    ]);
  });

  test('issuers in Vietnamese dictionary order', () => {
    expect(options('co-quan')?.map(([value]) => value)).toEqual([
      'Thủ tướng Chính phủ',
      'Ủy ban nhân dân phường Bắc Sơn',
      'Ủy ban nhân dân phường Quyết Thắng',
      'Ủy ban nhân dân thị xã Bắc Sơn',
    ]);
  });
});

describe('a row of the list carries what the filters compare', () => {
  test('a decision with two forms and two types lists both', () => {
    expect(row(awardIds.qd120)).toEqual({
      nam: '2024',
      'co-quan': 'Ủy ban nhân dân phường Quyết Thắng',
      cap: 'Cấp xã',
      'hinh-thuc': 'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa lao-dong-tien-tien',
      'doi-tuong': 'ca-nhan tap-the',
      'trang-thai': 'da-quyet-dinh',
    });
  });

  test('as data-* attributes', () => {
    const d = model.decisionById.get(awardIds.qd210);
    expect(d && decisionRowAttributes(d)['data-trang-thai']).toBe('da-thu-hoi');
  });
});

describe('matching rows', () => {
  const all = model.decisions.map((d) => ({ id: d.id, values: decisionRowValues(d) }));
  const matching = (state: Parameters<typeof decisionRowMatches>[1]) =>
    all.filter((r) => decisionRowMatches(r.values, state)).map((r) => r.id);

  test.each([
    ['nothing chosen keeps every row', {}, all.map((r) => r.id)],
    [
      'status and awardee type together',
      { 'trang-thai': 'da-quyet-dinh', 'doi-tuong': 'tap-the' },
      [awardIds.qd45, awardIds.qd1520, awardIds.qd120],
    ],
    ['a form among several', { 'hinh-thuc': 'lao-dong-tien-tien' }, [awardIds.qd120]],
    ['households', { 'doi-tuong': 'ho-gia-dinh' }, [awardIds.proposedClosed, awardIds.qd45]],
    ['an empty value means all', { nam: '' }, all.map((r) => r.id)],
    ['a value no row has', { nam: '1999' }, []],
  ])('%s', (_name, state, expected) => {
    expect(matching(state)).toEqual(expected);
  });

  test('a multi-valued parameter matches whole values, not parts of one', () => {
    expect(
      decisionRowMatches({ 'hinh-thuc': 'lao-dong-tien-tien' }, { 'hinh-thuc': 'lao-dong' }),
    ).toBe(false);
  });
});

describe('the filter state in the address', () => {
  test.each([
    ['?trang-thai=da-thu-hoi&x=1&nam=', { 'trang-thai': 'da-thu-hoi' }],
    [
      '?doi-tuong=ca-nhan&hinh-thuc=lao-dong-tien-tien',
      { 'doi-tuong': 'ca-nhan', 'hinh-thuc': 'lao-dong-tien-tien' },
    ],
    ['', {}],
  ])('readDecisionFilterState(%j)', (search, state) => {
    expect(readDecisionFilterState(search)).toEqual(state);
  });

  test.each([
    [{ 'trang-thai': 'da-quyet-dinh', nam: '2025' }, '?nam=2025&trang-thai=da-quyet-dinh'],
    [{ cap: '' }, ''],
  ])('writeDecisionFilterState(%j) → %j', (state, search) => {
    expect(writeDecisionFilterState(state)).toBe(search);
  });
});

describe('the count sentence', () => {
  test.each([
    [6, 6, 'Đang hiển thị tất cả 6 quyết định và danh sách đề nghị khen thưởng.'],
    [2, 6, 'Đang hiển thị 2 trên 6 quyết định và danh sách đề nghị khen thưởng.'],
  ])('%i of %i', (shown, total, message) => {
    expect(decisionCountMessage(shown, total)).toBe(message);
  });
});
