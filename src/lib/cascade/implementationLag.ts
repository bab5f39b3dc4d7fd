import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { datePrecision, type PartialDate } from '../dates/partialDate';

/** What the cascade shows when a lag cannot be computed. */
export const lagUnknownLabel = 'chưa đủ dữ liệu ngày';

/**
 * Calendar days from a directive's issue date to the issue date of a plan carrying it out, or null
 * when either date is missing or is not a full day (a month or a year only).
 */
export function implementationLag(
  directiveIssued: PartialDate | undefined,
  planIssued: PartialDate | undefined,
): number | null {
  if (directiveIssued === undefined || planIssued === undefined) return null;
  if (datePrecision(directiveIssued) !== 'day' || datePrecision(planIssued) !== 'day') return null;
  return differenceInCalendarDays(parseISO(planIssued), parseISO(directiveIssued));
}

/** The lag in words: "sau 64 ngày", "cùng ngày", "trước 3 ngày" or "chưa đủ dữ liệu ngày". */
export function lagLabel(days: number | null): string {
  if (days === null) return lagUnknownLabel;
  if (days === 0) return 'cùng ngày';
  return days > 0 ? `sau ${String(days)} ngày` : `trước ${String(-days)} ngày`;
}
