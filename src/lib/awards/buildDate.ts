import { partialDateProblem } from '../dates/partialDate';

/**
 * "Today" for a build, as an ISO day (YYYY-MM-DD): the `BUILD_DATE` environment variable when set, so
 * that tests and reproducible builds can pin it, otherwise the current day in Việt Nam (UTC+7, no
 * daylight saving), so a build run at 23:30 UTC already counts the next Vietnamese day.
 *
 * Consultation states ("còn N ngày làm việc") are computed at build time; the site must be rebuilt
 * at least daily while a consultation is open.
 *
 * @param env the environment to read (default `process.env`)
 * @param now the current instant (default: now)
 * @throws {Error} when BUILD_DATE is set but is not a real day YYYY-MM-DD
 */
export function buildDate(
  env: Readonly<Record<string, string | undefined>> = process.env,
  now: Date = new Date(),
): string {
  const pinned = env['BUILD_DATE']?.trim();
  if (pinned !== undefined && pinned !== '') {
    if (pinned.length !== 10 || partialDateProblem(pinned) !== null) {
      throw new Error(`BUILD_DATE must be a day YYYY-MM-DD (e.g. 2026-11-21); got "${pinned}"`);
    }
    return pinned;
  }
  const vietnamOffsetMs = 7 * 60 * 60 * 1000;
  return new Date(now.getTime() + vietnamOffsetMs).toISOString().slice(0, 10);
}
