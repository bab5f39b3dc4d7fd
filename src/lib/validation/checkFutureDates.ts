import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { partialDateProblem } from '../dates/partialDate';
import type { ParsedEntry } from './parseSource';
import type { Problem } from './problem';

/** The default number of days after today an issue date may lie before it is reported. */
export const defaultFutureMarginDays = 31;

/**
 * An issue date far in the future is almost always a typing error (2052 for 2025, month and day
 * swapped). A document's `issued` is reported when even its earliest possible day (1 January for
 * `2027`, the 1st for `2027-03`) comes after today + `marginDays` (local calendar days).
 *
 * @param entry a parsed entry; only documents and award decisions with a well-formed `issued` are
 *   checked
 * @param today the day to count from
 * @param marginDays how many days ahead are tolerated (default {@link defaultFutureMarginDays})
 * @returns problems with `check: 'futureDate'`
 */
export function checkFutureDates(
  entry: ParsedEntry,
  today: Date,
  marginDays: number = defaultFutureMarginDays,
): Problem[] {
  if (
    (entry.collection !== 'documents' && entry.collection !== 'awardDecisions') ||
    entry.data === null
  )
    return [];
  const issued = entry.data['issued'];
  const value = typeof issued === 'number' ? String(issued) : issued;
  if (typeof value !== 'string' || partialDateProblem(value) !== null) return [];
  const earliest =
    value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
  const limit = format(addDays(today, marginDays), 'yyyy-MM-dd');
  if (earliest <= limit) return [];
  return [
    {
      file: entry.file,
      field: 'issued',
      message: `the issue date ${value} is in the future (later than ${limit}, today + ${marginDays} days): probably a typing error.`,
      vi: `Lỗi: ngày ban hành ${value} ở tương lai, có thể gõ nhầm.`,
      fix: 'correct issued from the printed date (YYYY-MM-DD, or YYYY-MM / YYYY when part is missing); the file name contains the date too, so rename the file to match.',
      check: 'futureDate',
    },
  ];
}

/**
 * Reads the margin from the environment (`FUTURE_DATE_MARGIN_DAYS`).
 *
 * @param text the variable's value, or undefined when unset
 * @returns the number of days, or undefined to use the default
 * @throws {Error} when the value is not a whole number of days, 0 or more
 */
export function parseMarginDays(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 0) {
    throw new Error(
      `FUTURE_DATE_MARGIN_DAYS must be a whole number of days, 0 or more (e.g. 31); got "${text}"`,
    );
  }
  return days;
}
