/**
 * Incremental search indexing (src/lib/search/searchIndexChanges.ts): when a rebuild may reuse the
 * last full index with a small delta, which of the base's pages the search page must then leave out,
 * and reading Pagefind's own fragment files.
 */
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, test } from 'vitest';
import {
  deltaPageLimit,
  indexKey,
  keepDelta,
  planSearchIndex,
  readFragment,
  sameInDelta,
  supersededPages,
  type BaseManifest,
} from '../../../src/lib/search/searchIndexChanges';

const key = indexKey('1.6.0');
const plan = 'van-ban/ke-hoach-42/index.html';
const directive = 'van-ban/chi-thi-41/index.html';
const decision = 'khen-thuong/quyet-dinh-1/index.html';

const base: BaseManifest = {
  key,
  pages: {
    [plan]: { hash: 'h-plan', id: 'vi_plan1', filters: { kind: ['Kế hoạch'] } },
    [directive]: { hash: 'h-directive', id: 'vi_dir1', filters: { kind: ['Chỉ thị'] } },
    [decision]: { hash: 'h-decision', id: 'vi_dec1', filters: { kind: ['Quyết định'] } },
  },
};
const unchanged = new Map([
  [plan, 'h-plan'],
  [directive, 'h-directive'],
  [decision, 'h-decision'],
]);

describe('planSearchIndex', () => {
  test('the first build, and a build after Pagefind or the indexing changed, index everything', () => {
    expect(planSearchIndex(undefined, unchanged, key)).toEqual({
      kind: 'full',
      reason: 'no previous index',
    });
    expect(planSearchIndex(base, unchanged, indexKey('1.7.0'))).toEqual({
      kind: 'full',
      reason: 'made otherwise',
    });
  });

  test('with nothing changed the base is reused as it is', () => {
    expect(planSearchIndex(base, unchanged, key)).toEqual({
      kind: 'delta',
      changed: [],
      removed: [],
    });
  });

  test('an edited plan, a new page and a deleted decision go to the delta', () => {
    const pages = new Map([
      [plan, 'h-plan-edited'],
      [directive, 'h-directive'],
      ['van-ban/ke-hoach-43/index.html', 'h-new'],
    ]);
    expect(planSearchIndex(base, pages, key)).toEqual({
      kind: 'delta',
      changed: [plan, 'van-ban/ke-hoach-43/index.html'],
      removed: [decision],
    });
  });

  test('past the page limit everything is indexed again', () => {
    const many: BaseManifest = { key, pages: {} };
    const pages = new Map<string, string>();
    for (let i = 0; i < 3000; i++) {
      many.pages[`p${String(i)}/index.html`] = { hash: 'old', id: `vi_${String(i)}`, filters: {} };
      pages.set(`p${String(i)}/index.html`, i < deltaPageLimit ? 'new' : 'old');
    }
    expect(planSearchIndex(many, pages, key).kind).toBe('delta');
    pages.set('p2999/index.html', 'new');
    expect(planSearchIndex(many, pages, key)).toEqual({ kind: 'full', reason: 'too many changes' });
  });

  test('a delta is kept only while it adds at most 16 KB to a first search', () => {
    expect(keepDelta(5_600)).toBe(true);
    expect(keepDelta(16_000)).toBe(true);
    expect(keepDelta(37_000)).toBe(false);
  });
});

describe('superseded pages', () => {
  test('the base entries of re-indexed and removed pages are left out, with their filters', () => {
    const deltaIds = new Map([
      [plan, 'vi_plan2'],
      ['van-ban/ke-hoach-43/index.html', 'vi_new1'],
    ]);
    expect(supersededPages(base, [decision], deltaIds)).toEqual({
      vi_plan1: { kind: ['Kế hoạch'] },
      vi_dec1: { kind: ['Quyết định'] },
    });
  });

  test('a changed page whose entry came out as the base had it is found as unchanged', () => {
    const deltaIds = new Map([
      [plan, 'vi_plan2'],
      [directive, 'vi_dir1'],
    ]);
    expect(sameInDelta(base, deltaIds)).toEqual([directive]);
  });
});

describe('readFragment', () => {
  test('reads the URL and filters of a page from the fragment Pagefind writes', async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (index === undefined) throw new Error('Pagefind did not start');
    await index.addHTMLFile({
      url: '/van-ban/ke-hoach-42/',
      content:
        '<!doctype html><html lang="vi"><body><main data-pagefind-body>' +
        '<h1 data-pagefind-filter="kind">Kế hoạch</h1><p>Thi đua yêu nước.</p></main></body></html>',
    });
    const { files } = await index.getFiles();
    await pagefind.close();
    const fragments = files.filter((file) => file.path.startsWith('fragment/'));
    expect(fragments).toHaveLength(1);
    const text = gunzipSync(fragments[0]?.content ?? new Uint8Array()).toString('utf8');
    expect(readFragment(text)).toEqual({
      url: '/van-ban/ke-hoach-42/',
      filters: { kind: ['Kế hoạch'] },
    });
  }, 30_000);

  test('refuses a file that is not a Pagefind 1.6 fragment', () => {
    expect(() => readFragment('{"url":"/a/","filters":{}}')).toThrow(/not a Pagefind 1.6 fragment/);
    expect(() => readFragment('pagefind_dcd{"url":"/a/"}')).toThrow();
  });
});
