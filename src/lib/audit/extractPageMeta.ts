import { collapseWhitespace, type HtmlScan } from './scanHtml';

/** The texts a page shows in a browser tab and a search result. */
export interface PageMeta {
  /** The `<title>` text, white space collapsed; `undefined` without a `<title>` element. */
  readonly title: string | undefined;
  /**
   * The `content` of the first `<meta name="description">`, white space collapsed; `undefined` when
   * there is no such tag or it has no `content`.
   */
  readonly description: string | undefined;
}

/**
 * The title and description of a page.
 *
 * @param scan - the page as read by `scanHtml`.
 * @returns both texts; an empty `<title></title>` gives `''`, not `undefined`. Never throws.
 */
export function extractPageMeta(scan: HtmlScan): PageMeta {
  const meta = scan.tags.find(
    (t) => t.name === 'meta' && t.attributes.get('name')?.toLowerCase() === 'description',
  );
  const content = meta?.attributes.get('content');
  return {
    title: scan.title,
    description: content === undefined ? undefined : collapseWhitespace(content),
  };
}
