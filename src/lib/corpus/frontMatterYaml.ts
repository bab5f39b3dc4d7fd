/**
 * A fast writer of front matter in the exact layout the importer writes (`toYaml` in
 * src/lib/importer/serializeEntries.ts, the `yaml` package in YAML 1.1 mode): block mappings and
 * sequences indented by two spaces, sequences of mappings as `- key: value`, no line folding, dates
 * double-quoted, and double quotes (JSON escapes) for every string YAML 1.1 would read as something
 * else or could not read plain.
 *
 * Why not `toYaml` itself: it takes about 0.7 ms per plan, which is half a minute for a 50,000-plan
 * corpus; this writer handles only the shapes the corpus produces (strings, booleans, finite numbers,
 * arrays and plain objects; no empty arrays or objects, no `undefined`) in a few microseconds. A unit
 * test checks that both give the same bytes on a generated corpus.
 */

/** Keys whose string values are always double-quoted, as `toYaml` does (`issued: "2025-12-05"`). */
const dateKeys = new Set(['issued', 'date', 'validFrom', 'validTo', 'until']);

/** Plain scalars YAML 1.1 resolves to booleans or null. */
const yaml11Words =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;

/** Plain scalars YAML 1.1 resolves to numbers (int, float, base 2/8/16, sexagesimal) or timestamps. */
const yaml11Numeric =
  /^(?:[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]*|[1-9][0-9_]*(?::[0-5]?[0-9])*|(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*(?::[0-5]?[0-9])*\.[0-9_]*)|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?)$/;

/**
 * Whether a string must be quoted to be read back as the same string: empty, surrounding spaces, a
 * line break or control character, a leading indicator character, `: ` or ` #` inside, a trailing `:`,
 * or a YAML 1.1 boolean, null, number or timestamp.
 */
export function needsQuotes(text: string): boolean {
  return (
    text === '' ||
    text !== text.trim() ||
    /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/u.test(text) ||
    /^[-?:,[\]{}#&*!|>'"%@`]/u.test(text) ||
    text.includes(': ') ||
    text.includes(' #') ||
    text.endsWith(':') ||
    yaml11Words.test(text) ||
    yaml11Numeric.test(text)
  );
}

/**
 * A quoted scalar as the `yaml` package writes it: single quotes when the text holds a double quote but
 * no single quote and nothing that needs an escape, double quotes (JSON escapes) otherwise.
 */
const quote = (text: string): string =>
  text.includes('"') && !text.includes("'") && !/[\\\u0000-\u001f\u007f]/u.test(text)
    ? `'${text}'`
    : JSON.stringify(text);

const keyText = (name: string): string => (needsQuotes(name) ? quote(name) : name);

function scalar(value: unknown, key: string | undefined): string {
  if (typeof value === 'string' && /[\n\r]/u.test(value)) {
    throw new TypeError(
      `frontMatterYaml: a line break at "${key ?? '(item)'}"; the corpus writes one-line values only.`,
    );
  }
  if (typeof value === 'string') {
    return key !== undefined && dateKeys.has(key)
      ? quote(value)
      : needsQuotes(value)
        ? quote(value)
        : value;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new TypeError(`frontMatterYaml: cannot write ${typeof value} at "${key ?? '(item)'}".`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function writeMapping(
  data: Record<string, unknown>,
  indent: string,
  lines: string[],
  firstPrefix?: string,
): void {
  let first = true;
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const prefix = first && firstPrefix !== undefined ? firstPrefix : indent;
    first = false;
    if (Array.isArray(value)) {
      if (value.length === 0)
        throw new TypeError(`frontMatterYaml: empty list at "${name}"; leave the key out.`);
      lines.push(`${prefix}${keyText(name)}:`);
      writeSequence(value, `${indent}  `, lines, name);
    } else if (isRecord(value)) {
      lines.push(`${prefix}${keyText(name)}:`);
      writeMapping(value, `${indent}  `, lines);
    } else {
      lines.push(`${prefix}${keyText(name)}: ${scalar(value, name)}`);
    }
  }
}

function writeSequence(
  items: readonly unknown[],
  indent: string,
  lines: string[],
  key: string,
): void {
  for (const item of items) {
    if (isRecord(item)) writeMapping(item, `${indent}  `, lines, `${indent}- `);
    else if (Array.isArray(item)) throw new TypeError(`frontMatterYaml: nested list at "${key}".`);
    else lines.push(`${indent}- ${scalar(item, undefined)}`);
  }
}

/**
 * Front matter text for `data`, ending with a newline (without the `---` lines).
 *
 * @param data a plain object; keys are written in their order, `undefined` values are left out
 * @throws {TypeError} for a value the corpus never writes (empty list, nested list, function, NaN …)
 */
export function frontMatterYaml(data: Record<string, unknown>): string {
  const lines: string[] = [];
  writeMapping(data, '', lines);
  return `${lines.join('\n')}\n`;
}

/**
 * A Markdown or MDX file: `---`, the front matter, `---`, a blank line and the body (LF line ends, one
 * final newline), as `documentFileText` in src/lib/importer/serializeEntries.ts writes it.
 */
export function markdownFileText(data: Record<string, unknown>, body: string): string {
  return `---\n${frontMatterYaml(data)}---\n\n${body.replace(/\n*$/u, '\n')}`;
}

/** A JSON entry file: two-space indent, one final newline (as the shipped content is written). */
export function jsonFileText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
