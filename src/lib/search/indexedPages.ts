/**
 * Which built pages go to Pagefind.
 *
 * Pagefind's `addDirectory` reads and parses every HTML file of the site and only at the end drops
 * the pages without `data-pagefind-body` ("If data-pagefind-body is found anywhere on your site, any
 * pages without this attribute will be removed from your index", pagefind.app/docs/indexing). At 10k
 * plans that is about 70,000 pages, of which about 20,000 are indexed, and the indexer held all of
 * them: 7.3 GB peak RSS (docs/performance.md). scripts/build.ts therefore gives Pagefind only the
 * pages this function accepts, one by one (`addHTMLFile`).
 *
 * @param html a built page's HTML
 * @returns whether an element of the page carries the `data-pagefind-body` attribute
 */
export function isIndexedPage(html: string): boolean {
  // The attribute as Astro writes it: ` data-pagefind-body` followed by `>`, white space or `=`.
  // Text that only mentions the attribute (escaped in code, or inside a word) does not match.
  return /<[a-z][^<>]*\sdata-pagefind-body(?=[\s>=/])/i.test(html);
}
