import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CollectionName } from '../../schemas/shared/idReference';
import {
  collectionFiles,
  type ContentSources,
  type DraftFile,
  type HolidaySource,
  type SourceFile,
} from './contentSources';
import type { Problem } from './problem';

/** Where to read from and how to show paths. */
export interface ReadOptions {
  /** Paths in problems are shown relative to this folder (default: the current directory, the repo). */
  readonly rootDir?: string;
}

/** Sources read from disk, with the problems met while reading (a missing folder, an unreadable file). */
export interface ReadResult extends ContentSources {
  readonly problems: readonly Problem[];
}

/**
 * A path as shown to editors: relative to `rootDir` with `/` separators when inside it, absolute
 * otherwise.
 */
export function displayPath(path: string, rootDir: string): string {
  const absolute = resolve(path);
  const rel = relative(resolve(rootDir), absolute);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return absolute.split(sep).join('/');
  return rel.split(sep).join('/');
}

/**
 * Reads the files of every collection under `contentDir` the way the Astro glob loader selects them
 * (`src/content.config.ts`): `documents/**\/*.md`, `organizations/**\/*.json`,
 * `award-forms/**\/*.json` and `award-decisions/**\/*.json`, skipping any file or folder whose name
 * starts with `_` (drafts, counted apart) or `.` (hidden). The id of a file is its path inside the
 * collection folder without the extension. Also reads `holidays/*.json` (not a collection: the days
 * off working days are counted with).
 *
 * A missing content folder is a problem; a missing collection folder is read as empty.
 *
 * @param contentDir the content folder, absolute or relative to the current directory
 * @returns the sources, sorted by path, ready for `validateSources`
 */
export async function readContentSources(
  contentDir: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const rootDir = options.rootDir ?? process.cwd();
  const contentRoot = displayPath(contentDir, rootDir);
  const problems: Problem[] = [];
  const sources: SourceFile[] = [];
  const drafts: DraftFile[] = [];

  const info = await stat(contentDir).catch(() => null);
  if (info?.isDirectory() !== true) {
    problems.push({
      file: contentRoot,
      field: 'folder',
      message: `the content folder ${contentRoot} does not exist or is not a folder.`,
      vi: `Lỗi: không tìm thấy thư mục nội dung ${contentRoot}.`,
      fix: 'run the command from the repository root, or set CONTENT_DIR to the folder that holds documents/ and organizations/.',
      check: 'folder',
    });
    return { contentRoot, sources, drafts, problems };
  }

  for (const collection of Object.keys(collectionFiles) as CollectionName[]) {
    const { folder, extension } = collectionFiles[collection];
    const base = join(contentDir, folder);
    for (const relativePath of await listFiles(base, extension)) {
      const file = displayPath(join(base, relativePath), rootDir);
      const id = relativePath.slice(0, -extension.length).split(sep).join('/');
      const segments = id.split('/');
      if (segments.some((s) => s.startsWith('_'))) {
        const publishedId = segments.map((s) => s.replace(/^_+/, '')).join('/');
        drafts.push({ collection, publishedId, file });
        continue;
      }
      try {
        const text = await readFile(join(base, relativePath), 'utf8');
        sources.push({ collection, id, file, text });
      } catch (error) {
        problems.push({
          file,
          field: 'file',
          message: `the file cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
          vi: 'Lỗi: không đọc được tệp.',
          fix: 'check that the file exists and is readable (permissions), then run the check again.',
          check: 'folder',
        });
      }
    }
  }
  const holidays: HolidaySource[] = [];
  const holidayDir = join(contentDir, 'holidays');
  for (const name of await listFiles(holidayDir, '.json')) {
    if (name.includes(sep) || name.startsWith('_')) continue;
    const file = displayPath(join(holidayDir, name), rootDir);
    try {
      holidays.push({
        name: name.slice(0, -5),
        file,
        text: await readFile(join(holidayDir, name), 'utf8'),
      });
    } catch (error) {
      problems.push({
        file,
        field: 'file',
        message: `the file cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
        vi: 'Lỗi: không đọc được tệp.',
        fix: 'check that the file exists and is readable (permissions), then run the check again.',
        check: 'folder',
      });
    }
  }
  return { contentRoot, sources, drafts, holidays, problems };
}

/** Files under `base` ending with `extension`, relative to it, sorted; hidden entries skipped. */
async function listFiles(base: string, extension: string): Promise<string[]> {
  const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch(
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => relative(base, join(e.parentPath, e.name)))
    .filter((path) => !path.split(sep).some((segment) => segment.startsWith('.')))
    .sort();
}
