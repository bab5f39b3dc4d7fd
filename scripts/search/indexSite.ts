/**
 * Step 3 of `npm run build` (scripts/build.ts): the site's Pagefind index, made again only where pages
 * changed (src/lib/search/searchIndexChanges.ts says how and why).
 *
 * - Reads every built page once, keeps those with `data-pagefind-body` (src/lib/search/indexedPages.ts)
 *   and hashes them (SHA-256 of the HTML).
 * - Without a usable base index in `baseDir`, or past `deltaPageLimit` changes: indexes every such
 *   page, keeps the index as the new base (written to `<baseDir>.tmp` and renamed into place, so an
 *   interrupted build leaves either the old base or none), and links it into `<site>/pagefind/`
 *   (linkTree).
 * - Else: links the base into `<site>/pagefind/`, indexes the changed pages into
 *   `<site>/pagefind/delta/`, and lists the base's superseded pages in `<site>/pagefind/changes.json`;
 *   a delta that would add more than `deltaByteLimit` to a first search is dropped for a full index.
 *
 * Pagefind is given the pages one at a time (`addHTMLFile`): `addDirectory` would parse and hold every
 * page of the site. The caller closes Pagefind (`pagefind.close()`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { isIndexedPage } from '../../src/lib/search/indexedPages';
import {
  baseManifestSchema,
  indexKey,
  keepDelta,
  noSearchChanges,
  planSearchIndex,
  readFragment,
  sameInDelta,
  supersededPages,
  type BaseManifest,
  type PageFilters,
  type SearchChanges,
} from '../../src/lib/search/searchIndexChanges';

/** A failure the build reports as it is (nothing was swapped in). */
export class IndexError extends Error {}

/** What step 3 did, for the build log and the bench. */
export interface IndexSiteResult {
  /** HTML pages in the site. */
  readonly pages: number;
  /** Pages with `data-pagefind-body`: what search finds. */
  readonly indexed: number;
  /** Pages given to Pagefind by this build: all indexed pages, or the delta's. */
  readonly reindexed: number;
  /** "full", with the reason, or "delta". */
  readonly mode: string;
  /** Pages of the base the search page leaves out. */
  readonly superseded: number;
}

const pagesAtOnce = 4;

/** The installed Pagefind's version (its package.json), part of the base's key. */
function pagefindVersion(): string {
  const file = resolve('node_modules/pagefind/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Paths of the site's HTML files, relative to it, with forward slashes, sorted. */
async function htmlFiles(siteDir: string): Promise<string[]> {
  return (await readdir(siteDir, { recursive: true }))
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** Runs `work` over `items`, a few at a time. */
async function eachAtOnce<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: pagesAtOnce }, worker));
}

/**
 * Puts the base index's files into the site as hard links, or as copies when the two folders are on
 * different file systems. Copying the ≈ 20,000 files of a 10k index took 16–30 s on the bench
 * machine, linking them 1.1 s. Safe because no file of a base is ever written again: a new full
 * index is written to a new folder, and the old base is only unlinked.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(from, join(entry.parentPath, entry.name)));
  try {
    await mkdir(to, { recursive: true });
    for (const entry of entries) {
      if (entry.isDirectory()) {
        await mkdir(join(to, relative(from, join(entry.parentPath, entry.name))), {
          recursive: true,
        });
      }
    }
    await eachAtOnce(files, (file) => link(join(from, file), join(to, file)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true });
  }
}

/** The indexed pages of the site: path → SHA-256 (hex) of the HTML. */
async function hashIndexedPages(
  siteDir: string,
  files: readonly string[],
): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  await eachAtOnce(files, async (path) => {
    const html = await readFile(join(siteDir, path), 'utf8');
    if (isIndexedPage(html)) hashes.set(path, createHash('sha256').update(html).digest('hex'));
  });
  return new Map([...hashes].sort(([a], [b]) => a.localeCompare(b)));
}

