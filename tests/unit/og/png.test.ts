/** PNG sizes read from headers, and the flat placeholder of fast builds. */
import { describe, expect, test } from 'vitest';
import { placeholderPng } from '../../../src/lib/og/placeholderPng';
import { pngSize } from '../../../src/lib/og/pngSize';

describe('placeholderPng', () => {
  test.each([
    [1200, 630],
    [1240, 1754],
  ])('is a PNG of %i × %i pixels', (width, height) => {
    expect(pngSize(placeholderPng(width, height, [18, 53, 91]))).toEqual({ width, height });
  });

  test('is tiny: under 1 kB for a poster', () => {
    expect(placeholderPng(1240, 1754, [18, 53, 91]).length).toBeLessThan(1024);
  });

  test('is drawn in the given colour (a one-entry palette)', async () => {
    const { default: sharp } = await import('sharp');
    const { data } = await sharp(placeholderPng(4, 2, [18, 53, 91]))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([18, 53, 91]);
  });
});

describe('pngSize', () => {
  test('is null for bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<!doctype html><html></html>'))).toBeNull();
  });

  test('is null for a truncated PNG', () => {
    expect(pngSize(placeholderPng(10, 10, [0, 0, 0]).subarray(0, 20))).toBeNull();
  });
});
