import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { CollectionName } from '../../schemas/shared/idReference';
import type { SourceFile } from './contentSources';
import type { Problem } from './problem';

/** A content file after parsing, whether or not its data is valid. */
export interface ParsedEntry {
  readonly collection: CollectionName;
  readonly id: string;
  readonly file: string;
  /**
   * The front matter (documents) or JSON (organizations) as written, with YAML dates turned back into
   * the text the editor wrote (see {@link restoreYamlDates}); null when the file cannot be parsed or is
   * not an object.
   */
  readonly data: Record<string, unknown> | null;
  /** The Markdown below the front matter (documents only; null for organizations). */
  readonly body: string | null;
  /** 1-based line of the file on which `body` starts, to report body problems by line. */
  readonly bodyStartLine: number;
}

/** The result of {@link parseSource}: the entry and, when it could not be read, why. */
export interface ParseOutcome {
  readonly entry: ParsedEntry;
  readonly problems: readonly Problem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * Parses one content file the way the Astro loader does: YAML front matter + Markdown body for
 * documents (gray-matter, i.e. js-yaml), JSON for organizations.
 *
 * YAML reads an unquoted `2025-02-31` as a timestamp and rolls it over to 3 March without a word;
 * {@link restoreYamlDates} puts the written text back so the schema can reject it.
 *
 * Never throws: an unreadable file gives `data: null` and a `parse` problem with the line when known.
 */
export function parseSource(source: SourceFile): ParseOutcome {
  return source.collection === 'documents' || source.collection === 'exemplars'
    ? parseMarkdown(source)
    : parseJson(source);
}

function parseMarkdown(source: SourceFile): ParseOutcome {
  const base = { collection: source.collection, id: source.id, file: source.file };
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(source.text)) {
    return {
      entry: { ...base, data: null, body: source.text, bodyStartLine: 1 },
      problems: [
        {
          file: source.file,
          field: 'front matter',
          line: 1,
          message:
            'the file does not start with front matter (a block of "field: value" lines between two "---" lines).',
          vi: 'Lỗi: tệp không có phần đầu YAML giữa hai dòng "---".',
          fix: 'start the file with a line "---", the fields (status, kind, number, issuer, issued, title …), and another line "---"; see content/README.md.',
          check: 'parse',
        },
      ],
    };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would share parsed objects between calls.
    parsed = matter(source.text, { language: 'yaml' });
  } catch (error) {
    const { line, reason } = yamlErrorPosition(error);
    return {
      entry: { ...base, data: null, body: bodyAfterFrontMatter(source.text), bodyStartLine: 1 },
      problems: [
        {
          file: source.file,
          field: 'front matter',
          ...(line === undefined ? {} : { line }),
          message: `the YAML front matter cannot be read${line === undefined ? '' : ` at line ${line}`}: ${reason}.`,
          vi: `Lỗi: không đọc được phần đầu YAML${line === undefined ? '' : ` ở dòng ${line}`}.`,
          fix: 'correct the YAML between the two "---" lines: one "field: value" per line, quote values that contain ": " or start with a special character, indent list items with "- ".',
          check: 'parse',
        },
      ],
    };
  }
  const body = parsed.content;
  const offset = source.text.endsWith(body) ? source.text.length - body.length : 0;
  const bodyStartLine = countLines(source.text.slice(0, offset)) + 1;
  const data = restoreYamlDates(parsed.data, parsed.matter);
  if (!isRecord(data)) {
    return {
      entry: { ...base, data: null, body, bodyStartLine },
      problems: [notAnObject(source.file, 'front matter', 'Phần đầu YAML')],
    };
  }
  return { entry: { ...base, data, body, bodyStartLine }, problems: [] };
}

