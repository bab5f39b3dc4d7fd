/**
 * Hostile inputs for the property tests (GitHub issue 6): text an editor's word processor, a PDF
 * extraction, a copy from a web page or a malicious contributor could put into content or a plan.
 *
 * - every Vietnamese letter, lower and upper case, with every tone, in NFC and in NFD; đ and Đ;
 * - lone combining marks (a tone with no letter under it);
 * - C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F), zero-width characters, bidi
 *   controls, the BOM, non-breaking and other spaces, line and paragraph separators;
 * - lone surrogates (half of a UTF-16 pair, not valid Unicode) and characters outside the BMP;
 * - markup and metacharacters: HTML and `<script>`, MDX `{expressions}` and imports, `---` front matter
 *   fences, YAML and JSON syntax, Markdown markers, `../` paths;
 * - look-alikes of real values: numbers as strings, impossible dates (31/02/2025, 2025-02-31),
 *   document numbers, plan headings;
 * - text without any letter or digit, from which no id can be made;
 * - very long strings.
 *
 * Module-level constants are plain arrays, so tests can also loop over them as regression examples.
 */
import fc from 'fast-check';

/**
 * The number of runs of a property: `base`, times `PROPERTY_RUNS_FACTOR` when set (e.g.
 * `PROPERTY_RUNS_FACTOR=20 npx vitest run --project unit tests/unit/property` for a long search).
 */
export const numRuns = (base: number): number => Math.max(1, Math.round(base * runsFactor()));

/** The time a property test may take: generous, because other test files share the cores. */
export const propertyTimeout = (): number => 60_000 * Math.max(1, runsFactor());

function runsFactor(): number {
  const factor = Number(process.env['PROPERTY_RUNS_FACTOR'] ?? 1);
  return Number.isFinite(factor) && factor > 0 ? factor : 1;
}

/** The 12 Vietnamese vowels (a ă â e ê i o ô ơ u ư y) as base letter + vowel mark, decomposed. */
const vowelBases = [
  'a',
  'a\u0306',
  'a\u0302',
  'e',
  'e\u0302',
  'i',
  'o',
  'o\u0302',
  'o\u031B',
  'u',
  'u\u031B',
  'y',
] as const;

/** No tone, huyền, sắc, hỏi, ngã, nặng. */
const toneMarks = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

const consonants = 'bcdghklmnpqrstvx'.split('');

/** Every Vietnamese vowel with every tone (72 × lower/upper), composed (NFC). */
export const vietnameseVowelsNfc: readonly string[] = vowelBases.flatMap((base) =>
  toneMarks.flatMap((tone) => {
    const lower = `${base}${tone}`.normalize('NFC');
    return [lower, lower.toUpperCase().normalize('NFC')];
  }),
);

/** The same letters decomposed (NFD): base letter followed by combining marks. */
export const vietnameseVowelsNfd: readonly string[] = vietnameseVowelsNfc.map((letter) =>
  letter.normalize('NFD'),
);

/** Every letter of the Vietnamese alphabet in both forms, with đ/Đ and the consonants. */
export const vietnameseLetters: readonly string[] = [
  ...vietnameseVowelsNfc,
  ...vietnameseVowelsNfd,
  'đ',
  'Đ',
  ...consonants,
  ...consonants.map((c) => c.toUpperCase()),
];

/** Combining marks with no letter before them (the tones and vowel marks of Vietnamese). */
export const loneCombiningMarks: readonly string[] = [
  '\u0300',
  '\u0301',
  '\u0302',
  '\u0303',
  '\u0306',
  '\u0309',
  '\u031B',
  '\u0323',
];

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

/** C0 controls U+0000–U+001F (tab, newline, carriage return among them), DEL and C1 U+0080–U+009F. */
export const controlCharacters: readonly string[] = [...range(0x00, 0x1f), ...range(0x7f, 0x9f)];

/**
 * Invisible and direction-changing characters: zero-width space/joiners, word joiner, BOM, soft
 * hyphen, bidi embeddings, overrides and isolates, Arabic letter mark, and unusual spaces and breaks.
 */
export const invisibleCharacters: readonly string[] = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u061C',
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
  '\u00A0',
  '\u2007',
  '\u202F',
  '\u3000',
  '\u2028',
  '\u2029',
  '\u0085',
];

/** Halves of UTF-16 surrogate pairs, alone (not valid Unicode; JSON and YAML may still carry them). */
export const loneSurrogates: readonly string[] = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

/** Characters outside the BMP (two UTF-16 units each) and other non-Vietnamese scripts. */
export const otherCharacters: readonly string[] = [
  '😀',
  '𝕏',
  '👨‍👩‍👧',
  '漢',
  'ß',
  'İ',
  'ﬁ',
  'Å',
  '∕',
  '／',
];

