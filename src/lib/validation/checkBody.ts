import type { ParsedEntry } from './parseSource';
import type { Problem } from './problem';

/**
 * Raw HTML as it would reach a page: an opening or closing tag (`<b>`, `<p class=…>`, `</div>`,
 * `<br/>`, `<script`) or a comment (`<!--`). Markdown autolinks (`<https://…>`) and text such as
 * "< 5%" are not tags.
 */
const htmlPattern =
  /<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)[^<>\n]{0,40}>?|<!--|<![A-Za-z]|<\?[A-Za-z]/gm;

/**
 * The raw HTML on each line of a text: 1-based line numbers (counted from `firstLine`) and the tags
 * found. Pure; used by {@link checkBody}.
 */
export function findRawHtml(text: string, firstLine = 1): { line: number; tags: string[] }[] {
  const found: { line: number; tags: string[] }[] = [];
  text.split('\n').forEach((line, index) => {
    const tags = [...line.matchAll(htmlPattern)].map((m) => m[0]);
    if (tags.length > 0) found.push({ line: firstLine + index, tags });
  });
  return found;
}

/**
 * Body rules for documents:
 * - a full document (`status: full`) holds the text, so its body must not be empty;
 * - a referenced stub holds none, so its body must be empty (text there would never be shown);
 * - no raw HTML: imported text must not carry markup into the page (`parsePlanBody` keeps text only,
 *   but an editor must see what would be dropped). Reported once per line, with the tags found.
 *
 * @returns problems with `check: 'body'` or `'rawHtml'`
 */
export function checkBody(entry: ParsedEntry): Problem[] {
  if (entry.collection !== 'documents' || entry.body === null) return [];
  const problems: Problem[] = [];
  const status = entry.data?.['status'];
  const empty = entry.body.trim() === '';
  if (status === 'full' && empty) {
    problems.push({
      file: entry.file,
      field: 'body',
      message:
        'a full document (status: full) must have its text below the front matter, and this one has none.',
      vi: 'Lỗi: văn bản đầy đủ (status: full) phải có nội dung sau phần đầu YAML.',
      fix: 'paste the text below the closing "---" (npm run import does this from a .txt copy), or set status: referenced if the site does not hold the text.',
      check: 'body',
    });
  }
  if (status === 'referenced' && !empty) {
    problems.push({
      file: entry.file,
      field: 'body',
      line: entry.bodyStartLine + leadingBlankLines(entry.body),
      message:
        'a referenced stub (status: referenced) must have no text below the front matter; it would never be shown.',
      vi: 'Lỗi: văn bản chỉ được trích dẫn (status: referenced) không được có nội dung.',
      fix: 'delete the text below the closing "---", or set status: full and fill in the fields of a full document.',
      check: 'body',
    });
  }
  for (const { line, tags } of findRawHtml(entry.body, entry.bodyStartLine)) {
    const shown = [...new Set(tags)].join(' ');
    problems.push({
      file: entry.file,
      field: 'body',
      line,
      message: `raw HTML on line ${line} (${shown}): imported text must not carry HTML.`,
      vi: `Lỗi: dòng ${line} có mã HTML (${shown}).`,
      fix: 'remove the tag (write headings as "## I. …", lists as "- …"), or, if "<" is meant as text, write it as &lt;.',
      check: 'rawHtml',
    });
  }
  return problems;
}

function leadingBlankLines(text: string): number {
  const match = /^(?:[ \t]*\n)*/.exec(text);
  return (match?.[0].match(/\n/g) ?? []).length;
}