/** The base's manifest, or undefined when there is none or it cannot be read (then: full index). */
async function readBase(baseDir: string): Promise<BaseManifest | undefined> {
  const file = join(baseDir, 'manifest.json');
  if (!existsSync(file) || !existsSync(join(baseDir, 'index', 'pagefind.js'))) return undefined;
  try {
    const parsed = baseManifestSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A manifest cut short (a build killed while writing it, a full disk) only costs a full index.
    return undefined;
  }
}

/**
 * Indexes `paths` of the site into a Pagefind index at `outputPath`.
 *
 * @returns the URL Pagefind gave each path
 */
async function writeIndex(
  siteDir: string,
  paths: readonly string[],
  outputPath: string,
): Promise<Map<string, string>> {
  const created = await pagefind.createIndex({});
  if (created.index === undefined || created.errors.length > 0) {
    throw new IndexError(`Pagefind could not start: ${created.errors.join('; ')}`);
  }
  const { index } = created;
  const urls = new Map<string, string>();
  await eachAtOnce(paths, async (sourcePath) => {
    const content = await readFile(join(siteDir, sourcePath), 'utf8');
    const added = await index.addHTMLFile({ sourcePath, content });
    if (added.errors.length > 0) {
      throw new IndexError(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
    }
    urls.set(sourcePath, added.file.url);
  });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) {
    throw new IndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  }
  await index.deleteIndex();
  return urls;
}

/**
 * Each page's Pagefind id and filters, read from the fragment files of the index at `indexDir`.
 *
 * @param urls the URL Pagefind gave each path
 * @returns path → id and filters, or undefined when a fragment cannot be read or a page has none
 */
async function readPageIds(
  indexDir: string,
  urls: ReadonlyMap<string, string>,
): Promise<Map<string, { id: string; filters: PageFilters }> | undefined> {
  const byUrl = new Map<string, { id: string; filters: PageFilters }>();
  const dir = join(indexDir, 'fragment');
  const names = existsSync(dir) ? await readdir(dir) : [];
  try {
    await eachAtOnce(names, async (name) => {
      const text = gunzipSync(await readFile(join(dir, name))).toString('utf8');
      const { url, filters } = readFragment(text);
      byUrl.set(url, { id: name.replace(/\.pf_fragment$/, ''), filters });
    });
  } catch (error) {
    console.warn(`! Pagefind's fragments could not be read (${String(error)}).`);
    return undefined;
  }
  const byPath = new Map<string, { id: string; filters: PageFilters }>();
  for (const [path, url] of urls) {
    const page = byUrl.get(url);
    if (page === undefined) {
      console.warn(`! Pagefind wrote no fragment for ${path} (${url}).`);
      return undefined;
    }
    byPath.set(path, page);
  }
  return byPath;
}

