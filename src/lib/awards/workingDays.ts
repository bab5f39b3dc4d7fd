import type { HolidayCalendar } from './holidayCalendar';
import { defaultHolidayCalendar } from './loadHolidays';

/**
 * Working days (ngày làm việc): Monday to Friday, less public holidays and announced days off, plus
 * announced working Saturdays (see `holidayCalendar.ts` for the sources). All dates are ISO 8601 calendar
 * days (YYYY-MM-DD), with no time zone: a day in Việt Nam.
 *
 * Counting follows Bộ luật Dân sự 2015 art. 147 khoản 1: a period counted in days starts on the day
 * after the event (the day a list is posted does not count), and art. 148: it ends at the end of its
 * last day.
 */

/** The calendar day after (or, with a negative `days`, before) `iso`. */
export function addCalendarDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`"${iso}" is not a calendar day YYYY-MM-DD`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Whether `iso` is a working day.
 *
 * @throws {RangeError} for a malformed day; {MissingHolidayYearError} for a year without a holiday list
 */
export function isWorkingDay(
  iso: string,
  calendar: HolidayCalendar = defaultHolidayCalendar(),
): boolean {
  return calendar.isWorkingDay(iso);
}

/**
 * The `n`-th working day after `startIso` (the start itself is not counted): the closing day of a
 * period of `n` working days that begins the day after `startIso`. `addWorkingDays('2026-11-16', 10)`
 * is 2026-11-30.
 *
 * @param startIso the day of the event (posting), YYYY-MM-DD
 * @param n working days, a whole number ≥ 0 (0 returns `startIso`)
 * @throws {RangeError} when `n` is negative or not whole
 */
export function addWorkingDays(
  startIso: string,
  n: number,
  calendar: HolidayCalendar = defaultHolidayCalendar(),
): string {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`n must be a whole number ≥ 0; got ${String(n)}`);
  let day = startIso;
  calendar.isWorkingDay(startIso);
  for (let counted = 0; counted < n;) {
    day = addCalendarDays(day, 1);
    if (calendar.isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * How many working days lie after `fromIso` up to and including `toIso`; negative (the same count with a
 * minus sign) when `toIso` is before `fromIso`. The inverse of {@link addWorkingDays}:
 * `workingDaysBetween(s, addWorkingDays(s, n)) === n`.
 */
export function workingDaysBetween(
  fromIso: string,
  toIso: string,
  calendar: HolidayCalendar = defaultHolidayCalendar(),
): number {
  calendar.isWorkingDay(fromIso);
  calendar.isWorkingDay(toIso);
  if (toIso < fromIso) return -workingDaysBetween(toIso, fromIso, calendar);
  let count = 0;
  for (let day = addCalendarDays(fromIso, 1); day <= toIso; day = addCalendarDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
}
