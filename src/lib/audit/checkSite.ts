import { extractAnchors } from './extractAnchors';
import { baseHref, extractLinks } from './extractLinks';
import { resolveLink } from './resolveLink';
import { scanHtml } from './scanHtml';

/** A built site, as the audit sees it. */
export interface SiteFiles {
  /** Every file of the output folder, relative to it, with `/` separators (`van-ban/x/index.html`). */
  readonly files: ReadonlySet<string>;
  /** The text of every HTML page, by the same relative path. */
  readonly pages: ReadonlyMap<string, string>;
}

/** A link that leads nowhere. */
export interface BrokenLink {
  /** The page it is on (`van-ban/x/index.html`). */
  readonly page: string;
  /** Where on the page: `a[href]`, `img[srcset]`, `meta[property=og:image]` … */
  readonly source: string;
  /** The address as written. */
  readonly href: string;
  /** What is wrong, in English, naming the file or fragment that is missing. */
  readonly reason: string;
}

/** A link to another site (or `mailto:`, `tel:` …), listed for review and never fetched. */
export interface OutboundLink {
  readonly page: string;
  readonly source: string;
  /** The resolved absolute address. */
  readonly url: string;
}

/** The result of {@link checkSite}. */
export interface SiteLinkReport {
  /** Every broken link, page by page in `pages` order, then in document order. */
  readonly broken: BrokenLink[];
  /** Every link to another origin or scheme. */
  readonly external: OutboundLink[];
  /** How many internal addresses were checked (a guard against a checker that checks nothing). */
  readonly checkedInternal: number;
}

/**
 * Checks every link of every page of a built site (see `extractLinks` for what counts as a link)
 * against the files of the site:
 *
 * - an internal address must be served by a file: `/x/` by `x/index.html`, `/x.csv` by `x.csv`. For a
 *   site built with `trailingSlash: 'always'`, `/x` is broken when only `x/index.html` exists (the
 *   reason says to add the slash), and `/x/` is broken when `x/` is a folder without `index.html`;
 * - a `#fragment` on an HTML page must name an element `id` or an `<a name>` of the target page
 *   (tried as written, then percent-decoded, as browsers do). `#` alone and `#top` (any case, when no
 *   element has that id) mean the top of the page and are always valid. Fragments on other files
 *   (CSV, PNG …) are not checked;
 * - the query string is ignored: a static site serves the same file whatever it says;
 * - `javascript:`, `data:` and `blob:` addresses are skipped; other origins and schemes are returned in
 *   `external`, not fetched.
 *
 * @param site - the files of the output folder and the HTML of its pages.
 * @param siteUrl - the site's public address (`site` in astro.config.mjs): absolute addresses on its
 *   origin are internal.
 * @returns broken and external links. Never throws.
 */
export function checkSite(site: SiteFiles, siteUrl: URL): SiteLinkReport {
  const broken: BrokenLink[] = [];
  const external: OutboundLink[] = [];
  let checkedInternal = 0;
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (file: string): Set<string> => {
    let anchors = anchorCache.get(file);
    if (!anchors) {
      anchors = extractAnchors(scanHtml(site.pages.get(file) ?? ''));
      anchorCache.set(file, anchors);
    }
    return anchors;
  };
  const folders = folderSet(site.files);

  for (const [page, html] of site.pages) {
    const scan = scanHtml(html);
    anchorCache.set(page, extractAnchors(scan));
    const base = baseHref(scan);
    for (const { source, href } of extractLinks(scan)) {
      const resolved = resolveLink(href, page, siteUrl, base);
      const report = (reason: string): void => {
        broken.push({ page, source, href, reason });
      };
      if (resolved.kind === 'inline') continue;
      if (resolved.kind === 'invalid') {
        report(resolved.reason);
        continue;
      }
      if (resolved.kind === 'external') {
        external.push({ page, source, url: resolved.url });
        continue;
      }
      checkedInternal++;
      const { file, path, fragment } = resolved;
      if (!site.files.has(file)) {
        report(missingFileReason(file, path, site.files, folders));
        continue;
      }
      if (fragment !== undefined && file.endsWith('.html')) {
        if (!fragmentExists(fragment, anchorsOf(file))) {
          report(`no element with id or name "${safeDecode(fragment)}" on ${file}`);
        }
      }
    }
  }
  return { broken, external, checkedInternal };
}

/** Every folder that holds a file, as `a/`, `a/b/` (relative, with a trailing slash). */
function folderSet(files: ReadonlySet<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    let slash = file.indexOf('/');
    while (slash >= 0) {
      folders.add(file.slice(0, slash + 1));
      slash = file.indexOf('/', slash + 1);
    }
  }
  return folders;
}

function missingFileReason(
  file: string,
  path: string,
  files: ReadonlySet<string>,
  folders: ReadonlySet<string>,
): string {
  if (path.endsWith('/')) {
    const folder = file.slice(0, -'index.html'.length);
    return folders.has(folder)
      ? `the folder ${folder} has no index.html`
      : `no page: ${file} does not exist`;
  }
  if (files.has(`${file}/index.html`)) {
    return `missing trailing slash: the page is ${path}/ (trailingSlash: 'always')`;
  }
  return `no file: ${file} does not exist`;
}

/** HTML "indicated part of the document": the fragment as written, then decoded; `` and `top` mean the top. */
function fragmentExists(fragment: string, anchors: ReadonlySet<string>): boolean {
  if (fragment === '' || anchors.has(fragment)) return true;
  const decoded = safeDecode(fragment);
  return anchors.has(decoded) || decoded.toLowerCase() === 'top';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
