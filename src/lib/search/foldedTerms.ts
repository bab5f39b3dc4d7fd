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

/** Removes the bracketed folded words (see {@link foldedTerms}) from a page's indexed text. */
export function stripFoldedTerms(content: string): string {
  return content
    .replace(new RegExp(`${foldedTermsOpen}[^${foldedTermsClose}]*${foldedTermsClose}`, 'g'), ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
