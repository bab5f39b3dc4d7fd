import { format } from 'date-fns/format';
import { awardDecisionSchema } from '../../schemas/awardDecisions';
import { holidayYearSchema } from '../../schemas/holidays';
import type { HolidaySource } from './contentSources';
import type { Problem } from './problem';
import { entriesOf, type ValidationContext } from './validationContext';

/**
 * The holiday lists (`content/holidays/<year>.json`, `src/schemas/holidays.ts`) that working days are
 * counted with ("còn N ngày làm việc" on a proposed list, Bộ luật Lao động 2019 art. 112):
 * - each file must be JSON, match the schema (every problem, with its path), and hold the year its
 *   name says;
 * - every consultation still open or not yet started on `today` must have a list for each year from
 *   today (or its posting) to its closing day, or the site cannot count the days left (the build would
 *   stop with `MissingHolidayYearError`).
 *
 * @param files the holiday files read (see `readContentSources`)
 * @returns problems with `check: 'parse'`, `'schema'` or `'holidays'`
 */
export function checkHolidays(
  context: ValidationContext,
  files: readonly HolidaySource[],
): Problem[] {
  const problems: Problem[] = [];
  const years = new Set<number>();
  for (const source of files) {
    let value: unknown;
    try {
      value = JSON.parse(source.text.replace(/^\uFEFF/, ''));
    } catch (error) {
      problems.push({
        file: source.file,
        field: 'file',
        message: `the JSON cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
        vi: 'Lỗi: không đọc được tệp JSON lịch nghỉ.',
        fix: 'correct the JSON: names and texts in double quotes, commas between fields but none after the last one.',
        check: 'parse',
      });
      continue;
    }
    const parsed = holidayYearSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.') || 'file';
        problems.push({
          file: source.file,
          field,
          message: `${field}: ${issue.message.replace(/\.$/, '')}.`,
          vi: `Lỗi: ${field} trong lịch nghỉ không hợp lệ.`,
          fix: 'correct it from the official announcement; the fields are described in src/schemas/holidays.ts.',
          check: 'schema',
        });
      }
      continue;
    }
    if (String(parsed.data.year) !== source.name) {
      problems.push({
        file: source.file,
        field: 'year',
        message: `the file ${source.name}.json holds the year ${String(parsed.data.year)}.`,
        vi: 'Lỗi: năm trong tệp không khớp tên tệp.',
        fix: `rename the file to ${String(parsed.data.year)}.json, or correct "year".`,
        check: 'holidays',
      });
      continue;
    }
    years.add(parsed.data.year);
  }
  const today = format(context.today, 'yyyy-MM-dd');
  for (const entry of entriesOf(context, 'awardDecisions')) {
    const parsed = awardDecisionSchema.safeParse(entry.data);
    if (!parsed.success || parsed.data.status !== 'proposed') continue;
    const { posted, closes } = parsed.data.consultation;
    if (today > closes) continue;
    const from = Number((today > posted ? today : posted).slice(0, 4));
    const missing: number[] = [];
    for (let year = from; year <= Number(closes.slice(0, 4)); year += 1) {
      if (!years.has(year)) missing.push(year);
    }
    if (missing.length === 0) continue;
    const list = missing.map(String).join(', ');
    problems.push({
      file: entry.file,
      field: 'consultation.closes',
      message: `the consultation is open or ahead (closes ${closes}) but there is no list of days off for ${list}, so the working days left cannot be counted.`,
      vi: `Lỗi: thiếu lịch nghỉ lễ, Tết năm ${list} để tính số ngày làm việc còn lại.`,
      fix: `add ${missing.map((y) => `${context.contentRoot}/holidays/${String(y)}.json`).join(', ')} from the official announcement of days off (see src/schemas/holidays.ts).`,
      check: 'holidays',
    });
  }
  return problems;
}
