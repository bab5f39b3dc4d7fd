/**
 * Reference copies: pages a shard publishes for entries it only borrows (see `selectShard`: the
 * Politburo directive a provincial plan carries out is copied into every province's shard). Each
 * shard's own search finds them, as it should; the portal, which searches every shard at once, would
 * list one directive once per shard. So a shard build marks those pages with a Pagefind filter, and
 * the portal's searches leave marked pages out ({@link excludeReferenceCopies}); the owner's page (the
 * portal's own, for central documents) is the one listed.
 */
import type { CollectionName } from '../../schemas/shared/idReference';
import type { EntryKey } from './selectShard';

/** The Pagefind filter a reference copy carries, and its only value. */
export const referenceCopyFilter = 'referenceCopy';
export const referenceCopyValue = '1';

/** The page route of each collection's entries (`src/pages/<route>/[id]/index.astro`). */
const pageRoutes: Readonly<Record<CollectionName, string>> = {
  documents: 'van-ban',
  organizations: 'co-quan',
  awardForms: 'hinh-thuc-khen-thuong',
  awardDecisions: 'khen-thuong',
  exemplars: 'dien-hinh',
  movements: 'phong-trao',
};

/**
 * The built HTML file of an entry's page, relative to the output folder:
 * `{ documents, x }` → `van-ban/x/index.html`.
 */
export function entryPageFile(entry: EntryKey): string {
  return `${pageRoutes[entry.collection]}/${entry.id}/index.html`;
}

/**
 * A built page marked as a reference copy: `data-pagefind-filter="referenceCopy:1"` added to its
 * `<html>` element. Pagefind reads filters anywhere on a page, also outside `data-pagefind-body`
 * (checked against Pagefind 1.6); nothing else in the page changes and readers see no difference.
 *
 * @param html a page as Astro wrote it (one `<html …>` start tag)
 * @returns the marked page; the page unchanged when it is already marked
 * @throws Error when the page has no `<html>` start tag
 */
export function markReferenceCopy(html: string): string {
  const marker = `data-pagefind-filter="${referenceCopyFilter}:${referenceCopyValue}"`;
  if (html.includes(marker)) return html;
  const start = /<html(?=[\s>])/i.exec(html);
  if (start === null) throw new Error('the page has no <html> start tag to mark');
  const at = start.index + start[0].length;
  return `${html.slice(0, at)} ${marker}${html.slice(at)}`;
}

/**
 * The Pagefind filter clause that leaves reference copies out of a search, to merge into a search's
 * `filters` (`{ ...filters, ...excludeReferenceCopies }`). Pagefind's `not` inverts the pages that
 * carry the filter; an index without the filter (the portal's own, a whole-site build) keeps all its
 * pages.
 */
export const excludeReferenceCopies: Readonly<{ not: Readonly<Record<string, string>> }> = {
  not: { [referenceCopyFilter]: referenceCopyValue },
};
