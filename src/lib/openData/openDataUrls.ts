/**
 * Addresses of the open-data files. Paths are site-relative; exported files carry absolute URLs made
 * with `absoluteUrl` and the site address (`site` in astro.config.mjs, from SITE_URL). Files end in
 * their extension; pages end in `/` (trailingSlash: 'always'). The award pages' own addresses are in
 * src/lib/awardsView/urls.ts, document and organization pages in src/lib/site/urls.ts. Public URLs
 * are promises: change one only with a redirect.
 */

/** One decision's awardees as CSV: `/khen-thuong/<id>/khen-thuong.csv`. */
export function decisionCsvHref(id: string): string {
  return `/khen-thuong/${id}/khen-thuong.csv`;
}

/** One decision as JSON: `/khen-thuong/<id>/khen-thuong.json`. */
export function decisionJsonHref(id: string): string {
  return `/khen-thuong/${id}/khen-thuong.json`;
}

/** Site-wide open-data files and pages. */
export const openDataHrefs = {
  /** The page that documents the data: fields, licence, personal-data policy. */
  page: '/du-lieu/',
  /** Every published awardee of every decision, one row each. */
  allCsv: '/khen-thuong/khen-thuong.csv',
  /** Every decision with its published awardees. */
  allJson: '/khen-thuong/khen-thuong.json',
  /** The JSON Schema of the decision JSON files. */
  jsonSchema: '/du-lieu/khen-thuong.schema.json',
  /** The award catalogue (danh mục hình thức khen thưởng, danh hiệu thi đua). */
  awardFormsJson: '/du-lieu/hinh-thuc-khen-thuong.json',
  /** New decisions and consultations, RSS 2.0. */
  rss: '/khen-thuong/rss.xml',
  /** The same items, Atom 1.0. */
  atom: '/khen-thuong/atom.xml',
} as const;

/**
 * An absolute URL for a site path.
 *
 * @param path a site-relative path starting with `/`
 * @param site the site address (`Astro.site`, `context.site`), e.g. `https://thiduakhenthuong.gov.vn`
 * @throws TypeError when `site` is not an absolute URL
 */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
