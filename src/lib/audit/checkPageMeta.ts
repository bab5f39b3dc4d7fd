import type { PageMeta } from './extractPageMeta';

/** A page whose title or description is missing, empty or the same as another page's. */
export interface PageMetaProblem {
  /** The page (`van-ban/x/index.html`). */
  readonly page: string;
  readonly field: 'title' | 'description';
  /** What is wrong, in English, naming the other pages for a duplicate. */
  readonly reason: string;
}

/**
 * Checks that every page has a non-empty `<title>` and `<meta name="description">`, and that no two
 * pages share either (a browser tab, a bookmark and a search result must tell pages apart). Texts are
 * compared after white space is collapsed, case and diacritics included ("Trang 2" ≠ "trang 2").
 *
 * @param pages - title and description by page, as returned by `extractPageMeta`.
 * @returns one problem per page and field, pages in the order given; a duplicate is reported on every
 *   page that shares the text, each naming the others. Never throws.
 */
export function checkPageMeta(pages: ReadonlyMap<string, PageMeta>): PageMetaProblem[] {
  const problems: PageMetaProblem[] = [];
  const byText = {
    title: groupBy(pages, (m) => m.title),
    description: groupBy(pages, (m) => m.description),
  };
  const label = { title: '<title>', description: '<meta name="description">' };
  for (const [page, meta] of pages) {
    for (const field of ['title', 'description'] as const) {
      const text = meta[field];
      if (text === undefined) {
        problems.push({ page, field, reason: `no ${label[field]}` });
      } else if (text === '') {
        problems.push({ page, field, reason: `empty ${label[field]}` });
      } else {
        const others = (byText[field].get(text) ?? []).filter((p) => p !== page);
        if (others.length > 0) {
          problems.push({
            page,
            field,
            reason: `${label[field]} "${text}" is also on ${others.join(', ')}`,
          });
        }
      }
    }
  }
  return problems;
}

function groupBy(
  pages: ReadonlyMap<string, PageMeta>,
  key: (meta: PageMeta) => string | undefined,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [page, meta] of pages) {
    const text = key(meta);
    if (text === undefined || text === '') continue;
    const group = groups.get(text);
    if (group) group.push(page);
    else groups.set(text, [page]);
  }
  return groups;
}
