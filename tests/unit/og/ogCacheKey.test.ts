/** Cache keys change when what decides the pixels changes, and only then. */
import { describe, expect, test } from 'vitest';
import { ogCacheKey, type OgCacheKeyInput } from '../../../src/lib/og/ogCacheKey';

const base: OgCacheKeyInput = {
  template: 'card@1',
  fontHash: 'f'.repeat(64),
  data: {
    kindLabel: 'Chỉ thị',
    title: 'Chỉ thị 41-CT/TW',
    meta: '26/12/2024',
    illustrative: false,
    cover: { credit: 'Ảnh: A', photo: 'a'.repeat(64) },
  },
};

const data = base.data as Record<string, unknown>;

describe('ogCacheKey', () => {
  test('is 64 hexadecimal characters', () => {
    expect(ogCacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  test('is the same for the same card', () => {
    expect(ogCacheKey({ ...base, data: structuredClone(data) })).toBe(ogCacheKey(base));
  });

  test('does not depend on the order of fields', () => {
    const reversed = Object.fromEntries(Object.entries(data).reverse());
    expect(ogCacheKey({ ...base, data: reversed })).toBe(ogCacheKey(base));
  });

  test('ignores fields left undefined', () => {
    expect(ogCacheKey({ ...base, data: { ...data, note: undefined } })).toBe(ogCacheKey(base));
  });

  test.each([
    ['the title', { ...data, title: 'Chỉ thị 42-CT/TW' }],
    ['a mark on a letter', { ...data, title: 'Chi thị 41-CT/TW' }],
    ['the date', { ...data, meta: '27/12/2024' }],
    ['the illustrative flag', { ...data, illustrative: true }],
    ['the photo', { ...data, cover: { credit: 'Ảnh: A', photo: 'b'.repeat(64) } }],
    ['the photo credit', { ...data, cover: { credit: 'Ảnh: B', photo: 'a'.repeat(64) } }],
    ['an added field', { ...data, note: 'Đã thu hồi' }],
  ])('changes with %s', (_what, changed) => {
    expect(ogCacheKey({ ...base, data: changed })).not.toBe(ogCacheKey(base));
  });

  test('changes with the fonts', () => {
    expect(ogCacheKey({ ...base, fontHash: 'e'.repeat(64) })).not.toBe(ogCacheKey(base));
  });

  test('changes with the template version', () => {
    expect(ogCacheKey({ ...base, template: 'card@2' })).not.toBe(ogCacheKey(base));
  });

  test('tells a card from a poster with the same data', () => {
    expect(ogCacheKey({ ...base, template: 'poster@1' })).not.toBe(ogCacheKey(base));
  });
});
