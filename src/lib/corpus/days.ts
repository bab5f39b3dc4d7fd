/**
 * Calendar days as whole numbers (days since 1970-01-01, UTC) for the corpus generator: cheap to
 * compare, add and store, and free of time zones and of the clock (no `Date.now`).
 */

const msPerDay = 86_400_000;

/**
 * The day number of an ISO day.
 *
 * @param iso `YYYY-MM-DD`
 * @throws {RangeError} when the text is not a real day
 */
export function dayOf(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const time = Date.UTC(year, month - 1, day);
  if (match === null || Number.isNaN(time) || isoOf(time / msPerDay) !== iso) {
    throw new RangeError(`"${iso}" is not a day written YYYY-MM-DD.`);
  }
  return time / msPerDay;
}

/** The ISO day (`YYYY-MM-DD`) of a day number. */
export function isoOf(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** Year, month (1–12) and day of month of a day number. */
export function partsOf(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * msPerDay);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** The day number of year-month-date; months past 12 roll into the next year, date 0 is the last day of the month before. */
export function dayFrom(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / msPerDay;
}

/** The last day of the month `months` after the month of `day` (0: its own month). */
export function endOfMonthAfter(day: number, months: number): number {
  const { year, month } = partsOf(day);
  return dayFrom(year, month + months + 1, 0);
}

/** `YYYY-MM` of a day number. */
export function monthOf(day: number): string {
  return isoOf(day).slice(0, 7);
}

/** 0 (Sunday) … 6 (Saturday). */
export function weekdayOf(day: number): number {
  return new Date(day * msPerDay).getUTCDay();
}

/** The day itself, or the Monday after it when it falls on a weekend (documents are issued on working days). */
export function workingDayFrom(day: number): number {
  const weekday = weekdayOf(day);
  return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}

/** The day itself, or the Friday before it when it falls on a weekend. */
export function workingDayUntil(day: number): number {
  const weekday = weekdayOf(day);
  return weekday === 6 ? day - 1 : weekday === 0 ? day - 2 : day;
}
