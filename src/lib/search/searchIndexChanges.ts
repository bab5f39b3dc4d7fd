/**
 * Incremental search indexing: a rebuild indexes only the pages that changed.
 *
 * Pagefind (1.6) cannot update an index: its Node API writes a whole index from the pages it was
 * given. At 10,000 plans indexing all ≈ 20,000 pages took 2 min 16 s of a rebuild after one edit
 * (docs/performance.md, "Incremental builds"). So a build keeps the last full index (the **base**,
 * in the build cache, with a manifest of every page's HTML hash, Pagefind page id and filters) and,
 * while few pages differ from it, reuses it unchanged and indexes only those pages into a small second
 * index, the **delta** (`pagefind/delta/`). The search page merges the delta (Pagefind `mergeIndex`)
 * and drops the base's results for the pages the delta replaces or that no longer exist (the
 * **superseded** pages, listed with their filters in `pagefind/changes.json`), so it finds what a
 * build from nothing would find. The delta is always made against the base, never against the
 * previous delta, so it holds every change since the last full index; once it would add more than
 * {@link deltaByteLimit} to a first search, the build indexes everything again and the delta
 * disappears.
 *
 * Rankings can differ slightly from a full build: Pagefind weighs a word by how rare it is in its own
 * index, and the delta is a small index of its own.
 */
import { z } from 'astro/zod';

/**
 * Version of the way scripts/build.ts feeds Pagefind; part of {@link indexKey}. Raise it when that
 * changes (which pages, which options), so the next build indexes everything again.
 */
export const indexFormat = 1;

/**
 * What a base index was made with: the Pagefind version and {@link indexFormat}. A base made
 * otherwise is never reused.
 *
 * @param pagefindVersion the installed Pagefind's version, e.g. "1.6.0"
 * @returns a key such as "pagefind 1.6.0, format 1"
 */
export function indexKey(pagefindVersion: string): string {
  return `pagefind ${pagefindVersion}, format ${String(indexFormat)}`;
}

const pageFiltersSchema = z.record(z.string(), z.array(z.string()));

/** A page's Pagefind filters as its fragment stores them: filter name → values. */
export type PageFilters = z.infer<typeof pageFiltersSchema>;

/**
 * One page of a base index: the SHA-256 (hex) of the HTML it was indexed from, its Pagefind page id
 * (the name of its fragment file, e.g. "vi_95dcf01", and the `id` of its search results) and its
 * filters.
 */
export const basePageSchema = z.object({
  hash: z.string().min(1),
  id: z.string().min(1),
  filters: pageFiltersSchema,
});

/**
 * The manifest kept beside a base index in the build cache (`manifest.json`): how it was made
 * ({@link indexKey}) and every page it holds, by the path of its built file in the site
 * ("van-ban/…/index.html").
 */
export const baseManifestSchema = z.object({
  key: z.string(),
  pages: z.record(z.string(), basePageSchema),
});

export type BaseManifest = z.infer<typeof baseManifestSchema>;

/**
 * The public file `pagefind/changes.json` that the search page reads before searching: whether a
 * delta index sits in `pagefind/delta/`, and the base's superseded pages (page id → filters, so the
 * filter counts can leave them out too).
 */
export const searchChangesSchema = z.object({
  delta: z.boolean(),
  superseded: z.record(z.string(), pageFiltersSchema),
});

export type SearchChanges = z.infer<typeof searchChangesSchema>;

/** `changes.json` of a build that indexed everything: no delta, nothing superseded. */
export const noSearchChanges: SearchChanges = { delta: false, superseded: {} };

/**
 * How many changed or removed pages a delta may hold before the build indexes everything again
 * without trying: past this many, the delta could not stay under {@link deltaByteLimit} (a delta of
 * 50 plan pages at 10,000 plans wrote three index chunks of 11–13 KB).
 */
export const deltaPageLimit = 50;

/**
 * The most bytes a delta may add to a first search: its page list, its index chunks (gzip, as sent)
 * and `changes.json`. A first search loads, besides the full index's files, the delta's page list,
 * one delta chunk per query word and `changes.json`. Measured at 10,000 plans (docs/performance.md,
 * "Search index made again only where pages changed"), a first search fetched up to 469.8 KB from a
 * full index (target: 500 KB, GitHub issue 7): with a delta of one page 475.4 KB, of 50–200 pages
 * 506–509 KB, because Pagefind fills each chunk to about 12 KB and a small index has few. A larger
 * delta is thrown away and every page indexed again (see {@link keepDelta}).
 */
export const deltaByteLimit = 16_000;

