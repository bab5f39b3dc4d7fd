import type { CollectionName } from '../../schemas/shared/idReference';
import { checkAwards } from './checkAwards';
import { checkBody } from './checkBody';
import { checkCycles } from './checkCycles';
import { checkDuplicates } from './checkDuplicates';
import { checkExemplars, type FileSizeFn } from './checkExemplars';
import { checkFileNames } from './checkFileNames';
import { checkFutureDates, defaultFutureMarginDays } from './checkFutureDates';
import { checkHolidays } from './checkHolidays';
import { checkPlaceholders } from './checkPlaceholders';
import { checkReferences } from './checkReferences';
import { checkSchema } from './checkSchema';
import { checkSourceFiles } from './checkSourceFiles';
import { checkText } from './checkText';
import type { ContentSources } from './contentSources';
import { parseSource, type ParsedEntry } from './parseSource';
import { compareProblems, type Problem, type ValidationResult } from './problem';
import type { ValidationContext } from './validationContext';

/** Settings of a validation pass. */
export interface ValidationOptions {
  /** "Today" for the future-date check (default: now). */
  readonly today?: Date;
  /** Days after today an issue date may lie before it is reported (default 31). */
  readonly futureMarginDays?: number;
  /**
   * How photo files of exemplar stories are looked up (`validateContent` passes the disk); when absent,
   * photo files are not checked, their paths still are.
   */
  readonly fileSize?: FileSizeFn;
}

/** The number of movements, only when there are any (callers that predate movements see no change). */
const movementCount = (entries: readonly { collection: string }[]): { movements?: number } => {
  const count = entries.filter((e) => e.collection === 'movements').length;
  return count > 0 ? { movements: count } : {};
};

/**
 * Validates content held in memory: parses every source and runs every check on every entry, so one
 * pass reports all problems of all files (a schema error in one file does not hide a broken reference
 * in it or in another). Pure: no disk, no clock unless `today` is omitted.
 *
 * Checks, in `check` order: parse, schema + unknown fields, references + self-references, cycles
 * (`implements`, organization `parent`), file names (id = `documentId()` of the identity; award forms
 * `toSlug(name)`), duplicate identities, body rules and raw HTML, NFC text, future issue dates, award
 * rules (classes, recipients, dated authority, issuer validity), holiday lists (when
 * `input.holidays` is given), exemplar stories and photos, and documents' `source` files.
 *
 * @param input the sources (see `readContentSources` for reading them from a folder)
 * @returns problems sorted by file, line and field, and the number of entries read
 */
export function validateSources(
  input: ContentSources,
  options: ValidationOptions = {},
): ValidationResult {
  const problems: Problem[] = [];
  const entries: ParsedEntry[] = [];
  for (const source of input.sources) {
    const outcome = parseSource(source);
    entries.push(outcome.entry);
    problems.push(...outcome.problems);
  }
  const idsOf = (collection: CollectionName): Set<string> =>
    new Set(input.sources.filter((s) => s.collection === collection).map((s) => s.id));
  const context: ValidationContext = {
    contentRoot: input.contentRoot,
    entries,
    ids: {
      documents: idsOf('documents'),
      organizations: idsOf('organizations'),
      awardForms: idsOf('awardForms'),
      awardDecisions: idsOf('awardDecisions'),
      exemplars: idsOf('exemplars'),
      movements: idsOf('movements'),
    },
    drafts: input.drafts,
    today: options.today ?? new Date(),
    futureMarginDays: options.futureMarginDays ?? defaultFutureMarginDays,
  };
  for (const entry of entries) {
    problems.push(
      ...checkSchema(entry),
      ...checkBody(entry),
      ...checkText(entry),
      ...checkPlaceholders(entry),
      ...checkFutureDates(entry, context.today, context.futureMarginDays),
    );
  }
  problems.push(
    ...checkReferences(context),
    ...checkCycles(context),
    ...checkFileNames(context),
    ...checkDuplicates(context),
    ...checkAwards(context),
    ...(input.holidays === undefined ? [] : checkHolidays(context, input.holidays)),
    ...checkExemplars(context, options.fileSize),
    ...checkSourceFiles(context, options.fileSize),
  );
  return {
    problems: problems.sort(compareProblems),
    counts: {
      documents: entries.filter((e) => e.collection === 'documents').length,
      organizations: entries.filter((e) => e.collection === 'organizations').length,
      awardForms: entries.filter((e) => e.collection === 'awardForms').length,
      awardDecisions: entries.filter((e) => e.collection === 'awardDecisions').length,
      exemplars: entries.filter((e) => e.collection === 'exemplars').length,
      ...movementCount(entries),
      drafts: input.drafts.length,
    },
  };
}
