import { pagePathOf } from '../site/builtPages';

/** An address of the site itself, mapped to the file that serves it. */
export interface InternalLink {
  readonly kind: 'internal';
  /** The absolute address, normalised by the URL parser (`/a/../b/` → `/b/`). */
  readonly url: string;
  /** The path, percent-decoded: `/van-ban/x/`, `/khen-thuong/khen-thuong.csv`. */
  readonly path: string;
  /**
   * The file in the output folder that serves `path` (`/` separators, no leading `/`): a path ending
   * in `/` is served by its `index.html`; any other path by the file of that name.
   */
  readonly file: string;
  /** The query string without `?`, `''` when absent. A static site serves the same file for any query. */
  readonly query: string;
  /** The fragment without `#`, still percent-encoded as the URL parser leaves it; `undefined` when absent. */
  readonly fragment: string | undefined;
}

/** An address on another site, or a mail or phone link: listed, never fetched. */
export interface ExternalLink {
  readonly kind: 'external';
  readonly url: string;
}

/** An address that needs no file: `javascript:`, `data:`, `blob:`, `about:`. */
export interface InlineLink {
  readonly kind: 'inline';
  readonly url: string;
}

/** An address that cannot work: it does not parse, or its path has malformed percent-encoding. */
export interface InvalidLink {
  readonly kind: 'invalid';
  readonly href: string;
  /** Why, in English, for the test report. */
  readonly reason: string;
}

export type ResolvedLink = InternalLink | ExternalLink | InlineLink | InvalidLink;

const inlineSchemes = new Set(['javascript:', 'data:', 'blob:', 'about:']);

/**
 * Resolves an address found on a built page the way a browser would, and says which file of the
 * output folder serves it.
 *
 * Relative addresses resolve against the page's own address (`fromFile` served under `site`), or
 * against `base` when the page has a `<base href>`. An address is internal when its origin is the
 * site's (scheme, host and port of `site`, e.g. SITE_URL), so absolute canonical and `og:image`
 * addresses are checked like root-relative ones. The output folder holds the site's root: a `site`
 * with a path (`https://x.vn/sub/`) is treated as its origin.
 *
 * @param href - the address as written (character references decoded), e.g. `../b/#muc-1`.
 * @param fromFile - the page's file in the output folder, e.g. `van-ban/x/index.html`.
 * @param site - the site's public address (`site` in astro.config.mjs).
 * @param base - the page's `<base href>`, if any.
 * @returns where the address leads; never throws: unusable addresses come back as `invalid`.
 */
export function resolveLink(
  href: string,
  fromFile: string,
  site: URL,
  base?: string,
): ResolvedLink {
  let url: URL;
  try {
    const pageUrl = new URL(encodeURI(pagePathOf(fromFile)), site.origin);
    url = new URL(href.trim(), base === undefined ? pageUrl : new URL(base.trim(), pageUrl));
  } catch {
    return { kind: 'invalid', href, reason: 'not a valid URL' };
  }
  if (inlineSchemes.has(url.protocol)) return { kind: 'inline', url: url.href };
  if (url.origin !== site.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return { kind: 'external', url: url.href };
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'invalid', href, reason: `malformed percent-encoding in ${url.pathname}` };
  }
  const relative = path.slice(1);
  return {
    kind: 'internal',
    url: url.href,
    path,
    file: path.endsWith('/') ? `${relative}index.html` : relative,
    query: url.search.slice(1),
    fragment: url.hash === '' ? (url.href.endsWith('#') ? '' : undefined) : url.hash.slice(1),
  };
}
