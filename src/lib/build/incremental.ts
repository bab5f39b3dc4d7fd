/**
 * Incremental builds: which pages Astro may copy from the previous build instead of rendering again.
 *
 * Astro 7.2+ (`experimental.incrementalBuild`, astro.config.mjs) skips a page returned by
 * `getStaticPaths()` when the page's code (its module graph) and the `cacheKey` it returned both match
 * the previous build, and copies the earlier HTML from its cache folder. The key must therefore change
 * whenever anything the page shows changes. The pages that use it (documents, decisions,
 * organizations, honour boards, responsibilities: 99 % of the pages at 10,000 plans) load everything
 * they show through one function of the page's id, and the key is a hash of that function's result
 * plus the build inputs the shared layout reads ({@link BuildInputs}). Anything else a page shows comes
 * from code, which Astro hashes itself, or from the address, which is part of the path.
 */
import { hash } from 'ohash';

/**
 * What every page shows that is neither its data nor its code. The site address (SITE_URL) and a
 * portal's shard list (PORTAL_SHARDS) are part of Astro's configuration, which Astro hashes itself;
 * the build date reaches pages only through the models (consultation states), so through their data.
 */
export interface BuildInputs {
  /** The site name in the header, footer and titles (siteNameFor, src/lib/shard/siteName.ts). */
  readonly siteName: string;
}

/**
 * The `cacheKey` of a page: a hash of everything it shows.
 *
 * @param data the page's data, as its page loads it (plain objects, arrays, Maps, Sets, Dates)
 * @param inputs the build inputs of {@link BuildInputs}
 * @returns a short string (SHA-256 of a stable serialization, base64url); equal data give equal keys
 *   whatever the order of object keys
 */
export function pageCacheKey(data: unknown, inputs: BuildInputs): string {
  return hash({ data, inputs });
}

/**
 * How many pages an `astro build` copied from its previous build, read from its log: Astro marks each
 * such page "(restored)" (copied from its cache folder) or "(cached)" (already in the output folder).
 *
 * @param astroOutput everything `astro build` wrote to stdout and stderr
 * @returns the number of reused pages (0 for a build without incremental reuse)
 */
export function reusedPageCount(astroOutput: string): number {
  // The marker follows the page's path after a space, coloured when Astro writes to a terminal.
  return astroOutput.match(/ (?:\u001b\[[0-9;]*m)?\((?:restored|cached)\)/g)?.length ?? 0;
}
