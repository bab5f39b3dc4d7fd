import { describe, expect, test } from 'vitest';
import {
  createHolidayCalendar,
  MissingHolidayYearError,
} from '../../../src/lib/awards/holidayCalendar';
import { defaultHolidayCalendar, readHolidayYears } from '../../../src/lib/awards/loadHolidays';
import {
  addCalendarDays,
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
} from '../../../src/lib/awards/workingDays';
import { holidayYearSchema } from '../../../src/schemas/holidays';

/**
 * Working days on the shipped holiday lists (content/holidays/2024–2026.json) combined with
 * date-holidays; periods start the day after the event (Bộ luật Dân sự 2015, Điều 147).
 */
describe('days off and working days', () => {
  test.each([
    ['2026-02-13', true, 'the Friday before Tết Bính Ngọ'],
    ['2026-02-16', false, '29 tháng Chạp (announced, not in date-holidays as a weekday off)'],
    ['2026-02-19', false, 'mùng 3 Tết (only in the announced list)'],
    ['2026-02-20', false, 'mùng 4 Tết (only in the announced list)'],
    ['2026-02-23', true, 'the Monday after Tết'],
    ['2025-01-27', false, '28 tháng Chạp Ất Tỵ'],
    ['2025-01-31', false, 'mùng 3 Tết Ất Tỵ'],
    ['2025-09-01', false, 'the day next to Quốc khánh 2025'],
    ['2026-09-01', false, 'the day before Quốc khánh 2026'],
    ['2026-08-31', false, 'the bridge Monday before Quốc khánh 2026'],
    ['2026-08-22', true, 'the Saturday worked in exchange (làm bù)'],
    ['2026-04-27', false, 'the substitute day for Giỗ Tổ on Sunday 26/4/2026'],
    ['2024-05-04', true, 'the Saturday worked in exchange for 29/4/2024'],
    ['2026-11-24', true, 'Ngày Văn hóa Việt Nam is listed as pending, not counted'],
    ['2026-11-21', false, 'a Saturday'],
    ['2026-11-22', false, 'a Sunday'],
  ])('%s is a working day: %s (%s)', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });
});

describe('closing dates across Tết', () => {
  test('10 working days from Thursday 5/2/2026 skip the 9 days of Tết Bính Ngọ', () => {
    expect(addWorkingDays('2026-02-05', 10)).toBe('2026-02-26');
  });

  test('10 working days from Monday 20/1/2025 skip Tết Ất Tỵ', () => {
    expect(addWorkingDays('2025-01-20', 10)).toBe('2025-02-10');
  });

  test('a period ending on 29 tháng Chạp moves to the first working day after Tết', () => {
    expect(addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-12', 2)).toBe('2026-02-23');
  });

  test('without the announced list, date-holidays alone would have counted 18, 19 and 20/2 as working days', () => {
    const libraryOnly = createHolidayCalendar([
      holidayYearSchema.parse({
        year: 2026,
        days: [
          {
            date: '2026-01-01',
            name: 'Tết Dương lịch',
            kind: 'publicHoliday',
            source: 'test only',
            verified: false,
          },
        ],
      }),
    ]);
    expect(addWorkingDays('2026-02-05', 10, libraryOnly)).toBe('2026-02-23');
  });
});

describe('closing dates across Quốc khánh', () => {
  test('10 working days from 24/8/2026 skip 31/8, 1/9 and 2/9', () => {
    expect(addWorkingDays('2026-08-24', 10)).toBe('2026-09-10');
  });

  test('the working Saturday 22/8/2026 counts', () => {
    expect(addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
  });

  test('10 working days from 25/8/2025 skip 1/9 and 2/9/2025', () => {
    expect(addWorkingDays('2025-08-25', 10)).toBe('2025-09-10');
  });
});

describe('counting between two days', () => {
  test('the proposed list posted 16/11/2026 closes 10 working days later, on 30/11/2026', () => {
    expect(addWorkingDays('2026-11-16', 10)).toBe('2026-11-30');
    expect(workingDaysBetween('2026-11-16', '2026-11-30')).toBe(10);
  });

  test('is the inverse of addWorkingDays across Tết', () => {
    expect(workingDaysBetween('2026-02-05', addWorkingDays('2026-02-05', 10))).toBe(10);
  });

  test('is negative when the end is before the start', () => {
    expect(workingDaysBetween('2026-11-30', '2026-11-16')).toBe(-10);
  });

  test('is zero for the same day', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-20')).toBe(0);
  });

  test('0 working days returns the start', () => {
    expect(addWorkingDays('2026-11-21', 0)).toBe('2026-11-21');
  });
});

describe('errors', () => {
  test('a year without a holiday list is refused, naming the file to add', () => {
    expect(() => addWorkingDays('2027-12-20', 10)).toThrow(MissingHolidayYearError);
    expect(() => isWorkingDay('2027-03-01')).toThrow('content/holidays/2027.json');
  });

  test('a day that does not exist is refused', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  });

  test('a negative count is refused', () => {
    expect(() => addWorkingDays('2026-11-16', -1)).toThrow(RangeError);
  });

  test('calendar days roll over months and years', () => {
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('the shipped holiday lists', () => {
  test('cover 2024, 2025 and 2026', () => {
    expect([...defaultHolidayCalendar().years].sort()).toEqual([2024, 2025, 2026]);
  });

  test.each(readHolidayYears().map((y) => [y.year, y] as const))(
    '%i has 5 Tết days (tet or substitute kind) and a day next to Quốc khánh',
    (_year, data) => {
      const tet = data.days.filter(
        (d) => d.kind === 'tet' || (d.kind === 'substitute' && d.name.startsWith('Tết')),
      );
      expect(tet).toHaveLength(5);
      expect(data.days.some((d) => d.name.includes('Quốc khánh (ngày liền kề)'))).toBe(true);
    },
  );

  test('every working weekend pays for a bridge day listed in the same file', () => {
    for (const year of readHolidayYears()) {
      for (const weekend of year.workingWeekends) {
        expect(year.days.map((d) => d.date)).toContain(weekend.replaces);
      }
    }
  });
});
