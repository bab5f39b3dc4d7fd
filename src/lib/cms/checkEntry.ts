/**
 * The validation the web editor runs on every save (Decap CMS `preSave`, src/scripts/admin/admin.ts):
 * the per-entry checks of the validation pass (src/lib/validation) that need no file system, on the
 * entry as the editor is about to write it, so the editor reads the same messages as
 * `npm run check:content` before anything is committed. CI's full pass stays the authority (photos on
 * disk, MDX safety, award authority, duplicates across files: docs/deploy.md).
 *
 * Pure and browser-safe: no `node:*`, no `astro:*`.
 */
import type { CollectionName } from '../../schemas/shared/idReference';
import { checkFileNames } from '../validation/checkFileNames';
import { checkFutureDates, defaultFutureMarginDays } from '../validation/checkFutureDates';
import { checkBody } from '../validation/checkBody';
import { checkPlaceholders } from '../validation/checkPlaceholders';
import { checkReferences } from '../validation/checkReferences';
import { checkSchema } from '../validation/checkSchema';
import { checkText } from '../validation/checkText';
import type { ParsedEntry } from '../validation/parseSource';
import type { Problem } from '../validation/problem';
import { compareProblems } from '../validation/problem';
import type { ValidationContext } from '../validation/validationContext';

/** The ids of every entry per collection when the site was built (`dist/admin/ids.json`). */
export type IdsIndex = Readonly<Record<CollectionName, readonly string[]>>;

/** One entry as the editor holds it when the editor presses save. */
export interface EditorEntry {
  readonly collection: CollectionName;
  /** The file's path in the repository (`content/exemplars/ten.mdx`), or its folder for a new entry. */
  readonly file: string;
  /** The file name without extension; absent for an entry not saved yet (Decap names it on save). */
  readonly id?: string;
  /** The front matter or JSON fields. */
  readonly data: Record<string, unknown>;
  /** The Markdown/MDX body (documents, exemplars); absent for JSON collections. */
  readonly body?: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Removes what a form leaves behind but a file should not hold: empty texts, `null`, and groups left
 * entirely empty (an optional `signatory` never filled in). Lists are kept, even empty. Decap CMS
 * writes `""` for a text field that was opened and cleared, which the schemas read as "too short".
 *
 * @returns a copy; the input is not changed
 */
export function pruneEmpty(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const pruned = pruneValue(value);
    if (pruned !== undefined) out[key] = pruned;
  }
  return out;
}

function pruneValue(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.map(pruneValue).filter((v) => v !== undefined);
  if (isPlainObject(value)) {
    const inner = pruneEmpty(value);
    return Object.keys(inner).length === 0 ? undefined : inner;
  }
  return value;
}

/**
 * A photo path as the schema wants it (`./images/<tệp>`), from what Decap's image widget writes for a
 * collection media folder (`images/<tệp>`, or `/content/exemplars/images/<tệp>`). Other values are
 * returned unchanged, for the schema to judge.
 */
export function photoPath(value: string): string {
  const match = /^(?:\/?content\/exemplars\/|\.?\/?)images\/([^/]+)$/.exec(value);
  return match?.[1] === undefined ? value : `./images/${match[1]}`;
}

/**
 * The data an editor entry is saved with: {@link pruneEmpty}, and for exemplars the cover photo path
 * written the way the schema reads it ({@link photoPath}).
 */
export function dataToSave(collection: CollectionName, data: Record<string, unknown>) {
  const pruned = pruneEmpty(data);
  const cover = pruned['cover'];
  if (collection === 'exemplars' && isPlainObject(cover) && typeof cover['image'] === 'string') {
    pruned['cover'] = { ...cover, image: photoPath(cover['image']) };
  }
  return pruned;
}

/** What {@link checkEntry} needs besides the entry. */
export interface CheckOptions {
  /** Ids at build time, for references (a reference to an entry created since then is reported). */
  readonly ids: IdsIndex;
  /** "Today" for the future-date check. */
  readonly today: Date;
}

const emptyIds = (): Record<CollectionName, Set<string>> => ({
  documents: new Set(),
  organizations: new Set(),
  awardForms: new Set(),
  awardDecisions: new Set(),
  exemplars: new Set(),
  movements: new Set(),
});

/**
 * Checks one entry as `npm run check:content` would, without the file system: schema and unknown
 * fields, text (NFC), body rules, placeholders, future dates, references to other entries (against
 * the build-time {@link IdsIndex}) and, for an entry that already has a file name, the file name.
 *
 * @returns the problems, sorted as the validation pass sorts them; empty when the entry may be saved
 */
export function checkEntry(entry: EditorEntry, options: CheckOptions): Problem[] {
  const id = entry.id ?? 'moi';
  const parsed: ParsedEntry = {
    collection: entry.collection,
    id,
    file: entry.file,
    data: entry.data,
    body: entry.body ?? null,
    bodyStartLine: 1,
  };
  const ids = emptyIds();
  // An ids.json from an older build may lack a collection.
  const given: Partial<IdsIndex> = options.ids;
  for (const collection of Object.keys(ids) as CollectionName[]) {
    for (const known of given[collection] ?? []) ids[collection].add(known);
  }
  ids[entry.collection].add(id);
  const context: ValidationContext = {
    contentRoot: 'content',
    entries: [parsed],
    ids,
    drafts: [],
    today: options.today,
    futureMarginDays: defaultFutureMarginDays,
  };
  const problems = [
    ...checkSchema(parsed),
    ...checkBody(parsed),
    ...checkText(parsed),
    ...checkPlaceholders(parsed),
    ...checkFutureDates(parsed, options.today, defaultFutureMarginDays),
    ...checkReferences(context),
    ...(entry.id === undefined ? [] : checkFileNames(context)),
  ];
  return problems.sort(compareProblems);
}

/**
 * The message the editor sees when a save is refused: each problem as `npm run check:content` prints
 * it (field and message, the Vietnamese line, the fix), under a Vietnamese heading.
 */
export function entryProblemsMessage(problems: readonly Problem[]): string {
  const lines = [`Chưa lưu: ${problems.length} lỗi cần sửa trước khi lưu.`];
  for (const problem of problems) {
    const at = problem.line === undefined ? '' : `dòng ${problem.line}, `;
    lines.push(
      `✗ ${at}${problem.field}: ${problem.message}`,
      `  ${problem.vi}`,
      `  Fix: ${problem.fix}`,
    );
  }
  return lines.join('\n');
}
