/**
 * The search page's side of incremental indexing (src/lib/search/applySearchChanges.ts): results and
 * filter counts without the base's superseded pages, so a rebuilt site's search finds and counts what
 * a build from nothing would.
 */
import { describe, expect, test } from 'vitest';
import {
  countsWithoutSuperseded,
  readSearchChanges,
  withoutSuperseded,
} from '../../../src/lib/search/applySearchChanges';

const superseded = new Map([
  ['vi_plan1', { kind: ['Kế hoạch'], year: ['2025'] }],
  ['vi_dec1', { kind: ['Quyết định'], year: ['2019'] }],
]);

describe('readSearchChanges', () => {
  test('reads the file the build writes', () => {
    const changes = { delta: true, superseded: { vi_plan1: { kind: ['Kế hoạch'] } } };
    expect(readSearchChanges(JSON.parse(JSON.stringify(changes)))).toEqual(changes);
    expect(readSearchChanges({ delta: false, superseded: {} })).toEqual({
      delta: false,
      superseded: {},
    });
  });

  test('refuses anything else, so the page does not act on a broken file', () => {
    expect(() => readSearchChanges(null)).toThrow(/changes.json/);
    expect(() => readSearchChanges({ delta: 'yes', superseded: {} })).toThrow(/changes.json/);
    expect(() => readSearchChanges({ delta: true, superseded: { a: { kind: 'x' } } })).toThrow(
      /superseded page a/,
    );
  });
});

describe('withoutSuperseded', () => {
  test('leaves the old entry of an edited plan out and keeps the order of the rest', () => {
    const results = [{ id: 'vi_plan2' }, { id: 'vi_plan1' }, { id: 'vi_dir1' }];
    expect(withoutSuperseded(results, superseded)).toEqual([{ id: 'vi_plan2' }, { id: 'vi_dir1' }]);
  });
});

describe('countsWithoutSuperseded', () => {
  const counts = {
    kind: { 'Kế hoạch': 5, 'Quyết định': 1 },
    year: { '2025': 3, '2019': 1 },
  };

  test('over every page: each superseded page is taken off its values; a value left empty goes', () => {
    expect(countsWithoutSuperseded(counts, superseded)).toEqual({
      kind: { 'Kế hoạch': 4 },
      year: { '2025': 2 },
    });
  });

  test("over a search's results: only the superseded pages among them are taken off", () => {
    expect(countsWithoutSuperseded(counts, superseded, new Set(['vi_plan1', 'vi_x']))).toEqual({
      kind: { 'Kế hoạch': 4, 'Quyết định': 1 },
      year: { '2025': 2, '2019': 1 },
    });
  });

  test('leaves the counts it was given unchanged', () => {
    const before = JSON.stringify(counts);
    countsWithoutSuperseded(counts, superseded);
    expect(JSON.stringify(counts)).toBe(before);
  });
});