function parseJson(source: SourceFile): ParseOutcome {
  const base = { collection: source.collection, id: source.id, file: source.file, body: null };
  let value: unknown;
  try {
    value = JSON.parse(source.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const line = jsonErrorLine(reason, source.text);
    return {
      entry: { ...base, data: null, bodyStartLine: 1 },
      problems: [
        {
          file: source.file,
          field: 'file',
          ...(line === undefined ? {} : { line }),
          message: `the JSON cannot be read${line === undefined ? '' : ` at line ${line}`}: ${reason}.`,
          vi: `Lỗi: không đọc được tệp JSON${line === undefined ? '' : ` ở dòng ${line}`}.`,
          fix: 'correct the JSON: names and texts in double quotes, a comma between fields but none after the last one, braces { } around the whole file.',
          check: 'parse',
        },
      ],
    };
  }
  if (!isRecord(value)) {
    return {
      entry: { ...base, data: null, bodyStartLine: 1 },
      problems: [notAnObject(source.file, 'file', 'Tệp JSON')],
    };
  }
  return { entry: { ...base, data: value, bodyStartLine: 1 }, problems: [] };
}

function notAnObject(file: string, field: string, what: string): Problem {
  return {
    file,
    field,
    message: `the ${field === 'file' ? 'JSON' : 'front matter'} must be a set of "field: value" pairs (an object), not a list or a single value.`,
    vi: `Lỗi: ${what} phải là các cặp "trường: giá trị".`,
    fix: 'write the fields as described in content/README.md, one "field: value" per line.',
    check: 'parse',
  };
}

/**
 * Replaces every `Date` that js-yaml made from front matter with the text the editor wrote, so that
 * dates are checked as written: `2025-12-05` stays `2025-12-05`, and `2025-02-31` (which js-yaml rolls
 * over to 2025-03-03) reaches the schema as `2025-02-31` and is reported. A valid date becomes its
 * `YYYY-MM-DD` text, exactly as the schema's own preprocessing would make it.
 *
 * @param value the data gray-matter returned
 * @param yamlText the front matter text it came from, re-read with the `yaml` package (YAML 1.2 core
 *   schema, which has no timestamps) to learn what was written
 */
export function restoreYamlDates(value: unknown, yamlText: string): unknown {
  if (!containsDate(value)) return value;
  let written: unknown;
  try {
    written = parseYaml(yamlText);
  } catch {
    written = undefined;
  }
  return replaceDates(value, written);
}

function containsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(containsDate);
  if (isRecord(value)) return Object.values(value).some(containsDate);
  return false;
}

function replaceDates(value: unknown, written: unknown): unknown {
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    if (typeof written !== 'string') return iso;
    const text = written.trim();
    // Keep the ISO day when it is what was written (a plain date, or a timestamp on that day).
    return text === iso || (text.length > 10 && text.slice(0, 10) === iso) ? iso : text;
  }
  if (Array.isArray(value)) {
    const list = Array.isArray(written) ? (written as unknown[]) : [];
    return value.map((item: unknown, index) => replaceDates(item, list[index]));
  }
  if (isRecord(value)) {
    const source = isRecord(written) ? written : {};
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaceDates(item, source[key])]),
    );
  }
  return value;
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}

function bodyAfterFrontMatter(text: string): string {
  const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match?.[1] ?? '';
}

/** Line (1-based, in the whole file) and reason of a js-yaml error thrown by gray-matter. */
function yamlErrorPosition(error: unknown): { line?: number; reason: string } {
  if (typeof error !== 'object' || error === null) return { reason: String(error) };
  const { mark, reason, message } = error as {
    mark?: { line?: number };
    reason?: string;
    message?: string;
  };
  const text = reason ?? message?.split('\n')[0] ?? 'unknown YAML error';
  // gray-matter hands js-yaml the text from the end of the opening "---" line, so mark line 0 is line 1.
  if (typeof mark?.line === 'number') return { line: mark.line + 1, reason: text };
  return { reason: text };
}

/** The 1-based line of a JSON.parse error, from "(line 3 column 1)" or "at position 42". */
function jsonErrorLine(reason: string, text: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(reason);
  if (line?.[1] !== undefined) return Number(line[1]);
  const position = /at position (\d+)/.exec(reason);
  if (position?.[1] !== undefined) return countLines(text.slice(0, Number(position[1]))) + 1;
  return undefined;
}
