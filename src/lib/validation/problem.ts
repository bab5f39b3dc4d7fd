/**
 * Which rule a problem breaks. Tests and tools can filter on it; editors read the message.
 *
 * - `folder`: the content folder or a file in it cannot be read, or a document's `source` is not a file
 *   inside `content/sources/` (a path with "..", an absolute path, a web address, a missing file)
 * - `parse`: the YAML front matter or the JSON cannot be read at all
 * - `schema`: a field breaks its schema in `src/schemas/` (missing, wrong type, impossible date …)
 * - `unknownField`: a top-level field the schema does not know; Astro would silently drop it
 * - `reference`: an id that names no entry
 * - `selfReference`: an entry that points to itself
 * - `cycle`: `implements` (or an organization's `parent`) goes round in a circle
 * - `fileName`: the file name is not the id the entry's identity gives (or not an id at all)
 * - `duplicate`: two files for the same document (same kind, issuer, number, compatible dates)
 * - `body`: a full document without text, or a referenced stub with text
 * - `rawHtml`: HTML tags in a body
 * - `nfc`: text not in Unicode NFC (decomposed Vietnamese), or not UTF-8
 * - `futureDate`: an issue date too far in the future to be true
 * - `award`: an award rule: a class or recipient type the award form does not have, an issuer without
 *   the authority to confer the form on that day, an issuer that no longer existed
 * - `holidays`: a holiday list (`content/holidays/<year>.json`) that is wrong or missing for an open
 *   consultation
 * - `mdx`: a story (content/exemplars/) that is not safe MDX: import, export, `{expressions}`, a
 *   component outside the allowlist, HTML, a photo without caption or description (checkExemplars)
 * - `image`: a photo file that is missing or too large
 * - `placeholder`: a "CẦN ĐIỀN" left by `npm run new` in a published file
 * - `personalData`: personal data in a story's text
 */
export type ProblemCheck =
  | 'folder'
  | 'parse'
  | 'schema'
  | 'unknownField'
  | 'reference'
  | 'selfReference'
  | 'cycle'
  | 'fileName'
  | 'duplicate'
  | 'body'
  | 'rawHtml'
  | 'nfc'
  | 'futureDate'
  | 'award'
  | 'holidays'
  | 'mdx'
  | 'image'
  | 'placeholder'
  | 'personalData';

/**
 * One thing wrong with the content, written for the editor who has to fix it.
 *
 * Example: `{ file: 'content/documents/ke-hoach-42-kh-du-….md', field: 'implements.0',
 * message: 'no document "chi-thi-41-ct-tw-bo-chinh-tri-2024-12-25". Nearest: chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26',
 * vi: 'Lỗi: không có văn bản "chi-thi-41-ct-tw-bo-chinh-tri-2024-12-25".',
 * fix: 'correct the id or add content/documents/chi-thi-41-ct-tw-bo-chinh-tri-2024-12-25.md', check: 'reference' }`
 */
export interface Problem {
  /** The file to open, relative to the repository (POSIX separators): `content/documents/x.md`. */
  readonly file: string;
  /**
   * The field, as a dotted path into the front matter or JSON (`implements.0`, `signatory.name`);
   * `body` for the text below the front matter; `front matter` / `file` for the file as a whole.
   */
  readonly field: string;
  /** 1-based line in the file, when the problem sits on one line. */
  readonly line?: number;
  /** What is wrong, in English an editor understands. */
  readonly message: string;
  /** The same, in one Vietnamese line starting with "Lỗi:". */
  readonly vi: string;
  /** How to fix it. */
  readonly fix: string;
  readonly check: ProblemCheck;
}

/** How many entries a validation pass read (drafts are counted apart: they are never published). */
export interface EntryCounts {
  readonly documents: number;
  readonly organizations: number;
  /** Rows of the award catalogue (`content/award-forms/`). */
  readonly awardForms: number;
  /** Award decisions and proposed lists (`content/award-decisions/`). */
  readonly awardDecisions: number;
  /** Exemplar stories (`content/exemplars/`); absent where a caller does not count them. */
  readonly exemplars?: number;
  /** Emulation movements (`content/movements/`); absent where a caller does not count them. */
  readonly movements?: number;
  /** Files whose name (or a folder on whose path) starts with `_`: skipped like the Astro loader does. */
  readonly drafts: number;
}

/** The outcome of a validation pass: every problem found (sorted by file, line, field) and what was read. */
export interface ValidationResult {
  readonly problems: readonly Problem[];
  readonly counts: EntryCounts;
}

/** Orders problems by file, then line, then field, so reports are stable from run to run. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const lineA = a.line ?? 0;
  const lineB = b.line ?? 0;
  if (lineA !== lineB) return lineA - lineB;
  if (a.field !== b.field) return a.field < b.field ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
