/**
 * The national portal: the same site built with PORTAL_SHARDS, whose search page searches every
 * shard's Pagefind index at once with Pagefind's multisite search (`mergeIndex`), in the reader's
 * browser; there is no search server. This module reads the list of shards (at build time from the
 * environment, in the browser from the search page's data attribute) and says how each index is
 * merged, which origins the portal's Content-Security-Policy must let it fetch from, and which shard a
 * result belongs to.
 *
 * Browser-safe: no Node.js imports (the search page bundles it).
 *
 * Pagefind's client (1.6, read from a built `/pagefind/pagefind.js`): `mergeIndex(indexPath, options)`
 * creates an index instance for `indexPath` (a URL ending in `/pagefind/`) and passes `options` to it;
 * the options used here are `baseUrl` (prefixed to every result URL of that index, so an absolute
 * `https://shard/` makes absolute links) and `mergeFilter` (a filter every page of that index gets, so
 * results can be filtered by site). If one merged index cannot be loaded, every later search of the
 * whole instance fails, so the search page checks each shard's index is reachable before merging it.
 */

/** One site the portal searches. */
export interface PortalSite {
  /** The name readers see ("Gia Lai"), also the value of the site filter. */
  readonly name: string;
  /** The site's address: `http(s)://host[:port]`, no path, no trailing slash. */
  readonly url: string;
}

/** PORTAL_SHARDS (or the search page's list of sites) cannot be read. */
export class PortalConfigError extends Error {
  override name = 'PortalConfigError';
}

/** The Pagefind filter the portal adds to each merged index (`mergeFilter`), labelled "Trang". */
export const siteFilterKey = 'site';

const example =
  'PORTAL_SHARDS="Gia Lai=https://gialai.example.vn,Lâm Đồng=https://lamdong.example.vn"';

/**
 * Parses PORTAL_SHARDS: comma-separated `name=address` pairs.
 *
 * - `name`: what readers see, e.g. "Gia Lai" (NFC; no comma, "=" or control character; at most 80
 *   characters); names must differ.
 * - `address`: the root of the shard's site, `http://` or `https://`, without path, query or
 *   fragment (the site's links start at `/`, so a shard must be served at the root of its origin);
 *   a trailing `/` is dropped. Addresses must differ.
 *
 * @param value the variable's value
 * @returns the sites in the order given
 * @throws PortalConfigError naming the faulty item and showing a correct value
 */
export function parsePortalShards(value: string): PortalSite[] {
  const sites: PortalSite[] = [];
  for (const raw of value.split(',')) {
    const item = raw.trim();
    if (item === '') {
      throw new PortalConfigError(
        `PORTAL_SHARDS="${value}" has an empty item; separate the sites with single commas, e.g. ${example}.`,
      );
    }
    const equals = item.indexOf('=');
    if (equals < 0) {
      throw new PortalConfigError(
        `PORTAL_SHARDS: "${item}" is not "name=address"; write each site as its name, "=", and its address, e.g. ${example}.`,
      );
    }
    sites.push(checkedSite(item.slice(0, equals), item.slice(equals + 1), item));
  }
  const names = new Set<string>();
  const urls = new Set<string>();
  for (const site of sites) {
    if (names.has(site.name))
      throw new PortalConfigError(`PORTAL_SHARDS names "${site.name}" twice; names must differ.`);
    if (urls.has(site.url))
      throw new PortalConfigError(`PORTAL_SHARDS lists ${site.url} twice; addresses must differ.`);
    names.add(site.name);
    urls.add(site.url);
  }
  return sites;
}

/** A site from its name and address as written, or an error naming `item`, the text they came from. */
function checkedSite(rawName: string, rawAddress: string, item: string): PortalSite {
  const name = rawName.trim().normalize('NFC');
  if (name === '' || name.length > 80 || /[\p{Cc},=]/u.test(name)) {
    throw new PortalConfigError(
      `PORTAL_SHARDS: "${item}" needs a name before "=" (at most 80 characters, no comma), e.g. ${example}.`,
    );
  }
  return { name, url: siteAddress(item, rawAddress.trim()) };
}

/** A shard's address as `protocol://host[:port]`, or an error saying what is wrong with it. */
function siteAddress(item: string, address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PortalConfigError(
      `PORTAL_SHARDS: "${address}" in "${item}" is not a web address; write it in full, e.g. https://gialai.example.vn.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PortalConfigError(
      `PORTAL_SHARDS: "${address}" in "${item}" must start with https:// (or http://).`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new PortalConfigError(
      `PORTAL_SHARDS: "${address}" in "${item}" must not contain a user name or password.`,
    );
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(address)) {
    throw new PortalConfigError(
      `PORTAL_SHARDS: "${address}" in "${item}" must be the root of a site, without a path, "?" or "#" (the site's links start at "/"), e.g. ${url.origin}.`,
    );
  }
  return url.origin;
}

