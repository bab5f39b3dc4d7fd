import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { datePrecision, type PartialDate } from '../dates/partialDate';

/**
 * The day a milestone falls on, for sorting, "upcoming or past" and the calendar feed. The rule for
 * partial dates: a date with a day is that day; a month-only date (`2024-05`) is the last day of the
 * month (`2024-05-31`), since "trong tháng 5" is due by its end; a year-only date (`2025`) is 31
 * December of that year. The period the text gives is shown beside the date, never lost.
 *
 * @returns an ISO day YYYY-MM-DD
 */
export function milestoneDay(date: PartialDate): string {
  const precision = datePrecision(date);
  if (precision === 'day') return date;
  if (precision === 'year') return `${date}-12-31`;
  return format(endOfMonth(parseISO(`${date}-01`)), 'yyyy-MM-dd');
}

/** The month heading of a day: "Tháng 5/2024" (the month without a leading zero). */
export function monthLabel(isoDay: string): string {
  const [year = '', month = ''] = isoDay.split('-');
  return `Tháng ${String(Number(month))}/${year}`;
}
