import { describe, expect, test } from 'vitest';
import { awardIds, fixtureAwardsModel } from './fixtureAwards';
import { decisionDisplayName } from '../../../src/lib/awardsView/awardsModel';
import { sortDecisionsNewestFirst } from '../../../src/lib/awardsView/sortDecisions';
import { awardeeCountLabel } from '../../../src/lib/awardsView/awardeeCounts';

const model = fixtureAwardsModel();
const summary = (id: string) => {
  const s = model.decisionById.get(id);
  if (s === undefined) throw new Error(`no ${id}`);
  return s;
};

describe('decisions are listed newest first', () => {
  test('proposed lists without an issue date sort by the day they were posted', () => {
    expect(model.decisions.map((d) => d.id)).toEqual([
      awardIds.proposedOpen, // posted 2026-11-16
      awardIds.proposedClosed, // posted 2026-10-01
      awardIds.qd45, // 2025-09-15
      awardIds.qd1520, // 2025-08-25
      awardIds.qd210, // 2025-03-10
      awardIds.qd120, // 2024-12-20
    ]);
  });

  test.each([
    [
      'a later day first',
      [
        { sortDate: '2024-01-02', fullTitle: 'A' },
        { sortDate: '2025-01-01', fullTitle: 'B' },
      ],
      ['B', 'A'],
    ],
    [
      'undated last',
      [
        { sortDate: undefined, fullTitle: 'A' },
        { sortDate: '2020', fullTitle: 'B' },
      ],
      ['B', 'A'],
    ],
    [
      'equal days by title in Vietnamese order',
      [
        { sortDate: '2025-01-01', fullTitle: 'Đ' },
        { sortDate: '2025-01-01', fullTitle: 'D' },
      ],
      ['D', 'Đ'],
    ],
  ])('%s', (_name, items, expected) => {
    expect(sortDecisionsNewestFirst(items).map((i) => i.fullTitle)).toEqual(expected);
  });
});

describe('a decision summary', () => {
  test.each([
    [
      { status: 'decided' as const, number: { printed: '120/QĐ-UBND', sequence: '120' } },
      'Quyết định 120/QĐ-UBND',
    ],
    [{ status: 'proposed' as const, number: undefined }, 'Dự thảo quyết định'],
    [{ status: 'decided' as const, number: undefined }, 'Quyết định (chưa có số)'],
  ])('is named %j → %s', (data, name) => {
    expect(decisionDisplayName(data as Parameters<typeof decisionDisplayName>[0])).toBe(name);
  });

  test('joins the trích yếu the way citations do', () => {
    expect(summary(awardIds.qd120).fullTitle).toMatch(
      /^Quyết định 120\/QĐ-UBND về việc tặng Giấy khen/,
    );
  });

  test('counts published awardees only', () => {
    expect(summary(awardIds.qd120).awardeeCount).toBe(4);
    expect(summary(awardIds.qd120).awardeeCountLabel).toBe('3 cá nhân, 1 tập thể');
  });

  test('lists the award forms and awardee types of its published awardees', () => {
    expect(summary(awardIds.qd120).awardFormIds).toEqual([
      'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa',
      'lao-dong-tien-tien',
    ]);
    expect(summary(awardIds.qd45).awardeeTypes).toEqual(['collective', 'household']);
  });

  test.each([
    [awardIds.qd120, 'Đã quyết định', '20/12/2024', 2024],
    [awardIds.qd210, 'Đã thu hồi', '10/03/2025', 2025],
    [awardIds.proposedOpen, 'Đang lấy ý kiến', 'niêm yết 16/11/2026', 2026],
    [awardIds.proposedClosed, 'Chờ quyết định', 'niêm yết 01/10/2026', 2026],
  ])('%s: badge %s, date %s, year %i', (id, status, date, year) => {
    const s = summary(id);
    expect([s.statusLabel, s.dateLabel, s.year]).toEqual([status, date, year]);
  });

  test('before its consultation opens, a proposed list says it will open', () => {
    const early = fixtureAwardsModel('2026-11-13').decisionById.get(awardIds.proposedOpen);
    expect(early?.statusLabel).toBe('Sắp lấy ý kiến');
  });

  test('resolves the issuer and its level', () => {
    const s = summary(awardIds.qd1520);
    expect([s.issuerName, s.levelLabel, s.issuerHref]).toEqual([
      'Thủ tướng Chính phủ',
      'Trung ương',
      '/co-quan/thu-tuong-chinh-phu/',
    ]);
  });
});

describe('awardee counts in words', () => {
  test.each([
    [{ individual: 2, collective: 1, household: 0 }, '2 cá nhân, 1 tập thể'],
    [{ individual: 0, collective: 0, household: 3 }, '3 hộ gia đình'],
    [{ individual: 0, collective: 0, household: 0 }, 'Không có ai'],
  ])('%j → %s', (counts, label) => {
    expect(awardeeCountLabel(counts)).toBe(label);
  });
});

describe('the catalogue order of award forms', () => {
  test('groups as the law lists them, then names in dictionary order', () => {
    expect(model.forms.map((f) => f.id)).toEqual([
      'huan-chuong-lao-dong',
      'bang-khen-cua-chu-tich-uy-ban-nhan-dan-cap-tinh',
      'bang-khen-cua-thu-tuong-chinh-phu',
      'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa',
      'chien-si-thi-dua-co-so',
      'gia-dinh-van-hoa',
      'lao-dong-tien-tien',
    ]);
  });
});