/**
 * Whether a delta, once written, is small enough to keep ({@link deltaByteLimit}).
 *
 * @param searchBytes the sizes in bytes of the delta's page list (`pf_meta`), its index chunks
 *   (`index/*.pf_index`) and `changes.json`, summed
 * @returns true to keep it; false to index every page again
 */
export function keepDelta(searchBytes: number): boolean {
  return searchBytes <= deltaByteLimit;
}

/** What a build does with the search index ({@link planSearchIndex}). */
export type SearchIndexPlan =
  | {
      readonly kind: 'full';
      /** Why, for the build log. */
      readonly reason: 'no previous index' | 'made otherwise' | 'too many changes';
    }
  | {
      readonly kind: 'delta';
      /** Paths of the pages to index into the delta: changed or new since the base. */
      readonly changed: readonly string[];
      /** Paths of the base's pages that no longer exist. */
      readonly removed: readonly string[];
    };

/**
 * Decides whether a build reuses its base index with a delta, or indexes everything.
 *
 * @param base the manifest of the last full index, or undefined when there is none (or it could not
 *   be read)
 * @param pages every page this build indexes: path of its built file → SHA-256 (hex) of its HTML
 * @param key {@link indexKey} of this build
 * @returns "full" without a base, with a base made otherwise, or when more pages changed or went
 *   than {@link deltaPageLimit}; else "delta" with the changed and removed pages (both empty
 *   when nothing changed: the base is reused as it is)
 */
export function planSearchIndex(
  base: BaseManifest | undefined,
  pages: ReadonlyMap<string, string>,
  key: string,
): SearchIndexPlan {
  if (base === undefined) return { kind: 'full', reason: 'no previous index' };
  if (base.key !== key) return { kind: 'full', reason: 'made otherwise' };
  const changed = [...pages].filter(([path, hash]) => base.pages[path]?.hash !== hash);
  const removed = Object.keys(base.pages).filter((path) => !pages.has(path));
  if (changed.length + removed.length > deltaPageLimit) {
    return { kind: 'full', reason: 'too many changes' };
  }
  return { kind: 'delta', changed: changed.map(([path]) => path).sort(), removed: removed.sort() };
}

/**
 * The base's pages the search page must leave out: the removed ones, and the changed ones the delta
 * holds. A changed page whose delta entry came out the same as the base's (its HTML changed outside
 * what Pagefind keeps, e.g. a list of links) is served by the base and left out of the delta
 * ({@link sameInDelta}), so it is neither lost nor found twice.
 *
 * @param base the manifest of the base index
 * @param removed paths of the base's pages that no longer exist
 * @param deltaIds the page id the delta gave each page it holds, by path
 * @returns the superseded pages: base page id → filters
 */
export function supersededPages(
  base: BaseManifest,
  removed: readonly string[],
  deltaIds: ReadonlyMap<string, string>,
): Record<string, PageFilters> {
  const superseded: Record<string, PageFilters> = {};
  for (const path of [...deltaIds.keys(), ...removed]) {
    const page = base.pages[path];
    if (page !== undefined) superseded[page.id] = page.filters;
  }
  return superseded;
}

/**
 * The changed pages that the delta indexed exactly as the base did (same page id: Pagefind names a
 * page by a hash of everything it keeps of it). The build indexes the delta again without them.
 *
 * @param base the manifest of the base index
 * @param deltaIds the page id the delta gave each changed page, by path
 * @returns their paths
 */
export function sameInDelta(base: BaseManifest, deltaIds: ReadonlyMap<string, string>): string[] {
  return [...deltaIds].filter(([path, id]) => base.pages[path]?.id === id).map(([path]) => path);
}

/** Pagefind's marker before the JSON of a fragment file, once un-gzipped (1.6). */
const fragmentMarker = 'pagefind_dcd';

const fragmentSchema = z.object({ url: z.string(), filters: pageFiltersSchema });

/**
 * The URL and filters of one page, from its Pagefind fragment file (`fragment/<page id>.pf_fragment`,
 * gzip, then "pagefind_dcd" and the page's JSON: Pagefind 1.6's format, read from its output).
 *
 * @param text the file un-gzipped, as UTF-8 text
 * @returns the page's URL ("/van-ban/…/") and filters
 * @throws Error when the text is not such a fragment (another Pagefind format: the build then
 *   indexes everything next time instead of guessing)
 */
export function readFragment(text: string): { url: string; filters: PageFilters } {
  if (!text.startsWith(fragmentMarker)) {
    throw new Error(`not a Pagefind 1.6 fragment (it does not start with "${fragmentMarker}")`);
  }
  return fragmentSchema.parse(JSON.parse(text.slice(fragmentMarker.length)));
}
