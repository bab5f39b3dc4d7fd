import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';

/** The file that marks a folder as a generated corpus, so that a later run may replace it. */
export const corpusMarkerName = '.synthetic-corpus.json';

/** The folders (and the marker) a corpus consists of: the only things a later run deletes. */
export const corpusEntries = [
  'documents',
  'organizations',
  'award-forms',
  'award-decisions',
  'exemplars',
  'movements',
  'holidays',
  corpusMarkerName,
] as const;

const markerGenerator = 'thi-dua-khen-thuong synthetic corpus (scripts/corpus.ts)';

/** The output folder cannot be used: the message says why and what to do. */
export class CorpusOutputError extends Error {}

/** The real path of a path that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
function realPathOf(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

/** Whether `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Whether a folder holds the marker this generator writes. */
export function isPreviousCorpus(folder: string): boolean {
  try {
    const marker: unknown = JSON.parse(readFileSync(join(folder, corpusMarkerName), 'utf8'));
    return (
      typeof marker === 'object' &&
      marker !== null &&
      (marker as Record<string, unknown>)['generator'] === markerGenerator
    );
  } catch {
    return false;
  }
}

/**
 * Checks, without changing anything, that a corpus may be written to `out`:
 * - refused when `out` is, is inside, or contains one of `protectedFolders` (the repository's
 *   `content/`), symbolic links resolved;
 * - refused when `out` exists and is not a folder, or is a non-empty folder without the marker of a
 *   previous corpus ({@link corpusMarkerName}).
 *
 * @returns the absolute output folder, symbolic links resolved
 * @throws {CorpusOutputError} with a message naming the folder and the fix
 */
export function checkOutputFolder(out: string, protectedFolders: readonly string[]): string {
  const target = realPathOf(out);
  for (const folder of protectedFolders) {
    const guarded = realPathOf(folder);
    if (isWithin(target, guarded) || isWithin(guarded, target)) {
      throw new CorpusOutputError(
        `refusing to write the synthetic corpus to ${out}: it ${target === guarded ? 'is' : isWithin(target, guarded) ? 'is inside' : 'contains'} ${folder}, the real content. Choose a folder under /tmp, e.g. --out /tmp/corpus.`,
      );
    }
  }
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) {
      throw new CorpusOutputError(
        `refusing to write to ${out}: it exists and is not a folder. Choose another --out.`,
      );
    }
    if (readdirSync(target).length > 0 && !isPreviousCorpus(target)) {
      throw new CorpusOutputError(
        `refusing to write to ${out}: the folder is not empty and was not made by this generator (no ${corpusMarkerName}). Choose an empty or new folder, e.g. --out /tmp/corpus.`,
      );
    }
  }
  return target;
}

/**
 * Makes `out` ready for a new corpus, or refuses ({@link checkOutputFolder}). In a previous corpus,
 * only its {@link corpusEntries} are deleted: nothing else in the folder and nothing outside it. Then
 * the folder is created and the marker written first, so that an interrupted run can be replaced.
 *
 * @param out the output folder
 * @param protectedFolders folders that must never be written into
 * @param markerDetails the arguments of the run, recorded in the marker (no date: same bytes each run)
 * @returns the absolute output folder
 * @throws {CorpusOutputError} with a message naming the folder and the fix
 */
export function prepareOutputFolder(
  out: string,
  protectedFolders: readonly string[],
  markerDetails: Readonly<Record<string, unknown>>,
): string {
  const target = checkOutputFolder(out, protectedFolders);
  if (existsSync(target)) {
    for (const entry of corpusEntries)
      rmSync(join(target, entry), { recursive: true, force: true });
  }
  mkdirSync(target, { recursive: true });
  writeFileSync(
    join(target, corpusMarkerName),
    `${JSON.stringify(
      {
        generator: markerGenerator,
        note: 'Every file in this folder is synthetic test data (Dữ liệu minh họa). The next run into this folder deletes the collection folders and this file.',
        arguments: markerDetails,
      },
      null,
      2,
    )}\n`,
  );
  return target;
}
