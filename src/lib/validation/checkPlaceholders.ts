import { placeholderIdMark, placeholderMark } from '../exemplars/exemplarTerms';
import type { ParsedEntry } from './parseSource';
import type { Problem } from './problem';

/** Every string of a value with its dotted path. */
function strings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  const join = (key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);
  if (Array.isArray(value)) return value.flatMap((item: unknown, i) => strings(item, join(i)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, join(key)));
  }
  return [];
}

const hasMark = (text: string): boolean =>
  text.toUpperCase().includes(placeholderMark) || text.toLowerCase().includes(placeholderIdMark);

/**
 * Values still to be filled in. `npm run new` writes drafts whose fields hold "CẦN ĐIỀN: …" (and ids
 * "can-dien-…"), valid in shape so that the draft can be checked, but not publishable: once the file is
 * published (its name no longer starts with `_`), every mark left is reported, by field and by line of
 * the body.
 *
 * @returns problems with `check: 'placeholder'`
 */
export function checkPlaceholders(entry: ParsedEntry): Problem[] {
  const problems: Problem[] = [];
  for (const { path, text } of strings(entry.data ?? {}, '')) {
    if (!hasMark(text)) continue;
    problems.push({
      file: entry.file,
      field: path,
      message: `${path} still holds the placeholder "${text.length > 60 ? `${text.slice(0, 59)}…` : text}".`,
      vi: `Lỗi: trường ${path} chưa được điền (còn chữ "${placeholderMark}").`,
      fix: `replace it with the real value (see the comment above the field and content/README.md).`,
      check: 'placeholder',
    });
  }
  (entry.body ?? '').split('\n').forEach((line, index) => {
    if (!hasMark(line)) return;
    const at = entry.bodyStartLine + index;
    problems.push({
      file: entry.file,
      field: 'body',
      line: at,
      message: `line ${at} still holds the placeholder "${placeholderMark}".`,
      vi: `Lỗi: dòng ${at} chưa được viết (còn chữ "${placeholderMark}").`,
      fix: 'write the text in place of the placeholder, or delete the line.',
      check: 'placeholder',
    });
  });
  return problems;
}
