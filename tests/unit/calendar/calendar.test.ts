import IcalJs from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendarFeed, eventSummary, issuerFeedPath } from '../../../src/lib/calendar/calendarFeed';
import {
  calendarCountMessage,
  calendarItemMatches,
  readCalendarFilters,
  writeCalendarFilters,
} from '../../../src/lib/calendar/calendarFilters';
import {
  calendarIndex,
  calendarItems,
  groupByMonth,
  issuerFilterOptions,
  splitByToday,
} from '../../../src/lib/calendar/calendarModel';
import { milestoneDay, monthLabel } from '../../../src/lib/calendar/milestoneDay';
import { fixtureModel, ids } from '../site/fixtureContent';

describe('milestoneDay places a partial date on a day', () => {
  test.each([
    ['2024-05-15', '2024-05-15'],
    ['2024-02', '2024-02-29'],
    ['2025-02', '2025-02-28'],
    ['2025-06', '2025-06-30'],
    ['2025', '2025-12-31'],
  ])('%s falls on %s', (date, day) => {
    expect(milestoneDay(date)).toBe(day);
  });
});

test.each([
  ['2024-05-15', 'Tháng 5/2024'],
  ['2025-12-01', 'Tháng 12/2025'],
])('the month of %s is headed "%s"', (day, label) => {
  expect(monthLabel(day)).toBe(label);
});

describe('calendar items of the fixture content', () => {
  const items = calendarItems(fixtureModel());

  test('every milestone of every full document becomes one item', () => {
    const expected = [...fixtureModel().entries.values()].reduce(
      (n, e) => n + (e.data.status === 'full' ? e.data.milestones.length : 0),
      0,
    );
    expect(items).toHaveLength(expected);
    expect(items.length).toBeGreaterThan(0);
  });

  test('items are sorted by day', () => {
    const days = items.map((i) => i.day);
    expect(days).toEqual([...days].sort());
  });

  test('uids are unique', () => {
    expect(new Set(items.map((i) => i.uid)).size).toBe(items.length);
  });

  test('each item links to the section of its plan', () => {
    for (const i of items)
      expect(i.sectionHref).toMatch(new RegExp(`^/van-ban/${i.documentId}/#.+`));
  });

  test('a report deadline keeps its period and responsible organization', () => {
    const report = items.find((i) => i.documentId === ids.quyetThang && i.date === '2024-05-15');
    expect(report?.kindLabel).toBe('Hạn báo cáo');
    expect(report?.dateLabel).toBe('15/05/2024 (6 tháng)');
    expect(report?.organization).toMatch(/cơ quan, đơn vị/);
  });

  test('splitting at a day puts that day among the upcoming', () => {
    const { upcoming, past } = splitByToday(items, '2024-05-15');
    expect(upcoming[0]?.day).toBe('2024-05-15');
    expect(past.every((i) => i.day < '2024-05-15')).toBe(true);
    expect(upcoming.length + past.length).toBe(items.length);
  });

  test('months are headed in Vietnamese and hold their items', () => {
    const months = groupByMonth(items);
    expect(months.flatMap((m) => m.items)).toEqual(items);
    expect(months.map((m) => m.label)).toContain('Tháng 5/2024');
  });

  test('issuer options name each issuer once', () => {
    const options = issuerFilterOptions(items);
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
  });
});

describe('the iCalendar feed', () => {
  const items = calendarItems(fixtureModel());
  const text = calendarFeed(items, {
    name: 'Lịch thi đua, khen thưởng',
    site: 'https://thiduakhenthuong.example.vn/',
    today: '2026-11-21',
  });
  const events = new IcalJs.Component(IcalJs.parse(text) as unknown[])
    .getAllSubcomponents('vevent')
    .map((v) => new IcalJs.Event(v));

  test('holds one all-day event per milestone', () => {
    expect(events).toHaveLength(items.length);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
  });

  test('events fall on the milestone day and carry its uid', () => {
    expect(events.map((e) => [e.uid, e.startDate.toString()])).toEqual(
      items.map((i) => [`${i.uid}@thiduakhenthuong.example.vn`, i.day]),
    );
  });

  test('is the same text when built twice (stable uids and stamps)', () => {
    expect(
      calendarFeed(items, {
        name: 'Lịch thi đua, khen thưởng',
        site: 'https://thiduakhenthuong.example.vn/',
        today: '2026-11-21',
      }),
    ).toBe(text);
  });

  test('long Vietnamese lines are folded at 75 octets (RFC 5545 §3.1) and unfold to the same text', () => {
    const lines = text.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const octets = lines.map((line) => Buffer.byteLength(line, 'utf8'));
    expect(Math.max(...octets)).toBeLessThanOrEqual(75);
    expect(events.map((e) => e.summary)).toEqual(items.map(eventSummary));
  });

  test('summaries are Vietnamese and name the period', () => {
    const report = items.find((i) => i.period === '6 tháng');
    expect(report && eventSummary(report)).toMatch(/^Hạn báo cáo: .*\(6 tháng\)/);
  });

  test('per-organization feeds live under /lich/', () => {
    expect(issuerFeedPath('uy-ban-nhan-dan-phuong-quyet-thang')).toBe(
      '/lich/uy-ban-nhan-dan-phuong-quyet-thang.ics',
    );
  });
});

describe('calendar filters', () => {
  test('read and write the same query', () => {
    const state = readCalendarFilters('?co-quan=ubnd&tinh=L%C3%A2m+%C4%90%E1%BB%93ng');
    expect(state).toEqual({ 'co-quan': 'ubnd', tinh: 'Lâm Đồng' });
    expect(readCalendarFilters(writeCalendarFilters(state))).toEqual(state);
  });

  test.each([
    [{}, true],
    [{ tinh: 'Lâm Đồng' }, true],
    [{ tinh: 'Gia Lai' }, false],
    [{ 'co-quan': 'a', tinh: 'Lâm Đồng' }, true],
  ] as const)('filter %o matches: %s', (state, expected) => {
    expect(calendarItemMatches({ 'co-quan': 'a', tinh: 'Lâm Đồng' }, state)).toBe(expected);
  });

  test('the count sentence says how many are shown', () => {
    expect(calendarCountMessage(6, 6)).toBe('Có 6 mốc thời gian.');
    expect(calendarCountMessage(2, 6)).toBe('Đang hiện 2 trên 6 mốc thời gian.');
  });
});

describe('calendar index (one per build, read by every feed)', () => {
  const model = fixtureModel();
  const index = calendarIndex(model);

  test('each organization feed holds exactly the milestones of the plans it issued, by day', () => {
    const all = calendarItems(model);
    expect(index.items).toEqual(all);
    for (const { value } of issuerFilterOptions(all)) {
      expect(index.byIssuer.get(value)).toEqual(all.filter((i) => i.issuerId === value));
    }
    expect([...index.byIssuer.values()].reduce((n, list) => n + list.length, 0)).toBe(all.length);
  });

  test('is computed once per site model', () => {
    expect(calendarIndex(model)).toBe(index);
  });
});
