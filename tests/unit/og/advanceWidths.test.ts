/**
 * The width table the text fitting relies on matches the committed fonts. When a font file changes,
 * this fails and prints the new lists to paste into src/lib/og/advanceWidths.ts.
 */
import { readFileSync } from 'node:fs';
import { create } from 'fontkitten';
import { describe, expect, test } from 'vitest';
import {
  advanceWidthChars,
  advanceWidths,
  fontMetrics,
  type OgFontMetrics,
} from '../../../src/lib/og/advanceWidths';
import { textWidthEm, widthSafetyFactor } from '../../../src/lib/og/textWidthEm';
import { vietnameseLetters } from './vietnameseGlyphs';

const files = {
  regular: 'src/assets/fonts/BeVietnamPro-Regular.ttf',
  bold: 'src/assets/fonts/BeVietnamPro-Bold.ttf',
} as const;

function open(file: string) {
  const font = create(readFileSync(file));
  if (!('glyphForCodePoint' in font)) throw new Error(`${file} is a font collection`);
  return font;
}

function measured(file: string): number[] {
  const font = open(file);
  return Array.from(advanceWidthChars, (ch) =>
    Math.round(
      (font.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth / font.unitsPerEm) * 1000,
    ),
  );
}

describe.each(Object.entries(files))('%s widths', (weight, file) => {
  test(`match ${file} (on failure, paste the received list into advanceWidths.${weight})`, () => {
    expect(advanceWidths[weight as keyof typeof files]).toEqual(measured(file));
  });
});

/** The metrics of a font over the Vietnamese letters and the width table's characters. */
function measuredMetrics(file: string): OgFontMetrics {
  const font = open(file);
  const scale = (v: number): number => Math.round((v / font.unitsPerEm) * 1000);
  const glyphs = [...vietnameseLetters, ...Array.from(advanceWidthChars)].map((ch) =>
    font.glyphForCodePoint(ch.codePointAt(0) ?? 0),
  );
  return {
    ascent: scale(font['OS/2'].typoAscender),
    descent: scale(-font['OS/2'].typoDescender),
    inkTop: scale(Math.max(...glyphs.map((g) => g.bbox.maxY))),
    inkBottom: scale(-Math.min(...glyphs.map((g) => g.bbox.minY))),
    inkRight: scale(Math.max(...glyphs.map((g) => g.bbox.maxX - g.advanceWidth))),
    inkLeft: scale(-Math.min(...glyphs.map((g) => g.bbox.minX))),
  };
}

describe.each(Object.entries(files))('%s metrics', (weight, file) => {
  test(`match ${file} (on failure, paste the received object into fontMetrics.${weight})`, () => {
    expect(fontMetrics[weight as keyof typeof files]).toEqual(measuredMetrics(file));
  });
});

describe('textWidthEm', () => {
  test('sums the advance widths of the characters, times the safety factor', () => {
    expect(textWidthEm('Hà', 'regular')).toBeCloseTo(((709 + 642) / 1000) * widthSafetyFactor, 6);
  });

  test('measures a letter with marks as its base letter', () => {
    expect(textWidthEm('Ữ', 'bold')).toBe(textWidthEm('U', 'bold'));
  });

  test('measures NFD as NFC', () => {
    const text = 'Nguyễn Thị Ánh Tuyết';
    expect(textWidthEm(text.normalize('NFD'), 'regular')).toBe(textWidthEm(text, 'regular'));
  });

  test('gives đ its own width', () => {
    expect(textWidthEm('đ', 'regular')).not.toBe(textWidthEm('d', 'regular'));
  });

  test('assumes a wide width for characters it does not know', () => {
    expect(textWidthEm('漢', 'regular')).toBeGreaterThan(textWidthEm('W', 'regular'));
  });
});
