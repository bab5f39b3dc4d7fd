/**
 * The search page's side of incremental indexing (src/lib/search/searchIndexChanges.ts): read
 * `pagefind/changes.json`, leave the base index's superseded pages out of results and filter counts.
 *
 * This module runs in the reader's browser, so it does not import zod (the build's module does): the
 * file is checked by hand below, to keep ≈ 60 KB of schema code out of every first search.
 */
import type { PageFilters, SearchChanges } from './searchIndexChanges';

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads `pagefind/changes.json` as fetched by the search page.
 *
 * @param json the parsed file
 * @returns the changes: whether `pagefind/delta/` holds a delta index, and the superseded pages
 *   (page id → filters)
 * @throws Error when the file is not shaped so (searchChangesSchema)
 */
export function readSearchChanges(json: unknown): SearchChanges {
  if (!isRecord(json) || typeof json['delta'] !== 'boolean' || !isRecord(json['superseded'])) {
    throw new Error(
      'changes.json: expected { delta: boolean, superseded: { [page id]: filters } }',
    );
  }
  const superseded: Record<string, PageFilters> = {};
  for (const [id, filters] of Object.entries(json['superseded'])) {
    if (!isRecord(filters) || !Object.values(filters).every(isStringList)) {
      throw new Error(`changes.json: the filters of superseded page ${id} are not lists of text`);
    }
    superseded[id] = filters as PageFilters;
  }
  return { delta: json['delta'], superseded };
}

/**
 * The superseded pages of every index a search page merges: page id → index → the page's filters.
 * An index is named by the origin of the site it belongs to ("" for the page's own site): Pagefind
 * names a page by 7 hex digits of a hash, so across the ≈ 100,000 pages of a national portal two
 * sites can share an id, and a page must only be left out of the index that replaced it.
 */
export type SupersededPages = Map<string, Map<string, PageFilters>>;

/**
 * Adds the superseded pages of one index to `into`.
 *
 * @param into the superseded pages collected so far (changed in place)
 * @param index the index's site origin, "" for the page's own site
 * @param changes the index's `changes.json`
 * @param extraFilters filters Pagefind gives every page of that index (`mergeFilter`), counted too
 */
export function addSuperseded(
  into: SupersededPages,
  index: string,
  changes: SearchChanges,
  extraFilters: PageFilters = {},
): void {
  for (const [id, filters] of Object.entries(changes.superseded)) {
    const byIndex = into.get(id) ?? new Map<string, PageFilters>();
    byIndex.set(index, { ...filters, ...extraFilters });
    into.set(id, byIndex);
  }
}

/**
 * The results that are superseded pages: listed under their id for the index they come from.
 *
 * @param results Pagefind's results (each with its page `id`)
 * @param superseded the superseded pages ({@link addSuperseded})
 * @param indexOf the index a result comes from; called only for results whose id is listed (on a
 *   portal it loads the result's data to read its address)
 * @returns those results, each with the filters it was counted under
 */
export async function supersededAmong<T extends { readonly id: string }>(
  results: readonly T[],
  superseded: SupersededPages,
  indexOf: (result: T) => Promise<string>,
): Promise<{ result: T; filters: PageFilters }[]> {
  const found: { result: T; filters: PageFilters }[] = [];
  for (const result of results) {
    const byIndex = superseded.get(result.id);
    if (byIndex === undefined) continue;
    const filters = byIndex.get(await indexOf(result));
    if (filters !== undefined) found.push({ result, filters });
  }
  return found;
}

/** Every superseded page's filters, for counts taken over all pages (`filters()`). */
export function allSupersededFilters(superseded: SupersededPages): PageFilters[] {
  return [...superseded.values()].flatMap((byIndex) => [...byIndex.values()]);
}

/** Pagefind's filter counts: filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * Filter counts without some pages.
 *
 * @param counts counts from Pagefind (`filters()`, or a search's `filters`)
 * @param removed the filters of each page to take off ({@link supersededAmong},
 *   {@link allSupersededFilters})
 * @returns new counts; a value whose only pages were removed is left out, as a build from nothing
 *   would not list it
 */
export function countsWithout(counts: FilterCounts, removed: readonly PageFilters[]): FilterCounts {
  const out = new Map(
    Object.entries(counts).map(([name, values]) => [name, new Map(Object.entries(values))]),
  );
  for (const filters of removed) {
    for (const [name, values] of Object.entries(filters)) {
      const byValue = out.get(name);
      for (const value of values) {
        const count = byValue?.get(value);
        if (byValue === undefined || count === undefined) continue;
        if (count <= 1) byValue.delete(value);
        else byValue.set(value, count - 1);
      }
    }
  }
  return Object.fromEntries([...out].map(([name, values]) => [name, Object.fromEntries(values)]));
}
