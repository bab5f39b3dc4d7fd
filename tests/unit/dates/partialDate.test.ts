import { describe, expect, test } from 'vitest';
import {
  comparePartialDates,
  datePrecision,
  formatPartialDate,
  parseVietnameseDate,
  partialDateProblem,
} from '../../../src/lib/dates/partialDate';
import { partialDateField } from '../../../src/schemas/shared/partialDate';

describe('checking a partial date', () => {
  test.each([['2025'], ['2024-02'], ['2025-12-05'], ['2024-02-29']])('%s is valid', (value) => {
    expect(partialDateProblem(value)).toBeNull();
  });

  test.each([
    ['2025-02-29', '2025-02-29 is not a real day of the calendar'],
    ['2025-02-31', '2025-02-31 is not a real day of the calendar'],
    [
      '2025-13',
      'must be YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2024-02, 2025-12-05); got "2025-13"',
    ],
    [
      '25-12-2024',
      'must be YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2024-02, 2025-12-05); got "25-12-2024"',
    ],
    [
      '2025-1-5',
      'must be YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2024-02, 2025-12-05); got "2025-1-5"',
    ],
  ])('%s is rejected with an editor-readable message', (value, message) => {
    expect(partialDateProblem(value)).toBe(message);
  });
});

describe('reading a Vietnamese date', () => {
  test.each([
    ['26/12/2024', '2024-12-26'],
    ['ngày 05/12/2025', '2025-12-05'],
    ['Ngày 5/3/2025', '2025-03-05'],
    ['ngày 25 tháng 12 năm 2024', '2024-12-25'],
    ['ngày 5 tháng 3 năm 2025', '2025-03-05'],
    ['ngày tháng 02 năm 2024', '2024-02'],
    ['ngày  tháng  02  năm 2024', '2024-02'],
    ['ngày tháng năm 2025', '2025'],
    ['tháng 6 năm 2025', '2025-06'],
    ['năm 2022', '2022'],
  ])('%j is %s', (text, value) => {
    expect(parseVietnameseDate(text)).toEqual({ value });
  });

  test('a doubled slash is repaired and reported', () => {
    expect(parseVietnameseDate('26/12//2024')).toEqual({
      value: '2024-12-26',
      repaired: '26/12//2024',
    });
  });

  test('decomposed (NFD) text reads like composed text', () => {
    expect(parseVietnameseDate('ngày tháng 02 năm 2024'.normalize('NFD'))).toEqual({
      value: '2024-02',
    });
  });

  test.each([['31/02/2025'], ['29/02/2025'], ['ngày 30 tháng 2 năm 2024'], ['abc'], ['']])(
    '%j gives null',
    (text) => {
      expect(parseVietnameseDate(text)).toBeNull();
    },
  );
});

describe('showing a partial date', () => {
  test.each([
    ['2024-12-26', '26/12/2024'],
    ['2024-02', 'tháng 02/2024'],
    ['2025', 'năm 2025'],
  ])('%s is shown as %j', (value, shown) => {
    expect(formatPartialDate(value)).toBe(shown);
  });
});

describe('precision and order', () => {
  test.each([
    ['2025', 'year'],
    ['2024-02', 'month'],
    ['2025-12-05', 'day'],
  ])('%s is precise to the %s', (value, precision) => {
    expect(datePrecision(value)).toBe(precision);
  });

  test('a less precise date sorts before the days inside it', () => {
    expect(['2024-02-01', '2024', '2023-12-31', '2024-02'].sort(comparePartialDates)).toEqual([
      '2023-12-31',
      '2024',
      '2024-02',
      '2024-02-01',
    ]);
  });
});

describe('the partial date field of the schemas', () => {
  test('a YAML date is read back as the day it names', () => {
    expect(partialDateField.parse(new Date(Date.UTC(2025, 11, 5)))).toBe('2025-12-05');
  });

  // Found by tests/unit/property/schemas.property.test.ts: toISOString() threw a RangeError.
  test('an invalid Date is a validation error, not a crash', () => {
    const result = partialDateField.safeParse(new Date(Number.NaN));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'must be YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2024-02, 2025-12-05); got "Invalid Date"',
    ]);
  });
});
