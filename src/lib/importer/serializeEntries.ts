import { Document, isPair, isScalar, visit } from 'yaml';

/** Fields that hold dates: written as quoted strings so YAML never reads them as timestamps or numbers. */
const dateKeys = new Set(['issued', 'date', 'validFrom', 'validTo', 'until']);

/**
 * Writes front matter as YAML with the `yaml` package: keys in the order of `data` (the importer builds
 * them in schema order), no line folding, dates double-quoted (`issued: "2024-12-26"`, `"2025"`), and
 * every string that YAML 1.1 would read as something else quoted too.
 *
 * @param data plain data: strings, numbers, booleans, arrays and objects; undefined values omitted
 * @returns YAML text ending with a newline
 */
export function toYaml(data: Record<string, unknown>): string {
  // YAML 1.1 rules decide what to quote: Astro reads front matter with js-yaml (YAML 1.1), which would
  // take an unquoted "yes", "on" or "2024-12-26" for a boolean or a timestamp.
  const doc = new Document(data, { version: '1.1' });
  visit(doc, {
    Pair(_key, pair) {
      if (
        isPair(pair) &&
        isScalar(pair.key) &&
        dateKeys.has(String(pair.key.value)) &&
        isScalar(pair.value)
      ) {
        pair.value.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/**
 * The text of a document file: `---`, the YAML front matter, `---`, then the Markdown body (full
 * documents) or nothing (referenced stubs). LF line ends, one final newline.
 */
export function documentFileText(data: Record<string, unknown>, body?: string): string {
  const head = `---\n${toYaml(data)}---\n`;
  return body === undefined ? head : `${head}\n${body.replace(/\n*$/u, '\n')}`;
}

/** The text of an organization file: JSON, two-space indent, one final newline. */
export function organizationFileText(data: Record<string, unknown>): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
