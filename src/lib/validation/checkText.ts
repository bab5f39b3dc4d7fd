import type { ParsedEntry } from './parseSource';
import type { Problem } from './problem';

const nfcFix =
  'save the text as Unicode NFC (composed Vietnamese: "ế" as one character, not "e" + two accents): `npm run import` normalises imported text; to fix by hand, retype the word or use your editor\'s "normalize to NFC" command.';

/** The first words NFC would change (up to three, shown composed), for the message. */
function snippet(text: string): string {
  const index = text.search(/\p{M}/u);
  if (index < 0) return text.slice(0, 20);
  const start = text.lastIndexOf(' ', index) + 1;
  return text.slice(start).split(/\s+/).slice(0, 3).join(' ').normalize('NFC');
}

/** Every string of a value with its dotted path (keys are checked too, as `path (field name)`). */
function strings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item: unknown, i) => strings(item, join(path, i)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.normalize('NFC') === key
        ? []
        : [{ path: `${join(path, key)} (field name)`, text: key }]),
      ...strings(item, join(path, key)),
    ]);
  }
  return [];
}

const join = (path: string, key: string | number): string =>
  path === '' ? String(key) : `${path}.${key}`;

/**
 * Text must be Unicode NFC (composed), as `normalizeText` stores it: decomposed Vietnamese (NFD, common
 * from macOS and some PDF tools) looks the same but breaks search, sorting, ids and comparison. Checks
 * every string in the front matter or JSON (by field) and the body (first offending line). Also
 * reports U+FFFD, the mark a file that is not UTF-8 leaves when read.
 *
 * @returns problems with `check: 'nfc'`
 */
export function checkText(entry: ParsedEntry): Problem[] {
  const problems: Problem[] = [];
  if (entry.data !== null) {
    for (const { path, text } of strings(entry.data, '')) {
      if (text.includes('\uFFFD')) problems.push(notUtf8(entry, path));
      else if (text.normalize('NFC') !== text) {
        problems.push({
          file: entry.file,
          field: path,
          message: `${path} is not in Unicode NFC (decomposed Vietnamese) near "${snippet(text)}".`,
          vi: `Lỗi: ${path} không ở dạng Unicode dựng sẵn (NFC).`,
          fix: nfcFix,
          check: 'nfc',
        });
      }
    }
  }
  if (entry.body !== null) {
    const lines = entry.body.split('\n');
    const bad = lines.findIndex((line) => line.normalize('NFC') !== line);
    const count = lines.filter((line) => line.normalize('NFC') !== line).length;
    if (bad >= 0) {
      const line = entry.bodyStartLine + bad;
      problems.push({
        file: entry.file,
        field: 'body',
        line,
        message: `the text is not in Unicode NFC (decomposed Vietnamese) on line ${line} near "${snippet(lines[bad] ?? '')}"${count > 1 ? ` and on ${count - 1} more line${count > 2 ? 's' : ''}` : ''}.`,
        vi: `Lỗi: nội dung không ở dạng Unicode dựng sẵn (NFC), từ dòng ${line}.`,
        fix: nfcFix,
        check: 'nfc',
      });
    }
    const broken = lines.findIndex((line) => line.includes('\uFFFD'));
    if (broken >= 0)
      problems.push({ ...notUtf8(entry, 'body'), line: entry.bodyStartLine + broken });
  }
  return problems;
}

function notUtf8(entry: ParsedEntry, field: string): Problem {
  return {
    file: entry.file,
    field,
    message: `${field} contains "\uFFFD": the file was not saved as UTF-8, or a character was lost in copying.`,
    vi: `Lỗi: ${field} có ký tự hỏng; tệp không được lưu dạng UTF-8.`,
    fix: 'save the file as UTF-8 and retype the damaged characters from the original document.',
    check: 'nfc',
  };
}
