/**
 * The search page's side of incremental indexing (src/lib/search/applySearchChanges.ts): results and
 * filter counts without the base's superseded pages, so a rebuilt site's search finds and counts what
 * a build from nothing would.
 */
import { describe, expect, test } from 'vitest';
import {
  addSuperseded,
  allSupersededFilters,
  countsWithout,
  readSearchChanges,
  supersededAmong,
  type SupersededPages,
} from '../../../src/lib/search/applySearchChanges';

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

/** Gia Lai's site replaced its plan vi_plan1; the portal's own index removed decision vi_dec1. */
function collected(): SupersededPages {
  const superseded: SupersededPages = new Map();
  addSuperseded(
    superseded,
    'https://gialai.example.vn',
    { delta: true, superseded: { vi_plan1: { kind: ['Kế hoạch'], year: ['2025'] } } },
    { site: ['Gia Lai'] },
  );
  addSuperseded(superseded, '', {
    delta: false,
    superseded: { vi_dec1: { kind: ['Quyết định'], year: ['2019'] } },
  });
  return superseded;
}

describe('supersededAmong', () => {
  test('finds the old entry of an edited plan among the results', async () => {
    const results = [
      { id: 'vi_plan2', site: 'https://gialai.example.vn' },
      { id: 'vi_plan1', site: 'https://gialai.example.vn' },
      { id: 'vi_dir1', site: '' },
    ];
    const hits = await supersededAmong(results, collected(), (r) => Promise.resolve(r.site));
    expect(hits).toEqual([
      { result: results[1], filters: { kind: ['Kế hoạch'], year: ['2025'], site: ['Gia Lai'] } },
    ]);
  });

  test('keeps a page of another site that happens to have the same id', async () => {
    const results = [{ id: 'vi_plan1', site: 'https://lamdong.example.vn' }];
    expect(await supersededAmong(results, collected(), (r) => Promise.resolve(r.site))).toEqual([]);
  });

  test('looks up the index only of results whose id is listed', async () => {
    const asked: string[] = [];
    const results = [{ id: 'vi_a' }, { id: 'vi_dec1' }];
    await supersededAmong(results, collected(), (r) => {
      asked.push(r.id);
      return Promise.resolve('');
    });
    expect(asked).toEqual(['vi_dec1']);
  });
});

describe('countsWithout', () => {
  const counts = {
    kind: { 'Kế hoạch': 5, 'Quyết định': 1 },
    year: { '2025': 3, '2019': 1 },
  };

  test('over every page: each superseded page is taken off its values; a value left empty goes', () => {
    expect(countsWithout(counts, allSupersededFilters(collected()))).toEqual({
      kind: { 'Kế hoạch': 4 },
      year: { '2025': 2 },
    });
  });

  test("over a search's results: only the pages given are taken off", () => {
    expect(countsWithout(counts, [{ kind: ['Kế hoạch'], year: ['2025'] }])).toEqual({
      kind: { 'Kế hoạch': 4, 'Quyết định': 1 },
      year: { '2025': 2, '2019': 1 },
    });
  });

  test('leaves the counts it was given unchanged', () => {
    const before = JSON.stringify(counts);
    countsWithout(counts, allSupersededFilters(collected()));
    expect(JSON.stringify(counts)).toBe(before);
  });
});
