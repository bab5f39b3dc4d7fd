/**
 * The Vietnamese alphabet's letters and two independent checks that a font draws every one of them:
 * its character map, and what satori actually renders. Shared by the glyph test and its own proof
 * that it fails on a font missing a letter.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { create } from 'fontkitten';
import { renderSvg, type OgFont } from '../../../src/lib/og/render';

/** The twelve vowels; each takes the six tones. */
const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** No tone, huyền, sắc, hỏi, ngã, nặng: combining marks (U+0300, 0301, 0309, 0303, 0323). */
const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/**
 * Every Vietnamese letter in NFC, lower and upper case: the 12 vowels × 6 tones (the 134 letters
 * with diacritics and the 12 plain vowels, đ Đ included in the 134) plus đ and Đ: 146 letters.
 */
export const vietnameseLetters: readonly string[] = [
  ...vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))),
  'đ',
].flatMap((letter) => [letter, letter.toLocaleUpperCase('vi')]);

/** "U+1EC7 ệ": a letter for messages. */
export function codePoints(text: string): string {
  return Array.from(text, (ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(
    ' ',
  );
}

/** The letters (NFC) the font's character map has no glyph for. */
export function lettersMissingFromCmap(font: Uint8Array, letters: readonly string[]): string[] {
  const parsed = create(Buffer.from(font));
  if (!('hasGlyphForCodePoint' in parsed))
    throw new Error('expected a single font, not a collection');
  return letters.filter(
    (letter) => letter.length !== 1 || !parsed.hasGlyphForCodePoint(letter.codePointAt(0) ?? 0),
  );
}

/** The glyph outlines of a rendered SVG: the `d` of every path, joined. */
function outlines(svg: string): string {
  return [...svg.matchAll(/<path[^>]* d="([^"]*)"/g)].map((m) => m[1]).join(' ');
}

/**
 * Renders each letter alone with satori, in NFC and in NFD, and reports in words every letter that
 * (a) made satori ask for another font (no glyph: `loadAdditionalAsset`), (b) drew nothing, (c)
 * drew differently in NFD than in NFC, or (d) drew the same outline as another letter (a letter
 * swapped for its neighbour, "Ẩ" drawn as "Â"). An empty list means every letter is drawn, and
 * drawn as itself.
 */
export async function renderProblems(font: OgFont, letters: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const letter of letters) {
    const drawn: Record<'NFC' | 'NFD', string> = { NFC: '', NFD: '' };
    for (const form of ['NFC', 'NFD'] as const) {
      const text = letter.normalize(form);
      const svg = await renderSvg(
        {
          type: 'div',
          props: {
            style: {
              display: 'flex',
              fontFamily: font.name,
              fontWeight: font.weight,
              fontSize: 64,
            },
            children: text,
          },
        },
        {
          width: 120,
          height: 100,
          fonts: [font],
          onMissingGlyphs: (segment) => {
            problems.push(`${letter} (${form} ${codePoints(text)}): no glyph for "${segment}"`);
          },
        },
      );
      drawn[form] = outlines(svg);
      if (drawn[form] === '')
        problems.push(`${letter} (${form} ${codePoints(text)}): nothing drawn`);
    }
    if (drawn.NFC !== drawn.NFD) problems.push(`${letter}: NFD is drawn differently from NFC`);
    const twin = seen.get(drawn.NFC);
    if (twin !== undefined && drawn.NFC !== '') {
      problems.push(`${letter}: drawn exactly like ${twin}`);
    }
    seen.set(drawn.NFC, letter);
  }
  return problems;
}

/**
 * A copy of `font` keeping only `keep` (and the space), made with HarfBuzz's subsetter (harfbuzzjs,
 * which satori itself depends on): the font "lacking a letter" that proves the checks can fail.
 */
export async function subsetFont(font: Uint8Array, keep: string): Promise<Uint8Array> {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('harfbuzzjs/hb-subset.wasm'));
  const { instance } = await WebAssembly.instantiate(wasm);
  // The subsetter's C API, as in harfbuzzjs/examples/hb-subset.example.node.js.
  const hb = instance.exports as Record<string, (...args: number[]) => number> & {
    memory: WebAssembly.Memory;
  };
  const pointer = hb['malloc']?.(font.byteLength) ?? 0;
  new Uint8Array(hb.memory.buffer).set(font, pointer);
  const call = (name: string, ...args: number[]): number => {
    const fn = hb[name];
    if (fn === undefined) throw new Error(`hb-subset.wasm has no ${name}`);
    return fn(...args);
  };
  const blob = call('hb_blob_create', pointer, font.byteLength, 2, 0, 0);
  const face = call('hb_face_create', blob, 0);
  call('hb_blob_destroy', blob);
  const input = call('hb_subset_input_create_or_fail');
  const unicodes = call('hb_subset_input_unicode_set', input);
  for (const ch of ` ${keep}`) call('hb_set_add', unicodes, ch.codePointAt(0) ?? 0);
  const subset = call('hb_subset_or_fail', face, input);
  call('hb_subset_input_destroy', input);
  const result = call('hb_face_reference_blob', subset);
  const offset = call('hb_blob_get_data', result, 0);
  const length = call('hb_blob_get_length', result);
  const bytes = new Uint8Array(hb.memory.buffer).slice(offset, offset + length);
  call('hb_blob_destroy', result);
  call('hb_face_destroy', subset);
  call('hb_face_destroy', face);
  call('free', pointer);
  if (length === 0) throw new Error('HarfBuzz could not subset the font');
  return bytes;
}
