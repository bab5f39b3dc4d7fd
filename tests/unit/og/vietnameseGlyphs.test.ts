/**
 * Every Vietnamese letter, in NFC and in NFD, is drawn by the committed fonts: present in each
 * font's character map, rendered by satori without asking for a fallback font, identical in NFC and
 * NFD, and different from every other letter. The last block proves the checks fail on a font
 * lacking "ệ".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ogFontFiles, type OgFont } from '../../../src/lib/og/render';
import { ogFontFamily } from '../../../src/lib/og/ogTheme';
import {
  lettersMissingFromCmap,
  renderProblems,
  subsetFont,
  vietnameseLetters,
} from './vietnameseGlyphs';

const fonts: OgFont[] = ogFontFiles.map(({ file, weight }) => ({
  name: ogFontFamily,
  data: readFileSync(file),
  weight,
  style: 'normal',
}));

describe('the Vietnamese alphabet under test', () => {
  test('has 146 letters: 12 vowels × 6 tones × 2 cases, and đ Đ', () => {
    expect(vietnameseLetters).toHaveLength(146);
    expect(new Set(vietnameseLetters).size).toBe(146);
  });

  test.each(['ệ', 'Ẩ', 'ư', 'Ơ', 'ặ', 'Ỹ', 'đ', 'Đ'])('includes %s', (letter) => {
    expect(vietnameseLetters).toContain(letter);
  });

  test('every letter decomposes in NFD except đ Đ and the plain vowels', () => {
    const composed = vietnameseLetters.filter((l) => l.normalize('NFD') !== l);
    expect(composed).toHaveLength(146 - 2 - 12);
  });
});

describe.each(ogFontFiles.map((f, i) => [f.file, fonts[i]] as const))('%s', (_file, font) => {
  test('has a glyph for every letter in its character map', () => {
    expect(lettersMissingFromCmap(font?.data ?? new Uint8Array(), vietnameseLetters)).toEqual([]);
  });

  test('draws every letter, NFC and NFD alike, each unlike any other, with no fallback', async () => {
    if (font === undefined) throw new Error('font not loaded');
    expect(await renderProblems(font, vietnameseLetters)).toEqual([]);
  });
});

describe('the checks fail on a font lacking a letter', () => {
  const regular = fonts[0];
  if (regular === undefined) throw new Error('font not loaded');
  const keep = vietnameseLetters.filter((l) => l !== 'ệ').join('');

  test('the character map check names ệ', async () => {
    const lacking = await subsetFont(regular.data, keep);
    expect(lettersMissingFromCmap(lacking, vietnameseLetters)).toEqual(['ệ']);
  });

  test('the rendering check names ệ, in NFC and in NFD', async () => {
    const lacking = await subsetFont(regular.data, keep);
    const problems = await renderProblems(
      { ...regular, data: Buffer.from(lacking) },
      vietnameseLetters,
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('ệ'))).toBe(true);
    expect(problems.some((p) => p.includes('(NFC U+1EC7): no glyph for "ệ"'))).toBe(true);
    expect(problems).toContain('ệ: NFD is drawn differently from NFC');
  });
});
