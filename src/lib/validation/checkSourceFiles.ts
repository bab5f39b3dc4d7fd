import type { FileSizeFn } from './checkExemplars';
import type { Problem } from './problem';
import { entriesOf, type ValidationContext } from './validationContext';

/**
 * Why a document's `source` cannot name a file inside `content/sources/`, or null when its shape is
 * fine. The build reads that file and publishes it as the document's original text
 * (`/van-ban/<id>/van-ban-goc.txt`), so a path that leaves the folder would publish any file of the
 * computer that builds the site ("../../../etc/passwd").
 *
 * Refused: an empty path; an absolute path (`/etc/passwd`, `\\server\x`, `C:\x`); a web address or any
 * `scheme:` (`https://…`, `file:///…`); a `..` segment anywhere (`a/../../x.txt`); a backslash (a
 * Windows path, read differently on each system); a NUL character.
 *
 * @param source the value of `source` as written, relative to `content/sources/` ("ke-hoach-42.txt")
 * @returns an English phrase saying what is wrong ("goes up out of the folder with \"..\""), or null
 */
export function sourcePathProblem(source: string): string | null {
  if (source.trim() === '') return 'is empty';
  if (source.includes('\0')) return 'contains a NUL character';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(source)) {
    return 'is a web address or a drive letter, not a file name';
  }
  if (source.startsWith('/') || source.startsWith('\\')) return 'is an absolute path';
  if (source.includes('\\')) return 'uses "\\" (a Windows path); write "/" between folders';
  if (source.split('/').some((segment) => segment === '..')) {
    return 'goes up out of the folder with ".."';
  }
  return null;
}

/**
 * A full document's `source` names the original text it was imported from, inside
 * `<content>/sources/`; the build reads and publishes that file. Reported:
 * - a path that would leave the folder or is not a plain relative path ({@link sourcePathProblem});
 * - a file that does not exist (only when `fileSize` is given, as `validateContent` does), which would
 *   otherwise stop the Astro build with a bare "no such file" error.
 *
 * @param context the parsed entries; only documents with a text `source` are looked at (a wrong type is
 *   reported by the schema check)
 * @param fileSize how files are looked up, relative to the folder paths are shown from; omit to check
 *   only the path's shape
 * @returns problems with `check: 'folder'`, field `source`
 */
export function checkSourceFiles(context: ValidationContext, fileSize?: FileSizeFn): Problem[] {
  const problems: Problem[] = [];
  const folder = `${context.contentRoot}/sources`;
  for (const entry of entriesOf(context, 'documents')) {
    const source = entry.data?.['source'];
    if (typeof source !== 'string') continue;
    const problem = sourcePathProblem(source);
    if (problem !== null) {
      problems.push({
        file: entry.file,
        field: 'source',
        message: `source "${source}" ${problem}: it must name a file inside ${folder}/, whose text the site publishes as the document's original.`,
        vi: `Lỗi: source "${source}" phải là tên một tệp trong thư mục ${folder}/.`,
        fix: `write only the file name inside ${folder}/ (e.g. "ke-hoach-42-kh-du.txt"), without "..", a leading "/" or a web address; copy the original text into that folder first (npm run import does both).`,
        check: 'folder',
      });
      continue;
    }
    if (fileSize === undefined) continue;
    const file = `${folder}/${source}`;
    if (fileSize(file) === null) {
      problems.push({
        file: entry.file,
        field: 'source',
        message: `the original text ${file} does not exist.`,
        vi: `Lỗi: không tìm thấy tệp văn bản gốc ${file}.`,
        fix: `save the original text as ${file} (npm run import does this), or correct source (mind lower case and the extension .txt).`,
        check: 'folder',
      });
    }
  }
  return problems;
}