/**
 * Names of the members every JavaScript object has: as a value looked up in a table (`status`,
 * `kind`) or as a field name, they find `Object.prototype` instead of nothing.
 */
export const prototypeNames: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

/**
 * Markup, metacharacters and look-alike values, as whole tokens: what breaks a parser when pasted in.
 */
export const hostileTokens: readonly string[] = [
  // HTML and MDX.
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</textarea>',
  '<!-- comment -->',
  '<div>',
  '{expr}',
  '{props.x}',
  '{...spread}',
  '{/* */}',
  'import x from "y"',
  'export const a = 1',
  '<Figure src="../x.jpg" />',
  '&amp;',
  '&#0;',
  // Front matter and YAML.
  '---',
  '---\n',
  '\n---\n',
  '...',
  ': ',
  '- ',
  '? ',
  '#',
  '&anchor',
  '*alias',
  '!!js/function',
  '!!binary',
  '|',
  '>-',
  '%YAML 1.2',
  '<<: *a',
  '~',
  'null',
  'true',
  'no',
  'yes',
  'on',
  // JSON.
  '"',
  "'",
  '\\',
  '\\u0000',
  '\\ud800',
  '{}',
  '[]',
  '{"a":',
  ']',
  '}',
  ',',
  ...prototypeNames,
  // Markdown.
  '`',
  '```',
  '**',
  '_',
  '[x](javascript:alert(1))',
  '![](x)',
  '> ',
  '1. ',
  '1\\.',
  '* * *',
  '| a | b |',
  '    indented',
  // Paths and URLs.
  '../',
  '../../etc/passwd',
  '..\\..\\',
  './images/../../x.jpg',
  'https://example.com/x.jpg',
  'file:///etc/passwd',
  '%2e%2e%2f',
  'C:\\',
  // Numbers as strings.
  '0',
  '-0',
  '007',
  '-1',
  '1e309',
  '1e-7',
  'NaN',
  'Infinity',
  '0x1F',
  '9007199254740993',
  '2025',
  // Dates, real and impossible.
  '31/02/2025',
  '29/02/2025',
  '29/02/2024',
  '26/12//2024',
  '00/00/0000',
  '2025-02-31',
  '2025-13-01',
  '2025-00',
  '9999-99-99',
  '2025-12-05T10:00:00Z',
  'ngày 31 tháng 02 năm 2025',
  'ngày tháng năm 2025',
  'ngày  tháng 02 năm 2024',
  'quý I năm 2025',
  // Document numbers and plan structure.
  '42-KH/ĐU',
  '33/KH-UBND',
  '/KH-UBND',
  '98/2023/NĐ-CP',
  'Số: 42- KH/ĐU',
  'Số:',
  '-/',
  '/-',
  'KẾ HOẠCH',
  'Căn cứ',
  'Thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị',
  'Nơi nhận:',
  'TM. BAN THƯỜNG VỤ',
  'T/M',
  'I.',
  'IV –',
  '1.1.',
  'a)',
  'đ)',
  '- ',
  '\u2013 ',
  '“Dân vận khéo”',
  // Line ends and spaces.
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\t',
  ' ',
  '',
];

/** One hostile character of any of the families above. */
export const hostileCharacter: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...vietnameseLetters) },
  { weight: 1, arbitrary: fc.constantFrom(...loneCombiningMarks) },
  { weight: 1, arbitrary: fc.constantFrom(...controlCharacters) },
  { weight: 1, arbitrary: fc.constantFrom(...invisibleCharacters) },
  { weight: 1, arbitrary: fc.constantFrom(...loneSurrogates) },
  { weight: 1, arbitrary: fc.constantFrom(...otherCharacters) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '-', '/', '.', ':', ',', '(', ')', '0', '1', '9') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** One unit of hostile text: a character or a whole token. */
const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileCharacter },
  { weight: 1, arbitrary: fc.constantFrom(...hostileTokens) },
);

/**
 * A very long string (about 1,000–6,000 UTF-16 units; longer than any real field or line): a token or
 * character repeated, or a mixed run repeated.
 */
export const veryLongString: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.oneof(hostileUnit, fc.constantFrom('a', '1', 'Đảng ủy ')),
      fc.integer({ min: 1000, max: 6000 }),
    )
    .map(([unit, length]) => unit.repeat(Math.ceil(length / Math.max(unit.length, 1)))),
  fc
    .array(hostileUnit, { minLength: 10, maxLength: 40 })
    .chain((units) =>
      fc.integer({ min: 20, max: 150 }).map((times) => units.join('').repeat(times)),
    ),
);

/**
 * Text without a letter or a digit ("…", "---", "(*)", a lone tone mark): what `toSlug` cannot make an
 * id from, so any code that builds an id from text must expect it.
 */
