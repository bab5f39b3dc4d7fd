/**
 * Built pages by type, for the tools that look at the whole built site (link audit, page weight,
 * security and accessibility sweeps): the address of a built HTML file, and its page type, the
 * src/pages route that built it.
 */
import { readdirSync } from 'node:fs';

/**
 * The address path a built file is served at: `van-ban/x/index.html` → `/van-ban/x/`, `404.html` →
 * `/404.html`.
 *
 * @param file the file's path relative to the output folder, with `/` separators
 */
export function pagePathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * The HTML pages of a built site: paths relative to the output folder with `/` separators, sorted;
 * Pagefind's and Astro's asset folders are not pages, and neither is the web editor in `admin/`
 * (Decap CMS, docs/decisions/0001-web-editor.md): a tool for editors that visitors never load, with its
 * own Content-Security-Policy and markup the site does not control, so the sweeps over visitor pages
 * (security, HTML validity, links, page weight, accessibility) leave it out; tests/e2e/admin.test.ts
 * checks it.
 *
 * @param distDir the build's output folder
 */
export function listBuiltPageFiles(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter(
      (f) =>
        f.endsWith('.html') &&
        !f.startsWith('pagefind/') &&
        !f.startsWith('_astro/') &&
        !f.startsWith('admin/'),
    )
    .sort();
}

/**
 * A route of src/pages as a pattern (`/khen-thuong/[id]/`) with the addresses it matches. A list split
 * into pages (`van-ban/[...page].astro`: `/van-ban/`, `/van-ban/trang/2/` …) is one page type named
 * after the list's address, `/van-ban/`.
 */
export interface PageRoute {
  readonly pattern: string;
  readonly regex: RegExp;
  /** Static segments: a static route wins over a dynamic one that matches the same path. */
  readonly staticSegments: number;
  /** Has a rest parameter (`[...page]`): loses to any route without one that matches the same path. */
  readonly rest: boolean;
}

const isRestSegment = (segment: string): boolean => /^\[\.\.\..+\]$/.test(segment);

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The HTML routes of the site from the `.astro` files of src/pages (`_` files and folders are
 * helpers, not routes; endpoints such as `.png.ts` are not pages).
 *
 * @param routeFiles paths relative to src/pages with `/` separators (`van-ban/[id]/index.astro`)
 */
export function pageRoutes(routeFiles: readonly string[]): PageRoute[] {
  return routeFiles
    .filter((f) => f.endsWith('.astro') && !f.split('/').some((s) => s.startsWith('_')))
    .map((file): PageRoute => {
      // Astro writes its error pages as files: src/pages/404.astro → /404.html.
      if (/^(404|500)\.astro$/.test(file)) {
        const pattern = `/${file.replace('.astro', '.html')}`;
        return {
          pattern,
          regex: new RegExp(`^${escapeRegex(pattern)}$`),
          staticSegments: 1,
          rest: false,
        };
      }
      const parts = file.slice(0, -'.astro'.length).split('/');
      const segments = parts.at(-1) === 'index' ? parts.slice(0, -1) : parts;
      const regexPart = (s: string): string =>
        isRestSegment(s) ? '(?:[^/]+/)*' : /^\[.+\]$/.test(s) ? '[^/]+/' : `${escapeRegex(s)}/`;
      return {
        pattern: `/${segments
          .filter((s) => !isRestSegment(s))
          .map((s) => `${s}/`)
          .join('')}`,
        regex: new RegExp(`^/${segments.map(regexPart).join('')}$`),
        staticSegments: segments.filter((s) => !s.startsWith('[')).length,
        rest: segments.some(isRestSegment),
      };
    });
}

/** The `.astro` route files under a pages folder, relative, for {@link pageRoutes}. */
export function readPageRouteFiles(pagesDir: string): string[] {
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.astro'))
    .sort();
}

/**
 * The page type of an address: the pattern of the route that built it (a static route wins over a
 * dynamic one, a named parameter over a rest parameter), or the address itself when no route explains
 * it (`/404.html`).
 */
export function pageType(path: string, routes: readonly PageRoute[]): string {
  const route = routes
    .filter((r) => r.regex.test(path))
    .sort((a, b) => b.staticSegments - a.staticSegments || Number(a.rest) - Number(b.rest))[0];
  return route?.pattern ?? path;
}

/**
 * Built pages grouped by page type, types and pages sorted.
 *
 * @param paths address paths of built pages
 */
export function groupByPageType(
  paths: readonly string[],
  routes: readonly PageRoute[],
): Map<string, string[]> {
  const types = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const type = pageType(path, routes);
    const group = types.get(type);
    if (group === undefined) types.set(type, [path]);
    else group.push(path);
  }
  return new Map([...types.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
