import { searchKey } from '../text/foldVietnamese';
import { stripFoldedTerms } from './foldedTerms';
import { queryTerms } from './buildExcerpt';

/**
 * How many times the query's words stand together, in order, in a page's text (accent-insensitive,
 * the last word by prefix). Pagefind ranks pages by the words they contain anywhere, so a short page
 * saying "cấp ủy Đảng" outranks a plan of the "Đảng ủy phường"; Vietnamese terms are multi-syllable
 * ("Đảng ủy", "thi đua") and only the phrase means the thing searched for.
 *
 * @param content the page's indexed text (Pagefind `data().content`)
 * @param query what the user typed
 * @returns the number of phrase occurrences; 0 for a one-word query or no occurrence
 */
export function phraseScore(content: string, query: string): number {
  const terms = queryTerms(query);
  if (terms.length < 2) return 0;
  const words = stripFoldedTerms(content)
    .split(/\s+/)
    .map((w) => searchKey(w).replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w !== '');
  let count = 0;
  for (let i = 0; i + terms.length <= words.length; i++) {
    const matches = terms.every((term, j) => {
      const word = words[i + j] ?? '';
      return j === terms.length - 1 ? word.startsWith(term) : word === term;
    });
    if (matches) count++;
  }
  return count;
}

/**
 * Orders search results: those containing the query as a phrase first (more occurrences first), the
 * rest after, each group keeping the search engine's order. Stable; returns a new array.
 *
 * @param items results with their page text, in the engine's order
 */
export function rankByPhrase<T extends { readonly content: string }>(
  items: readonly T[],
  query: string,
): T[] {
  return items
    .map((item, order) => ({ item, order, score: phraseScore(item.content, query) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ item }) => item);
}
