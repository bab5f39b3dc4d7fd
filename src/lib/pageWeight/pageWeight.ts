/**
 * Page weight: what a first visit to a built page downloads in HTML, CSS and JavaScript (images and
 * the search index are left out), grouped by page type. Pure functions over file contents; the
 * script `scripts/page-weight.ts` reads `dist/` and prints the table, the build tests check which
 * page types may ship JavaScript at all.
 */
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { htmlElements, isDataBlockScript } from '../html/elements';
import { pagePathOf } from '../site/builtPages';

/** Bytes of one kind of file: as stored, and gzip-compressed (≈ what a server sends). */
export interface Bytes {
  readonly raw: number;
  readonly gzip: number;
}

/** The first-visit weight of one page, in bytes. */
export interface PageWeight {
  /** The page's address path, e.g. `/van-ban/ke-hoach-25-kh-tu-…/`. */
  readonly path: string;
  /** The page type (the route that built it, src/lib/site/builtPages.ts), e.g. `/van-ban/[id]/`. */
  readonly type: string;
  readonly html: Bytes;
  readonly css: Bytes;
  readonly js: Bytes;
  /** The JavaScript files the page loads (its module scripts and their static imports), site paths. */
  readonly scripts: readonly string[];
}

/** What a page's markup loads: stylesheet and script addresses as written, and inline scripts. */
export interface PageAssets {
  readonly stylesheets: readonly string[];
  readonly scripts: readonly string[];
  /** `<script>` elements with code in the page (JSON-LD data blocks are not code and not counted). */
  readonly inlineScripts: number;
}

/**
 * The stylesheets and scripts a page's markup loads.
 *
 * @param html a built page
 */
export function pageAssets(html: string): PageAssets {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  let inlineScripts = 0;
  for (const element of htmlElements(html)) {
    const { href, rel, src } = element.attributes;
    if (element.name === 'link' && (rel ?? '').split(/\s+/).includes('stylesheet')) {
      if (href !== undefined) stylesheets.push(href);
    } else if (element.name === 'script' && !isDataBlockScript(element)) {
      if (src === undefined) inlineScripts += 1;
      else scripts.push(src);
    }
  }
  return { stylesheets, scripts, inlineScripts };
}

/**
 * The static imports of an ES module (`import … from "./chunk.js"`, `import "./x.js"`), resolved
 * against the module's own address. Dynamic imports with a computed address (Pagefind's
 * `/pagefind/pagefind.js`, loaded only when someone searches) cannot be followed and are left out.
 *
 * @param source the module's code
 * @param from the module's site path, e.g. `/_astro/page.js`
 */
export async function staticImports(source: string, from: string): Promise<string[]> {
  await initLexer;
  const [imports] = parseModule(source);
  const found: string[] = [];
  for (const entry of imports) {
    // d === -1: a static import, fetched with the page. Dynamic import() (d ≥ 0) loads later, on use.
    if (entry.n === undefined || entry.d !== -1) continue;
    if (!entry.n.startsWith('.') && !entry.n.startsWith('/')) continue;
    found.push(new URL(entry.n, `https://site.invalid${from}`).pathname);
  }
  return found;
}

/** Raw and gzip size of a text or file. */
export function bytesOf(content: string | Uint8Array): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { raw: buffer.byteLength, gzip: gzipSync(buffer, { level: 9 }).byteLength };
}

const sum = (list: readonly Bytes[]): Bytes => ({
  raw: list.reduce((n, b) => n + b.raw, 0),
  gzip: list.reduce((n, b) => n + b.gzip, 0),
});

/**
 * The first-visit weight of one page: its HTML, every stylesheet it links and every script it loads
 * with their static imports (each file counted once).
 *
 * @param file the page's path relative to the output folder (`van-ban/x/index.html`)
 * @param html the page's markup
 * @param readAsset reads a site path (`/_astro/x.css`) → its bytes; throws when the file is missing
 * @param typeOf the page type of an address path (`pageType` in src/lib/site/builtPages.ts)
 * @throws Error naming the page and the missing file when a linked stylesheet or script is absent
 */
export async function measurePage(
  file: string,
  html: string,
  readAsset: (sitePath: string) => Uint8Array,
  typeOf: (path: string) => string,
): Promise<PageWeight> {
  const path = pagePathOf(file);
  const assets = pageAssets(html);
  const read = (sitePath: string): Uint8Array => {
    try {
      return readAsset(sitePath);
    } catch (error) {
      throw new Error(`${file} links ${sitePath}, which is not in the build: ${String(error)}`);
    }
  };
  const css = assets.stylesheets.map((href) =>
    bytesOf(read(new URL(href, `https://site.invalid${path}`).pathname)),
  );
  const seen = new Set<string>();
  const queue = assets.scripts.map((src) => new URL(src, `https://site.invalid${path}`).pathname);
  const js: Bytes[] = [];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    const content = read(next);
    js.push(bytesOf(content));
    queue.push(...(await staticImports(Buffer.from(content).toString('utf8'), next)));
  }
  return {
    path,
    type: typeOf(path),
    html: bytesOf(html),
    css: sum(css),
    js: sum(js),
    scripts: [...seen].sort(),
  };
}

/** The pages of one type, summed up: how many, and the heaviest page's bytes. */
export interface TypeWeight {
  readonly type: string;
  readonly pages: number;
  /** The heaviest page of the type by total gzip bytes. */
  readonly heaviest: PageWeight;
  /** Total gzip bytes of the heaviest page: HTML + CSS + JS. */
  readonly totalGzip: number;
}

/**
 * Groups page weights by type, each with its heaviest page, sorted by type.
 *
 * @param pages weights from {@link measurePage}
 */
export function weightByType(pages: readonly PageWeight[]): TypeWeight[] {
  const groups = new Map<string, PageWeight[]>();
  for (const page of pages) {
    const group = groups.get(page.type);
    if (group === undefined) groups.set(page.type, [page]);
    else group.push(page);
  }
  const total = (p: PageWeight): number => p.html.gzip + p.css.gzip + p.js.gzip;
  return [...groups.entries()]
    .map(([type, list]) => {
      const heaviest = list.reduce((a, b) => (total(b) > total(a) ? b : a));
      return { type, pages: list.length, heaviest, totalGzip: total(heaviest) };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}
