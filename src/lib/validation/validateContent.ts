import { diskFileSize } from './checkExemplars';
import { compareProblems, type ValidationResult } from './problem';
import { readContentSources, type ReadOptions } from './readContentSources';
import { validateSources, type ValidationOptions } from './validateSources';

/**
 * Validates a content folder: reads every collection file (`readContentSources`) and runs every check
 * on it (`validateSources`). This is the project's own validation pass: Astro 7.3 stops at the first
 * schema error and only logs broken references, so `npm run build` and `npm run check:content` run this
 * first and refuse to go on while any problem is listed.
 *
 * @param contentDir the folder holding `documents/` and `organizations/` (e.g. `./content`)
 * @param options `rootDir` for the paths shown (default: current directory); `today` and
 *   `futureMarginDays` for the future-date check
 * @returns every problem (empty when the content is valid) and the number of entries read
 * @throws only on an unexpected file-system failure while listing folders (not on bad content)
 */
export async function validateContent(
  contentDir: string,
  options: ValidationOptions & ReadOptions = {},
): Promise<ValidationResult> {
  const read = await readContentSources(contentDir, options);
  const result = validateSources(read, {
    fileSize: diskFileSize(options.rootDir ?? process.cwd()),
    ...options,
  });
  return {
    problems: [...read.problems, ...result.problems].sort(compareProblems),
    counts: result.counts,
  };
}
