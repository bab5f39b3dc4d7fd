import type { HtmlScan } from './scanHtml';

/**
 * The fragment targets of a page: the `id` of every element and the `name` of every `<a>` (the two
 * things a `#fragment` can select, HTML "find a potential indicated element").
 *
 * @param scan - the page as read by `scanHtml`.
 * @returns the ids and anchor names, exactly as written (case-sensitive, references decoded); empty
 *   values are left out. Never throws.
 */
export function extractAnchors(scan: HtmlScan): Set<string> {
  const anchors = new Set<string>();
  for (const tag of scan.tags) {
    const id = tag.attributes.get('id');
    if (id) anchors.add(id);
    if (tag.name === 'a') {
      const name = tag.attributes.get('name');
      if (name) anchors.add(name);
    }
  }
  return anchors;
}
