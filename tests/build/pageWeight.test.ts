/**
 * Which built pages run JavaScript: only the page types listed in src/lib/pageWeight/budgets.ts (search
 * and the small islands that need a script); every other page ships none. The figures per page type
 * are printed by `npm run page-weight` and the benchmark, not asserted here.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { scriptIslands } from '../../src/lib/pageWeight/budgets';
import type { PageWeight } from '../../src/lib/pageWeight/pageWeight';
import { measureSite } from '../../scripts/page-weight';

let pages: PageWeight[] = [];

beforeAll(async () => {
  pages = await measureSite(inject('distDir'));
});

describe('JavaScript on built pages', () => {
  test('content pages ship no JavaScript: only search and the listed islands load scripts', () => {
    const withScripts = pages.filter((p) => p.js.raw > 0 && scriptIslands[p.type] === undefined);
    expect(withScripts.map((p) => `${p.path} loads ${p.scripts.join(', ')}`)).toEqual([]);
  });

  test('every listed island exists in the build and loads a script (the list does not go stale)', () => {
    for (const type of Object.keys(scriptIslands)) {
      const ofType = pages.filter((p) => p.type === type);
      expect(ofType.length, `no page of type ${type}`).toBeGreaterThan(0);
      expect(
        ofType.some((p) => p.js.raw > 0),
        `${type} is listed as an island but loads no script`,
      ).toBe(true);
    }
  });

  test('a document page, the page citizens read most, is plain HTML and CSS', () => {
    const documents = pages.filter((p) => p.type === '/van-ban/[id]/');
    expect(documents.length).toBeGreaterThan(5);
    expect(documents.every((p) => p.scripts.length === 0)).toBe(true);
  });
});
