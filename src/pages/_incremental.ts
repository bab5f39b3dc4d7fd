// The `cacheKey` of getStaticPaths entries for Astro's incremental builds (src/lib/build/incremental.ts
// says what a key must cover). Not a route: files starting with _ are skipped by Astro's router.
import { pageCacheKey } from '../lib/build/incremental';
import { siteNameFor } from '../lib/shard/siteName';

/**
 * getStaticPaths entries with their `cacheKey`: the hash of what `load` returns for each, which must
 * be everything its page shows apart from code (the page calls the same function to render). The
 * entries are loaded one after another, so only one page's data is held at a time. On the dev server,
 * which renders each page on request, the entries come back without keys and nothing is loaded.
 *
 * @param paths getStaticPaths entries (`params`, and `props` if any)
 * @param load loads the data of one entry's page
 * @returns the entries in the same order, each with its `cacheKey`
 */
export async function withCacheKeys<Path extends object>(
  paths: readonly Path[],
  load: (path: Path) => Promise<unknown>,
): Promise<(Path & { cacheKey?: string })[]> {
  if (import.meta.env.DEV) return [...paths];
  const inputs = { siteName: siteNameFor(process.env) };
  const keyed: (Path & { cacheKey: string })[] = [];
  for (const path of paths) {
    keyed.push({ ...path, cacheKey: pageCacheKey(await load(path), inputs) });
  }
  return keyed;
}