export const letterlessString: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      '…',
      '-',
      '—',
      '*',
      '.',
      '/',
      '(',
      ')',
      '"',
      '“',
      '”',
      ' ',
      '#',
      '+',
      ...loneCombiningMarks,
      ...invisibleCharacters,
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/**
 * Hostile text: mostly short mixes of the units above, sometimes a single token, sometimes very long.
 * Shrinks towards short strings, so a failure is reported with a small counterexample.
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.array(hostileUnit, { maxLength: 24 }).map((units) => units.join('')),
  },
  { weight: 6, arbitrary: fc.constantFrom(...hostileTokens) },
  { weight: 2, arbitrary: letterlessString },
  { weight: 1, arbitrary: veryLongString },
);

/** A hostile text made to look like a real value around it: `prefix + hostile + suffix`. */
export const hostileAround = (value: string): fc.Arbitrary<string> =>
  fc
    .tuple(hostileString, fc.constantFrom('prefix', 'suffix', 'middle', 'replace'))
    .map(([hostile, where]) => {
      if (where === 'prefix') return `${hostile}${value}`;
      if (where === 'suffix') return `${value}${hostile}`;
      if (where === 'middle') {
        const at = Math.floor(value.length / 2);
        return `${value.slice(0, at)}${hostile}${value.slice(at)}`;
      }
      return hostile;
    });

/** Object keys that could confuse code that copies or indexes objects. */
const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...prototypeNames, 'status', 'kind', 'type', 'name', '', ' ', 'đ'),
  hostileString,
);

/**
 * Any JSON value (null, booleans, numbers including -0 and extremes, hostile strings, arrays and
 * objects with hostile keys, nested), as `JSON.parse` or a YAML reader could hand a schema.
 */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 2025, 1e308, -1, Number.MAX_SAFE_INTEGER + 2),
    hostileString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc
      .array(fc.tuple(hostileKey, tie('value')), { maxLength: 6 })
      .map((pairs) => JSON.parse(JSON.stringify(Object.fromEntries(pairs))) as unknown),
  ),
})).value;

/**
 * Values YAML front matter can produce beyond JSON: dates (valid and invalid), NaN, infinities,
 * undefined, and objects without a prototype.
 */
export const yamlOnlyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constant(new Date(Number.NaN)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined),
  fc.constant(Object.create(null) as unknown),
);

/** A hostile value of any kind for one field: JSON, YAML-only, or hostile text. */
export const hostileFieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 4, arbitrary: hostileJsonValue },
  { weight: 2, arbitrary: yamlOnlyValue },
  { weight: 1, arbitrary: fc.constantFrom(...prototypeNames) },
);

/** Plain text lines of a plan, with hostile lines mixed in. */
export const hostileLines: fc.Arbitrary<string> = fc
  .array(fc.oneof(hostileString, fc.constantFrom(...hostileTokens)), { maxLength: 30 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end)));

/** Inserts `insert` at `at` (taken modulo the text's length + 1). */
export const insertAt = (text: string, at: number, insert: string): string => {
  const index = at % (text.length + 1);
  return `${text.slice(0, index)}${insert}${text.slice(index)}`;
};

/** One edit of a file's lines: delete, duplicate, swap, insert a line, insert text in a line, cut. */
export type LineEdit =
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'duplicate'; readonly at: number }
  | { readonly op: 'swap'; readonly at: number; readonly with: number }
  | { readonly op: 'insertLine'; readonly at: number; readonly text: string }
  | { readonly op: 'insertText'; readonly at: number; readonly pos: number; readonly text: string }
  | { readonly op: 'cut'; readonly at: number };

export const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('insertLine' as const), at: fc.nat(), text: hostileString }),
  fc.record({
    op: fc.constant('insertText' as const),
    at: fc.nat(),
    pos: fc.nat(),
    text: hostileString,
  }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
);

/** Applies line edits in order; positions are taken modulo the current number of lines. */
export function applyLineEdits(text: string, edits: readonly LineEdit[]): string {
  let lines = text.split('\n');
  for (const edit of edits) {
    const at = edit.at % Math.max(lines.length, 1);
    switch (edit.op) {
      case 'delete':
        lines = [...lines.slice(0, at), ...lines.slice(at + 1)];
        break;
      case 'duplicate':
        lines = [...lines.slice(0, at + 1), ...lines.slice(at)];
        break;
      case 'swap': {
        const other = edit.with % Math.max(lines.length, 1);
        const copy = [...lines];
        copy[at] = lines[other] ?? '';
        copy[other] = lines[at] ?? '';
        lines = copy;
        break;
      }
      case 'insertLine':
        lines = [...lines.slice(0, at), edit.text, ...lines.slice(at)];
        break;
      case 'insertText':
        lines = lines.map((line, index) =>
          index === at ? insertAt(line, edit.pos, edit.text) : line,
        );
        break;
      case 'cut':
        lines = lines.slice(0, at);
        break;
    }
  }
  return lines.join('\n');
}
