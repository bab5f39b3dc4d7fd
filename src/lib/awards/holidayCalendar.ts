import Holidays from 'date-holidays';
import type { HolidayYear } from '../../schemas/holidays';

/**
 * Which days are working days (ngày làm việc) in Việt Nam, for counting consultation periods: Monday to
 * Friday, less the public holidays and the officially announced days off, plus the weekend days
 * announced as working days in exchange (làm bù).
 *
 * Sources combined:
 * - `date-holidays` (country VN, type "public"): the fixed holidays of Bộ luật Lao động 2019 art. 112
 *   (1/1, Giỗ Tổ Hùng Vương, 30/4, 1/5, 2/9) and only the eve and first day of Tết;
 * - `content/holidays/<year>.json` (see `src/schemas/holidays.ts`): the rest of the 5 Tết days, the
 *   day next to 2/9 (two days since 2021), substitute days (art. 112 khoản 3) and bridge days, as
 *   announced each year. The library alone is not enough, so a year without a file is refused.
 */
export interface HolidayCalendar {
  /** Years for which an announced list exists (and so working days can be counted). */
  readonly years: ReadonlySet<number>;
  /**
   * Whether a day is a working day.
   *
   * @param iso a calendar day, YYYY-MM-DD
   * @throws {RangeError} when `iso` is not a real day
   * @throws {MissingHolidayYearError} when its year has no `content/holidays/<year>.json`
   */
  isWorkingDay(iso: string): boolean;
  /** The name of the day off, or null for a working day or an ordinary weekend day. */
  dayOffName(iso: string): string | null;
}

/** Thrown when working days are counted in a year whose days off nobody has entered yet. */
export class MissingHolidayYearError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(
      `No list of days off for ${String(year)}: add content/holidays/${String(year)}.json from the ` +
        `official announcement (see src/schemas/holidays.ts). / Chưa có lịch nghỉ lễ, Tết năm ${String(year)}.`,
    );
    this.name = 'MissingHolidayYearError';
    this.year = year;
  }
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The UTC weekday (0 Sunday … 6 Saturday) of a calendar day.
 *
 * @throws {RangeError} when `iso` is not YYYY-MM-DD or not a real day (2026-02-30)
 */
export function weekdayOf(iso: string): number {
  const match = isoPattern.exec(iso);
  const date = new Date(`${iso}T00:00:00Z`);
  if (match === null || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`"${iso}" is not a calendar day YYYY-MM-DD`);
  }
  return date.getUTCDay();
}

/**
 * Builds a calendar from the announced years (already validated by `holidayYearSchema`).
 *
 * @param years one entry per year; two entries for the same year are refused
 * @throws {Error} when a year appears twice
 */
export function createHolidayCalendar(years: readonly HolidayYear[]): HolidayCalendar {
  const daysOff = new Map<string, string>();
  const workingWeekends = new Set<string>();
  const covered = new Set<number>();
  const library = new Holidays('VN');
  for (const year of years) {
    if (covered.has(year.year)) throw new Error(`Days off for ${String(year.year)} given twice`);
    covered.add(year.year);
    for (const holiday of library.getHolidays(year.year)) {
      if (holiday.type === 'public') daysOff.set(holiday.date.slice(0, 10), holiday.name);
    }
    for (const day of year.days) daysOff.set(day.date, day.name);
    for (const day of year.workingWeekends) workingWeekends.add(day.date);
  }
  const requireYear = (iso: string): void => {
    weekdayOf(iso);
    const year = Number(iso.slice(0, 4));
    if (!covered.has(year)) throw new MissingHolidayYearError(year);
  };
  return {
    years: covered,
    isWorkingDay(iso) {
      requireYear(iso);
      if (workingWeekends.has(iso)) return true;
      const weekday = weekdayOf(iso);
      if (weekday === 0 || weekday === 6) return false;
      return !daysOff.has(iso);
    },
    dayOffName(iso) {
      requireYear(iso);
      if (workingWeekends.has(iso)) return null;
      return daysOff.get(iso) ?? null;
    },
  };
}
