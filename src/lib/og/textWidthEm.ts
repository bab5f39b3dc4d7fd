import { advanceWidthChars, advanceWidths, type OgFontWeight } from './advanceWidths';

/** Width assumed for a character the table does not list, in ems: wider than any Latin letter. */
const unknownWidthEm = 1.05;

/**
 * How much wider than its base letter a letter with marks may be (ă, ơ, Ư are up to 3.5 % wider
 * than a, o, U in Be Vietnam Pro); every estimate is multiplied by this, so estimates err on the
 * wide side.
 */
export const widthSafetyFactor = 1.05;

/** Width in ems by character, for one weight. */
function table(widths: readonly number[]): ReadonlyMap<string, number> {
  return new Map(Array.from(advanceWidthChars, (ch, i) => [ch, (widths[i] ?? 0) / 1000]));
}

const tables: Readonly<Record<OgFontWeight, ReadonlyMap<string, number>>> = {
  regular: table(advanceWidths.regular),
  bold: table(advanceWidths.bold),
};

/**
 * The letter a Vietnamese letter is built on: "ệ" → "e", "Ữ" → "U"; đ and Đ stay (they do not
 * decompose).
 */
function baseLetter(ch: string): string {
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  return base === '' ? ch : base;
}

/**
 * The estimated width of `text` set in Be Vietnam Pro of `weight`, in ems (multiply by the font
 * size for pixels): the sum of the advance widths of its characters, each letter with marks
 * measured by its base letter, times {@link widthSafetyFactor}. Combining marks count nothing;
 * unknown characters 1.05 em. NFC and NFD input give the same width.
 */
export function textWidthEm(text: string, weight: OgFontWeight): number {
  const table = tables[weight];
  let width = 0;
  for (const ch of text.normalize('NFC')) {
    if (/\p{M}/u.test(ch)) continue;
    width += table.get(ch) ?? table.get(baseLetter(ch)) ?? unknownWidthEm;
  }
  return width * widthSafetyFactor;
}
