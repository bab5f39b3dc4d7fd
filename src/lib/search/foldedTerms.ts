import { foldVietnamese } from '../text/foldVietnamese';

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
 * order. The page puts them, bracketed, in a hidden element inside its indexed body
 * (SearchFoldedTerms.astro); result snippets are built from the page's own text without them.
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
 * read the page's text from the `text` meta (SearchableBody.astro, {@link readableText}).
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

/** Pagefind's own markers that its `data-pagefind-meta` capture leaves after headings (1.6). */
const pagefindMarkers = /\s*___(?:END_)?PAGEFIND_(?:WEIGHT|AUTO_WEIGHT|ANCHOR)___\s*/g;

/**
 * A search result's readable text, for snippets and phrase ranking: the page's `text` meta (its
 * running text, captured by Pagefind from SearchableBody.astro, block ends as ". ") without the
 * markers Pagefind leaves in it, or, for a page without that meta, its indexed content without the
 * hidden words.
 *
 * @param data a Pagefind result's `data()`: `content` and `meta`
 * @returns plain text with single spaces
 */
export function readableText(data: {
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}): string {
  const text = data.meta['text'];
  if (text === undefined || text.trim() === '') return stripFoldedTerms(data.content);
  return text
    .replace(pagefindMarkers, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
