import { describe, expect, test } from 'vitest';
import { checkFutureDates, parseMarginDays } from '../../../src/lib/validation/checkFutureDates';
import { parseSource } from '../../../src/lib/validation/parseSource';
import { documentFile, today } from './sources';

const issued = (value: string) =>
  parseSource(documentFile('x', `status: referenced\nissued: ${value}`)).entry;

describe('checkFutureDates (today 2026-11-21, 31 days of margin → 2026-12-22)', () => {
  test.each([
    ['today', '2026-11-21', 0],
    ['the last day of the margin', '2026-12-22', 0],
    ['a past year', '2024', 0],
    ['the current month', '2026-11', 0],
    ['the day after the margin', '2026-12-23', 1],
    ['a month after the margin', '2027-01', 1],
    ['a year in the future', '2027', 1],
    ['a typing error such as 2052', '2052-12-26', 1],
  ])('%s (%s) gives %i problem(s)', (_name, value, count) => {
    expect(checkFutureDates(issued(value), today)).toHaveLength(count);
  });

  test('the margin is configurable', () => {
    expect(checkFutureDates(issued('2027-02-01'), today, 90)).toHaveLength(0);
    expect(checkFutureDates(issued('2026-11-22'), today, 0)).toHaveLength(1);
  });

  test('a malformed date is left to the schema check', () => {
    expect(checkFutureDates(issued('2099-13-01'), today)).toEqual([]);
  });
});

describe('parseMarginDays (FUTURE_DATE_MARGIN_DAYS)', () => {
  test.each([
    [undefined, undefined],
    ['', undefined],
    ['0', 0],
    ['90', 90],
  ])('%j gives %j', (text, days) => {
    expect(parseMarginDays(text)).toBe(days);
  });

  test.each(['abc', '-1', '1.5'])('%j is refused with a message naming the variable', (text) => {
    expect(() => parseMarginDays(text)).toThrow(/FUTURE_DATE_MARGIN_DAYS must be a whole number/);
  });
});