/** Indexes every indexed page, keeps the index as the new base, and links it into the site. */
async function indexEverything(
  siteDir: string,
  baseDir: string,
  pages: ReadonlyMap<string, string>,
  key: string,
): Promise<void> {
  const tmp = `${baseDir}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  const urls = await writeIndex(siteDir, [...pages.keys()], join(tmp, 'index'));
  const ids = await readPageIds(join(tmp, 'index'), urls);
  await rm(baseDir, { recursive: true, force: true });
  if (ids === undefined) {
    // Search works from this full index; only the next build cannot reuse it.
    console.warn('! The next build will index every page again.');
    await linkTree(join(tmp, 'index'), join(siteDir, 'pagefind'));
    await rm(tmp, { recursive: true, force: true });
  } else {
    const manifest: BaseManifest = { key, pages: {} };
    for (const [path, hash] of pages) {
      const page = ids.get(path);
      if (page !== undefined) manifest.pages[path] = { hash, ...page };
    }
    await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest));
    await rename(tmp, baseDir);
    await linkTree(join(baseDir, 'index'), join(siteDir, 'pagefind'));
  }
  await writeChanges(siteDir, noSearchChanges);
}

/** Bytes of the delta a first search may load: its page list and index chunks (0 without one). */
async function searchBytes(deltaDir: string): Promise<number> {
  if (!existsSync(deltaDir)) return 0;
  const files = [
    ...(await readdir(deltaDir)).filter((f) => f.endsWith('.pf_meta')),
    ...(existsSync(join(deltaDir, 'index')) ? await readdir(join(deltaDir, 'index')) : []).map(
      (f) => join('index', f),
    ),
  ];
  const sizes = await Promise.all(files.map(async (f) => (await stat(join(deltaDir, f))).size));
  return sizes.reduce((a, b) => a + b, 0);
}

async function writeChanges(siteDir: string, changes: SearchChanges): Promise<void> {
  await writeFile(join(siteDir, 'pagefind', 'changes.json'), JSON.stringify(changes));
}

/**
 * Step 3 of the build: the search index of the built site in `siteDir`.
 *
 * @param siteDir the staged site (absolute)
 * @param baseDir the base index's folder in the build cache, one per output folder (absolute)
 * @returns what was done
 * @throws IndexError when Pagefind fails to start, index a page or write its files
 */
export async function indexSite(siteDir: string, baseDir: string): Promise<IndexSiteResult> {
  await mkdir(resolve(baseDir, '..'), { recursive: true });
  const files = await htmlFiles(siteDir);
  const pages = await hashIndexedPages(siteDir, files);
  const key = indexKey(pagefindVersion());
  const base = await readBase(baseDir);
  const plan = planSearchIndex(base, pages, key);
  const counts = { pages: files.length, indexed: pages.size };
  const fullIndex = async (reason: string): Promise<IndexSiteResult> => {
    await rm(join(siteDir, 'pagefind'), { recursive: true, force: true });
    await indexEverything(siteDir, baseDir, pages, key);
    return { ...counts, reindexed: pages.size, mode: `full (${reason})`, superseded: 0 };
  };
  if (plan.kind === 'full' || base === undefined) {
    return fullIndex(plan.kind === 'full' ? plan.reason : 'no previous index');
  }

  await linkTree(join(baseDir, 'index'), join(siteDir, 'pagefind'));
  const deltaDir = join(siteDir, 'pagefind', 'delta');
  /** Indexes `paths` into the delta: their page ids by path, or undefined when unreadable. */
  const indexDelta = async (paths: readonly string[]): Promise<Map<string, string> | undefined> => {
    await rm(deltaDir, { recursive: true, force: true });
    if (paths.length === 0) return new Map();
    const ids = await readPageIds(deltaDir, await writeIndex(siteDir, paths, deltaDir));
    return ids && new Map([...ids].map(([path, page]) => [path, page.id]));
  };
  let deltaIds = await indexDelta(plan.changed);
  // Pages whose entry came out the same as the base's are served by the base: index without them.
  // (Pagefind names a page by a hash of its entry, so the second pass has none left.)
  const same = deltaIds === undefined ? [] : sameInDelta(base, deltaIds);
  if (same.length > 0) deltaIds = await indexDelta(plan.changed.filter((p) => !same.includes(p)));
  // The delta's pages cannot be matched to the base's: index everything rather than risk a wrong
  // search.
  if (deltaIds === undefined) return fullIndex('unreadable delta');
  const superseded = supersededPages(base, plan.removed, deltaIds);
  const changes: SearchChanges = { delta: deltaIds.size > 0, superseded };
  const added = (await searchBytes(deltaDir)) + Buffer.byteLength(JSON.stringify(changes));
  if (!keepDelta(added)) return fullIndex('delta too large');
  await writeChanges(siteDir, changes);
  return {
    ...counts,
    reindexed: plan.changed.length,
    mode: 'delta',
    superseded: Object.keys(superseded).length,
  };
}
