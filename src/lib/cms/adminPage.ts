/**
 * The files of the web editor that the build writes next to Decap's bundle in `dist/admin/`
 * (scripts/admin/buildAdmin.ts): the page, the list of the site's stylesheets for previews, and the
 * index of entry ids for the save check. Pure.
 */
import type { CollectionName } from '../../schemas/shared/idReference';
import { htmlElements } from '../html/elements';
import type { IdsIndex } from './checkEntry';

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `dist/admin/index.html`: plain HTML (not an Astro page, so no site CSP `<meta>`; the /admin policy
 * comes as a header, src/lib/security/contentSecurityPolicy.ts `adminPolicy`), no inline script or
 * style. `admin.js` comes first so it can ask Decap for manual start-up; the site's stylesheets are
 * listed as `<meta name="preview-style">` for the preview pane.
 *
 * @param previewStyles site stylesheet addresses (`/_astro/….css`)
 */
export function adminIndexHtml(previewStyles: readonly string[]): string {
  const styles = previewStyles.map(
    (href) => `    <meta name="preview-style" content="${escapeAttribute(href)}" />`,
  );
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    '    <meta name="robots" content="noindex, nofollow" />',
    '    <title>Trình soạn thảo nội dung – Thi đua, khen thưởng</title>',
    // No icon file: without this the browser asks for /favicon.ico and logs a 404.
    '    <link rel="icon" href="data:," />',
    ...styles,
    '    <script src="admin.js"></script>',
    '    <script src="decap-cms.js"></script>',
    '  </head>',
    '  <body>',
    '    <noscript>Trình soạn thảo cần bật JavaScript.</noscript>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The stylesheets a built page links (`<link rel="stylesheet" href="/_astro/….css">`), in order: the
 * preview pane uses the home page's, which carry the site's base styles.
 */
export function linkedStylesheets(html: string): string[] {
  return htmlElements(html)
    .filter(
      (e) =>
        e.name === 'link' &&
        (e.attributes['rel'] ?? '').toLowerCase().split(/\s+/).includes('stylesheet') &&
        e.attributes['href'] !== undefined,
    )
    .map((e) => e.attributes['href'] ?? '');
}

/**
 * The ids of every published entry per collection (`dist/admin/ids.json`), sorted, for the save
 * check's references.
 *
 * @param entries collection and id of each content file (drafts `_*` excluded by the caller)
 */
export function idsIndexOf(
  entries: readonly { readonly collection: CollectionName; readonly id: string }[],
): IdsIndex {
  const index: Record<CollectionName, string[]> = {
    documents: [],
    organizations: [],
    awardForms: [],
    awardDecisions: [],
    exemplars: [],
    movements: [],
  };
  for (const { collection, id } of entries) index[collection].push(id);
  for (const list of Object.values(index)) list.sort();
  return index;
}

/**
 * The names of Astro's scoped-style attributes (`data-astro-cid-…`) on the elements inside a built
 * page's `<main>` (the `<main>` element itself, which belongs to the layout, excluded), sorted. The
 * preview pane puts them on every element it renders, so the components' scoped rules (which select
 * `.exemplar__place[data-astro-cid-…]`) apply there as on the page; without them only the global
 * styles would.
 *
 * @param html a built page
 * @returns `[]` when the page has no `<main>`
 */
export function mainScopeAttributes(html: string): string[] {
  const open = /<main\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</main>');
  if (open === null || close < open.index) return [];
  const inside = html.slice(open.index + open[0].length, close);
  const names = new Set<string>();
  for (const element of htmlElements(inside)) {
    for (const name of Object.keys(element.attributes)) {
      if (name.startsWith('data-astro-cid-')) names.add(name);
    }
  }
  return [...names].sort();
}
