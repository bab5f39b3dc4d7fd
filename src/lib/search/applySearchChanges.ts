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
 * Search results without the superseded pages.
 *
 * @param results Pagefind's results (each with its page `id`)
 * @param superseded ids of superseded pages
 * @returns the results in the same order, superseded ones left out
 */
export function withoutSuperseded<T extends { readonly id: string }>(
  results: readonly T[],
  superseded: ReadonlyMap<string, unknown>,
): T[] {
  return results.filter((result) => !superseded.has(result.id));
}

/** Pagefind's filter counts: filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * Filter counts without the superseded pages among those counted.
 *
 * @param counts counts from Pagefind (`filters()`, or a search's `filters`)
 * @param superseded the superseded pages: id → filters
 * @param counted ids of the pages the counts were taken over (a search's results); undefined when
 *   they cover every page (`filters()`)
 * @returns new counts; a value whose only pages were superseded is left out, as a build from nothing
 *   would not list it
 */
export function countsWithoutSuperseded(
  counts: FilterCounts,
  superseded: ReadonlyMap<string, PageFilters>,
  counted?: ReadonlySet<string>,
): FilterCounts {
  const out = new Map(
    Object.entries(counts).map(([name, values]) => [name, new Map(Object.entries(values))]),
  );
  for (const [id, filters] of superseded) {
    if (counted !== undefined && !counted.has(id)) continue;
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