/**
 * The sites a portal build searches, from PORTAL_SHARDS.
 *
 * @param env the build's environment (process.env); an unset or blank PORTAL_SHARDS means no portal
 * @returns the sites, or an empty list when this build is not a portal
 * @throws PortalConfigError when PORTAL_SHARDS cannot be read ({@link parsePortalShards}), or when a
 *   shard has the portal's own origin (SITE_URL): Pagefind would skip merging it
 */
export function portalShardsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): PortalSite[] {
  const value = env['PORTAL_SHARDS']?.trim();
  if (value === undefined || value === '') return [];
  const sites = parsePortalShards(value);
  const own = env['SITE_URL'];
  if (own !== undefined && URL.canParse(own)) {
    const origin = new URL(own).origin;
    const same = sites.find((s) => s.url === origin);
    if (same !== undefined) {
      throw new PortalConfigError(
        `PORTAL_SHARDS: "${same.name}" has the portal's own address ${origin} (SITE_URL); each shard needs its own origin.`,
      );
    }
  }
  return sites;
}

/**
 * The origins a portal's pages fetch search data from, for `connect-src` of its
 * Content-Security-Policy: one per site, in the order given, without repeats.
 */
export function portalOrigins(sites: readonly PortalSite[]): string[] {
  return [...new Set(sites.map((s) => new URL(s.url).origin))];
}

/** The arguments of one `pagefind.mergeIndex(indexPath, options)` call. */
export interface MergeIndexCall {
  /** The shard's index folder: `<url>/pagefind/`. */
  readonly indexPath: string;
  readonly options: {
    /** Prefixed to the shard's result URLs: `<url>/`, so results link to the shard itself. */
    readonly baseUrl: string;
    /** Every page of the shard gets the filter `site: <name>`. */
    readonly mergeFilter: Readonly<Record<string, string>>;
  };
}

/** How the search page merges a shard's index (see the module comment for the option names). */
export function mergeIndexCall(site: PortalSite): MergeIndexCall {
  return {
    indexPath: `${site.url}/pagefind/`,
    options: { baseUrl: `${site.url}/`, mergeFilter: { [siteFilterKey]: site.name } },
  };
}

/**
 * The site a search result comes from: the shard whose address its URL starts with, or undefined for
 * the portal's own pages (relative URLs).
 */
export function siteOfResult(url: string, sites: readonly PortalSite[]): PortalSite | undefined {
  return sites.find((s) => url.startsWith(`${s.url}/`));
}

/** What a portal's search covers: the scope the reader chose and the shards to merge for it. */
export interface SearchScope {
  /**
   * The site the reader chose under "Tìm trên" (URL parameter `trang`, the site filter's value): a
   * shard's name or the portal's own; undefined for every site.
   */
  readonly site: string | undefined;
  /** The shards whose index the search page merges (the portal's own index is always loaded). */
  readonly sites: readonly PortalSite[];
}

/**
 * The shards a portal's search merges for the site the reader chose: every shard when none is chosen,
 * none when the portal's own pages are, else the one shard named.
 *
 * Merging only the chosen shard is what keeps a search of one province small: Pagefind fetches every
 * merged index's metadata (one entry per indexed page, ≈ 9.5 bytes gzip-compressed each) and an index
 * chunk per query word before showing any result, so a search of all 34 province sites of 50,000 plans
 * fetches 1.8–2.9 MB (docs/performance.md, "Reading the targets").
 *
 * @param chosen the `trang` parameter's value, or undefined
 * @returns the scope; a name that is neither a shard's nor `ownName` (an old link, a site since
 *   removed from PORTAL_SHARDS) counts as no choice, so the page searches everything and says so,
 *   rather than finding nothing
 */
export function searchScope(
  sites: readonly PortalSite[],
  ownName: string,
  chosen: string | undefined,
): SearchScope {
  if (chosen === ownName) return { site: chosen, sites: [] };
  const shard = sites.find((s) => s.name === chosen);
  return shard === undefined ? { site: undefined, sites } : { site: shard.name, sites: [shard] };
}

/**
 * Reads the list of sites the search page carries in `data-portal-sites` (JSON written at build time
 * from {@link portalShardsFromEnv}). Each item is checked again so a hand-edited page cannot make the
 * page fetch from anywhere but a web origin.
 *
 * @param json the attribute's value; undefined or empty for a site that is not a portal
 * @returns the sites, or an empty list
 * @throws PortalConfigError when the value is not a list of `{ name, url }` with web origins
 */
export function readPortalSites(json: string | undefined): PortalSite[] {
  if (json === undefined || json === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new PortalConfigError('data-portal-sites is not JSON.');
  }
  if (!Array.isArray(value)) throw new PortalConfigError('data-portal-sites is not a list.');
  return value.map((item: unknown) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    const { name, url } = record;
    if (typeof name !== 'string' || typeof url !== 'string') {
      throw new PortalConfigError('data-portal-sites: every site needs a name and a url.');
    }
    return checkedSite(name, url, `${name}=${url}`);
  });
}
