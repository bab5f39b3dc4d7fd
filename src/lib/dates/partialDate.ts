import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { normalizeText } from '../text/normalizeText';

/**
 * A date that may be known only in part, in ISO 8601 calendar form: `2025`, `2024-02` or `2025-12-05`.
 * Real copies of plans often leave the day or the month blank ("ngày tháng 02 năm 2024").
 */
export type PartialDate = string;

export const partialDatePattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** How precise a {@link PartialDate} is. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * Checks a partial date: the right shape and, with a day, a day that exists (2025-02-29 does not).
 *
 * @returns null when valid, or a sentence an editor understands saying what is wrong
 */
export function partialDateProblem(value: string): string | null {
  if (!partialDatePattern.test(value)) {
    return `must be YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2024-02, 2025-12-05); got "${value}"`;
  }
  if (value.length === 10 && !isValid(parseISO(value))) {
    return `${value} is not a real day of the calendar`;
  }
  return null;
}

export function datePrecision(value: PartialDate): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** The year of a partial date as a number. */
export function partialDateYear(value: PartialDate): number {
  return Number(value.slice(0, 4));
}

/**
 * Shows a partial date the Vietnamese way: `26/12/2024`, `tháng 02/2024`, `năm 2025`.
 */
export function formatPartialDate(value: PartialDate): string {
  const [year = '', month, day] = value.split('-');
  if (day !== undefined && month !== undefined) return `${day}/${month}/${year}`;
  if (month !== undefined) return `tháng ${month}/${year}`;
  return `năm ${year}`;
}

/** A result of reading a date out of Vietnamese text. */
export interface ParsedDate {
  readonly value: PartialDate;
  /** Set when the text needed repair, e.g. "26/12//2024" (a doubled slash). */
  readonly repaired?: string;
}

const pad = (n: string): string => n.padStart(2, '0');

function build(year: string, month?: string, day?: string): PartialDate | null {
  const value = [year, month && pad(month), month && day && pad(day)].filter(Boolean).join('-');
  return partialDateProblem(value) === null ? value : null;
}

/**
 * Reads a date as Vietnamese documents write it, whole or in part:
 * "26/12/2024", "26/12//2024" (repaired), "ngày 25 tháng 12 năm 2024", "ngày tháng 02 năm 2024" (→ 2024-02),
 * "ngày tháng năm 2025" (→ 2025), "năm 2022" (→ 2022).
 *
 * @param text a fragment that starts with (or is) the date; "ngày" in front is optional
 * @returns the date, or null when no date can be read or the date does not exist (31/02/2025)
 */
export function parseVietnameseDate(text: string): ParsedDate | null {
  const t = normalizeText(text).trim();
  const numeric = /^(?:ngày\s*)?(\d{1,2})\s*\/\s*(\d{1,2})\s*(\/+)\s*(\d{4})/iu.exec(t);
  if (numeric) {
    const [, d, m, slashes = '/', y = ''] = numeric;
    const value = build(y, m, d);
    if (value === null) return null;
    return slashes.length > 1 ? { value, repaired: numeric[0] } : { value };
  }
  const words = /^(?:ngày\s*(\d{1,2})?\s*)?tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu.exec(t);
  if (words) {
    const [, d, m, y = ''] = words;
    const value = build(y, m, m === undefined ? undefined : d);
    return value === null ? null : { value };
  }
  const yearOnly = /^năm\s*(\d{4})/iu.exec(t);
  if (yearOnly?.[1] !== undefined) return { value: yearOnly[1] };
  return null;
}

/**
 * Orders partial dates; a less precise date sorts before the more precise dates inside it
 * (2024 < 2024-02 < 2024-02-01).
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
