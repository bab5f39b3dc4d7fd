/** Choosing a font size and lines for a text in a box, from text length and box size alone. */
import { describe, expect, test } from 'vitest';
import {
  fitText,
  fittedHeight,
  inkInset,
  wrapLines,
  type FitTextOptions,
} from '../../../src/lib/og/fitText';
import { textWidthEm } from '../../../src/lib/og/textWidthEm';
import { longName, longTitle } from './worstCases';

/** The title box of a card without a photo or ribbon, roughly. */
const titleBox: FitTextOptions = {
  width: 1072,
  height: 330,
  maxFontSize: 64,
  minFontSize: 34,
  lineHeight: 1.2,
  maxLines: 6,
  weight: 'bold',
};

const everyLineFits = (fit: ReturnType<typeof fitText>, width: number): boolean =>
  fit.lines.every((line) => textWidthEm(line, 'bold') * fit.fontSize <= width);

describe('fitText', () => {
  test('a short title keeps the largest size on one line', () => {
    const fit = fitText('Chỉ thị 41-CT/TW', titleBox);
    expect(fit).toMatchObject({ fontSize: 64, lineHeight: 77, truncated: false });
    expect(fit.lines).toEqual(['Chỉ thị 41-CT/TW']);
  });

  test('a longer title gets a smaller size, never a larger one', () => {
    const sizes = [40, 120, 200, 280].map((n) => fitText(longTitle.slice(0, n), titleBox).fontSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThan(sizes[3] ?? 0);
  });

  test(`a ${String(longTitle.length)}-character title is shortened with "…" at the smallest size`, () => {
    const fit = fitText(longTitle, titleBox);
    expect(fit.truncated).toBe(true);
    expect(fit.fontSize).toBe(34);
    expect(fit.text.endsWith('…')).toBe(true);
    expect(longTitle.startsWith(fit.text.slice(0, -1))).toBe(true);
  });

  test('the shortened title is cut at a word, not inside one', () => {
    const fit = fitText(longTitle, titleBox);
    const kept = fit.text.slice(0, -1);
    expect(longTitle.charAt(kept.length)).toMatch(/[\s,]/u);
  });

  test('every line of the 400-character title fits the width, and the lines fit the height', () => {
    const fit = fitText(longTitle, titleBox);
    expect(everyLineFits(fit, titleBox.width)).toBe(true);
    expect(fittedHeight(fit)).toBeLessThanOrEqual(titleBox.height);
    expect(fit.lines.length).toBeLessThanOrEqual(6);
  });

  test('a very long unbroken name is broken between letters, each line within the width', () => {
    const fit = fitText(longName, { ...titleBox, height: 3 * 77, maxLines: 3 });
    expect(fit.lines.length).toBeGreaterThan(1);
    expect(everyLineFits(fit, titleBox.width)).toBe(true);
    expect(fittedHeight(fit)).toBeLessThanOrEqual(3 * 77);
  });

  test('a very long unbroken name that cannot fit is cut between letters with "…"', () => {
    const fit = fitText(longName, { ...titleBox, height: 2 * 41 + 12, maxLines: 2 });
    expect(fit.truncated).toBe(true);
    expect(fit.text.endsWith('…')).toBe(true);
    expect(fit.lines).toHaveLength(2);
    expect(everyLineFits(fit, titleBox.width)).toBe(true);
  });

  test('NFD input gives the same setting as NFC, and NFC text', () => {
    const title = 'Kế hoạch tổ chức phong trào thi đua “Cả nước chung tay vì người nghèo”';
    const nfd = fitText(title.normalize('NFD'), titleBox);
    expect(nfd).toEqual(fitText(title, titleBox));
    expect(nfd.text).toBe(title.normalize('NFC'));
  });

  test('runs of spaces and line breaks count as one space', () => {
    expect(fitText('  Kế   hoạch\n\tsố 42 ', titleBox).text).toBe('Kế hoạch số 42');
  });

  test('maxLines limits the lines even when the height allows more', () => {
    const fit = fitText(longTitle, { ...titleBox, height: 1000, maxLines: 2 });
    expect(fit.lines.length).toBeLessThanOrEqual(2);
  });

  test('line heights are whole pixels', () => {
    expect(
      fitText('Quyết định', { ...titleBox, maxFontSize: 33, minFontSize: 33 }).lineHeight,
    ).toBe(40);
  });

  test('a box too small for one line at the smallest size is a template error', () => {
    expect(() => fitText('Kế hoạch', { ...titleBox, height: 20 })).toThrow(RangeError);
  });
});

describe('inkInset', () => {
  test('keeps room above the first line for stacked marks (Ẳ rises 0.22 em above the ascender), plus a pixel', () => {
    expect(inkInset(100, 1.2, 'bold').top).toBe(27);
    expect(inkInset(100, 1.2, 'regular').top).toBe(25);
  });

  test('needs less room above when the lines are farther apart', () => {
    expect(inkInset(100, 1.45, 'regular').top).toBeLessThan(inkInset(100, 1.2, 'regular').top);
  });

  test('keeps room on the right for the horn of ư', () => {
    expect(inkInset(100, 1.2, 'bold').right).toBe(7);
  });

  test('needs no room below when the line height covers the dot below', () => {
    expect(inkInset(100, 1.45, 'regular').bottom).toBe(0);
  });
});

describe('wrapLines', () => {
  test('breaks at spaces, greedily', () => {
    const line = 'Kế hoạch số 42';
    const maxEm = textWidthEm(line, 'regular') + 0.01;
    expect(wrapLines(`${line} ${line}`, maxEm, 'regular')).toEqual([line, line]);
  });

  test('keeps letters with their marks when breaking a word (NFC graphemes)', () => {
    const lines = wrapLines('ỄỄỄỄỄỄỄỄỄỄ', 2, 'bold');
    expect(lines.join('')).toBe('ỄỄỄỄỄỄỄỄỄỄ');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => /^Ễ+$/u.test(l))).toBe(true);
  });
});
