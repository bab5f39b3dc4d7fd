import { foldVietnamese } from '../text/foldVietnamese';
import { decodeUnindexed } from './unindexedText';

/**
 * Brackets around the folded words in a page's indexed text, so that result snippets can drop them
 * ({@link stripFoldedTerms}). Characters no Vietnamese document uses (U+2045, U+2046).
 */
export const foldedTermsOpen = '⁅';
export const foldedTermsClose = '⁆';

/**
 * The extra words a page gives the search index so that queries typed without diacritics find it.
 *
 * Pagefind 1.6 already folds combining marks ("nguoi tot" finds "người tốt") but not đ/Đ, which Unicode
 * does not decompose: "dang uy" would not find "Đảng ủy". For every word of `text` that contains đ/Đ,
 * this returns its folded form once ("dang", "dua", "dam"), lower case, space-separated, in first-seen
 * order. {@link indexTerms} adds them after each such word in the list a page gives the index
 * (SearchableBody.astro); result snippets are built from the page's own text without them.
 *
 * @param text the page's indexable text, NFC or NFD
 * @returns folded words separated by single spaces; "" when the text has no đ/Đ
 */
export function foldedTerms(text: string): string {
  const seen = new Set<string>();
  for (const word of text.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    if (/[đĐ]/.test(word)) seen.add(foldVietnamese(word).toLowerCase());
  }
  return [...seen].join(' ');
}

/**
 * The words a page gives the search index in place of its running text: each word once.
 *
 * Pagefind stores every occurrence of a word with its position, and a query loads the whole index
 * chunk of each of its words. Words such as "thi", "đua", "khen", "thưởng", "đảng" stand dozens of
 * times in every plan, so at 10,000 plans the chunk for "thi" alone was 271 KB and a first search
 * fetched 0.8–1.4 MB (docs/performance.md). A page therefore indexes its title as it is and, instead
 * of its running text, this list: every distinct word once, so a word costs a few bytes per page.
 * What is lost is the count of a word in a page (Pagefind ranks by it); the search page ranks the
 * top results again by phrase in the page's own text (phraseScore.ts). Snippets and that ranking
 * read the start of the page's text from the `text` meta ({@link resultText}, SearchableBody.astro).
 *
 * Words are the white-space separated tokens of `text`, NFC, lower case, with leading and trailing
 * punctuation removed and inner punctuation kept ("25-kh/tu"), so Pagefind splits them as it would
 * split the running text. A word with đ/Đ is followed by its folded form ({@link foldedTerms}).
 *
 * @param text the page's indexable text, NFC or NFD
 * @returns distinct words separated by single spaces, in first-seen order; "" for a text without words
 */
export function indexTerms(text: string): string {
  const seen = new Set<string>();
  for (const token of text.normalize('NFC').toLowerCase().split(/\s+/u)) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word === '') continue;
    seen.add(word);
    if (word.includes('đ')) seen.add(foldVietnamese(word));
  }
  return [...seen].join(' ');
}

/** Removes the bracketed folded words (see {@link foldedTerms}) from a page's indexed text. */
export function stripFoldedTerms(content: string): string {
  return content
    .replace(new RegExp(`${foldedTermsOpen}[^${foldedTermsClose}]*${foldedTermsClose}`, 'g'), ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * How much of a page's text its search result carries for snippets and phrase ranking, in characters
 * (UTF-16 code units). Each search downloads the result fragments of its top 30 results to rank them
 * by phrase (src/pages/tim-kiem/_searchPage.ts), each carrying this text encoded (encodeUnindexed,
 * unindexedText.ts): 3,000 characters make a fragment of about 3 KB gzip. They hold a plan's title,
 * issuer and first sections, and the whole awardee list of a decision of about 15 awardees. (Before
 * the text was encoded Pagefind indexed it too, which made a longer text cost build memory as well:
 * docs/performance.md.)
 */
export const resultTextLength = 3000;

/**
 * The text a page's search result carries (the `text` meta, SearchableBody.astro): the start of the
 * page's indexable text, cut at a word boundary with "…" when longer than `maxLength`. A snippet shows
 * the passage of it that matches the query best, or its start when the match lies further on.
 *
 * @param text the page's indexable text
 * @param maxLength at most this many characters before the "…" (default {@link resultTextLength})
 * @returns the text with white space collapsed
 */
export function resultText(text: string, maxLength: number = resultTextLength): string {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut.slice(0, maxLength)).trimEnd()} …`;
}

/**
 * A search result's readable text, for snippets and phrase ranking: its `text` meta ({@link
 * resultText}, stored with encodeUnindexed so that Pagefind does not index it; plain text is read as
 * it is), or, for a page without one, its indexed content without the hidden words.
 *
 * @param data a Pagefind result's `data()`: `content` and `meta`
 * @returns plain text
 */
export function readableText(data: {
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}): string {
  const text = data.meta['text'];
  return text === undefined || text.trim() === ''
    ? stripFoldedTerms(data.content)
    : decodeUnindexed(text);
}
