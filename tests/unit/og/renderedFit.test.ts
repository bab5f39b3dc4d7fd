/**
 * The estimate holds on the real renderer: each worst case, fitted to a template's box and rendered
 * by satori with the committed fonts, draws every glyph inside that box (no overflow, nothing
 * clipped).
 */
import { describe, expect, test } from 'vitest';
import type { OgFontWeight } from '../../../src/lib/og/advanceWidths';
import { fitText, type FitTextOptions } from '../../../src/lib/og/fitText';
import { h } from '../../../src/lib/og/ogElement';
import { fittedBlock } from '../../../src/lib/og/ogParts';
import { ogFontFamily } from '../../../src/lib/og/ogTheme';
import { renderSvg } from '../../../src/lib/og/render';
import { longName, longTitle, stackedMarks, wideLetters } from './worstCases';

/** The bounding box of every path in an SVG from satori (absolute M, L, Q, C commands), pixels. */
function inkBox(svg: string): { left: number; top: number; right: number; bottom: number } {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const [, d = ''] of svg.matchAll(/<path[^>]* d="([^"]*)"/g)) {
    const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const x = numbers[i] ?? 0;
      const y = numbers[i + 1] ?? 0;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return box;
}

/**
 * The text boxes of the templates: card title, card title beside a photo, poster name, summaries.
 */
const boxes: Record<string, FitTextOptions> = {
  'card title': {
    width: 1072,
    height: 330,
    maxFontSize: 64,
    minFontSize: 34,
    lineHeight: 1.2,
    maxLines: 6,
    weight: 'bold',
  },
  'exemplar card name': {
    width: 672,
    height: 130,
    maxFontSize: 48,
    minFontSize: 32,
    lineHeight: 1.2,
    maxLines: 2,
    weight: 'bold',
  },
  'card summary': {
    width: 672,
    height: 120,
    maxFontSize: 28,
    minFontSize: 20,
    lineHeight: 1.35,
    weight: 'regular',
  },
  'poster name': {
    width: 1024,
    height: 313,
    maxFontSize: 84,
    minFontSize: 48,
    lineHeight: 1.15,
    maxLines: 3,
    weight: 'bold',
  },
  'poster summary': {
    width: 1024,
    height: 300,
    maxFontSize: 46,
    minFontSize: 26,
    lineHeight: 1.45,
    weight: 'regular',
  },
};

const texts = { longTitle, longName, wideLetters, stackedMarks };

const cases = Object.entries(boxes).flatMap(([boxName, box]) =>
  Object.entries(texts).map(([textName, text]) => [boxName, textName, box, text] as const),
);

/** Padding around the box in the test image, pixels, so that overflow is drawn and measured. */
const margin = 200;

describe.each(cases)('%s with %s', (_box, _text, box, text) => {
  test('is drawn inside its box', async () => {
    const fit = fitText(text, box);
    const weight: OgFontWeight = box.weight;
    const block = fittedBlock(fit, box.width, weight, { color: '#000' }, 'title');
    const svg = await renderSvg(
      h(
        'div',
        {
          display: 'flex',
          padding: margin,
          fontFamily: ogFontFamily,
          width: box.width + 2 * margin,
          height: box.height + 2 * margin,
        },
        [h('div', { display: 'flex', width: box.width, height: box.height }, [block])],
      ),
      { width: box.width + 2 * margin, height: box.height + 2 * margin },
    );
    const ink = inkBox(svg);
    expect(ink.left).toBeGreaterThanOrEqual(margin - 0.5);
    expect(ink.right).toBeLessThanOrEqual(margin + box.width + 0.5);
    expect(ink.top).toBeGreaterThanOrEqual(margin - 0.5);
    expect(ink.bottom).toBeLessThanOrEqual(margin + box.height + 0.5);
  });
});
