import { normalizeText } from '../text/normalizeText';

/** One non-empty line of a plan's plain text, after clean-up. */
export interface SourceLine {
  /** The line without word-processor markup, trimmed, NFC. */
  readonly text: string;
  /** True when a blank line (or the start of the text) comes before it. */
  readonly blankBefore: boolean;
}

/**
 * A change the importer made to the text because the copy was damaged, shown to the editor:
 * - `dateSlashes`: "26/12//2024" → "26/12/2024" (seed 003);
 * - `pageBreak`: a paragraph split in two by a page break, joined again (seeds 000, 001, 002, 004);
 * - `strayQuote`: a closing quote left before a page break, dropped (seed 001 "văn hóa doanh”");
 * - `repeatedFragment`: the first letters of a word repeated after a page break, dropped (seed 001
 *   "ng nghiệp");
 * - `wrappedLines`: a PDF extraction that broke every line (seed 003), lines joined into paragraphs.
 */
export interface TextRepair {
  readonly kind: 'dateSlashes' | 'pageBreak' | 'strayQuote' | 'repeatedFragment' | 'wrappedLines';
  /** The text as it was (a short excerpt; `¶` marks a removed paragraph break). */
  readonly before: string;
  /** The text as stored. */
  readonly after: string;
}

/** The result of {@link prepareSourceText}. */
export interface PreparedText {
  readonly lines: SourceLine[];
  readonly repairs: TextRepair[];
}

/**
 * Removes the markup a word processor leaves when it saves Markdown (seed 002): heading marks
 * (`## `), bold and italic asterisks (`**KẾ HOẠCH**`, `“*Đoàn kết …*”`), backslash escapes, and the
 * trailing double space of a hard line break. A lone `*` line (the star under a Party header, seed 000)
 * becomes empty. Words and typographic quotes are kept.
 *
 * @param line one line of text
 * @returns the line without markup, trimmed
 */
export function stripWordProcessorMarkup(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/u, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/gu, '$1')
    .replace(/(?<!\s)\*+|\*+(?!\s)/gu, '')
    .replace(/(?<!\s)_{2,}|_{2,}(?!\s)/gu, '')
    .replace(/[ \t]+/gu, ' ')
    .trim();
}

/** Form feed and vertical tab: page breaks of a PDF extraction, read as line breaks. */
const pageBreakControls = /[\f\v]/gu;

/**
 * The other control characters (C0 but tab and line feed, DEL, C1) a PDF extraction or a damaged copy
 * leaves: invisible, and Markdown would turn a NUL into U+FFFD, which the validation pass reports as
 * a file not saved as UTF-8. Dropped.
 */
const otherControls = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;

/** A date whose last slash is doubled: "26/12//2024". */
const doubledSlashDate = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/{2,}\s*(\d{4})/gu;

/**
 * Cleans a plan's plain text as it comes from a word processor or a PDF extraction and splits it into
 * lines: CRLF/CR → LF and NFD → NFC (`normalizeText`), control characters dropped (form feeds and
 * vertical tabs become line breaks), word-processor markup removed
 * ({@link stripWordProcessorMarkup}), leading and trailing spaces dropped, and dates with a doubled
 * slash repaired ("26/12//2024" → "26/12/2024", seed 003). Empty lines are dropped; each line records
 * whether a blank line came before it, which is where paragraphs may end.
 *
 * @param raw the file's text
 * @returns the lines and the repairs made
 */
export function prepareSourceText(raw: string): PreparedText {
  const repairs: TextRepair[] = [];
  const lines: SourceLine[] = [];
  let blankBefore = true;
  const clean = normalizeText(raw).replace(pageBreakControls, '\n').replace(otherControls, '');
  for (const rawLine of clean.split('\n')) {
    // NFC again once markup and control characters are gone: removing the "*" of "\u0301*\u0323"
    // leaves two combining marks out of canonical order, which the validation pass reports.
    const stripped = stripWordProcessorMarkup(rawLine).normalize('NFC');
    const text = stripped.replace(doubledSlashDate, (match, d: string, m: string, y: string) => {
      const after = `${d}/${m}/${y}`;
      repairs.push({ kind: 'dateSlashes', before: match, after });
      return after;
    });
    if (text === '') {
      blankBefore = true;
      continue;
    }
    lines.push({ text, blankBefore });
    blankBefore = false;
  }
  return { lines, repairs };
}
