import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { holidayYearSchema, type HolidayYear } from '../../schemas/holidays';
import { contentDir } from '../contentDir';
import { createHolidayCalendar, type HolidayCalendar } from './holidayCalendar';

/**
 * Reads every `<year>.json` of a holidays folder through `holidayYearSchema`.
 *
 * @param folder the folder (default `content/holidays`, or `$CONTENT_DIR/holidays`)
 * @returns the years, sorted; an empty list when the folder does not exist
 * @throws {Error} naming the file when one cannot be read, is not JSON, breaks the schema, or holds
 *   another year than its name says
 */
export function readHolidayYears(folder: string = join(contentDir, 'holidays')): HolidayYear[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /^\d{4}\.json$/.test(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.sort().map((name) => {
    const file = join(folder, name);
    const parsed = holidayYearSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new Error(
        `${file}: ${first === undefined ? 'invalid' : `${first.path.join('.')}: ${first.message}`} (npm run check:content lists every problem)`,
      );
    }
    if (`${String(parsed.data.year)}.json` !== name) {
      throw new Error(
        `${file}: holds the year ${String(parsed.data.year)}; rename it or fix "year"`,
      );
    }
    return parsed.data;
  });
}

let cached: HolidayCalendar | undefined;

/**
 * The calendar of the site's content (`content/holidays/*.json` + `date-holidays`), read once.
 * Node only (reads the disk at build time); tests pass their own calendar instead.
 */
export function defaultHolidayCalendar(): HolidayCalendar {
  cached ??= createHolidayCalendar(readHolidayYears());
  return cached;
}
