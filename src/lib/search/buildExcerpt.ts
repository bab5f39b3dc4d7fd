import { searchKey } from '../text/foldVietnamese';
import { stripFoldedTerms } from './foldedTerms';

/** A piece of a snippet; `highlight` marks words that match the query. Rendered as text, never HTML. */
export interface ExcerptSegment {
  readonly text: string;
  readonly highlight: boolean;
}

/**
 * The query words as the search matches them: accent- and case-insensitive, đ folded to d.
 * "Đảng  ủy" → ["dang", "uy"].
 */
export function queryTerms(query: string): string[] {
  return searchKey(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

/**
 * What is sent to Pagefind for a user's query: NFC, đ/Đ folded to d (pages index the folded form of
 * every đ-word, see foldedTerms.ts; other marks Pagefind folds itself), white space collapsed.
 */
export function prepareQuery(query: string): string {
  return queryTerms(query).join(' ');
}

/**
 * A result snippet built from a page's own text, with its diacritics, around the passage that matches
 * the most query words. Pagefind's own excerpt could land on the hidden folded words, so it is not used.
 *
 * Matching is accent-insensitive both ways and by prefix (the last word may be half typed), like
 * Pagefind's own matching.
 *
 * @param content the page's indexed text (Pagefind `data().content`)
 * @param query what the user typed
 * @param length snippet length in words (default 30)
 * @returns segments to render in order, with "…" added where the text is cut
 */
export function buildExcerpt(content: string, query: string, length = 30): ExcerptSegment[] {
  const words = stripFoldedTerms(content)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  const terms = queryTerms(query);
  const matchOf = (word: string): string | undefined => {
    const key = searchKey(word).replace(/[^\p{L}\p{N}]/gu, '');
    return key === '' ? undefined : terms.find((t) => key.startsWith(t));
  };
  const matches = words.map(matchOf);

  let bestStart = 0;
  let bestScore = -1;
  for (let start = 0; start < Math.max(1, words.length - length + 1); start++) {
    const found = new Set<string>();
    let hits = 0;
    for (let i = start; i < Math.min(words.length, start + length); i++) {
      const m = matches[i];
      if (m !== undefined) {
        found.add(m);
        hits++;
      }
    }
    const score = found.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  // Start a couple of words before the first hit so the match has some context.
  const firstHit = matches.findIndex((m, i) => i >= bestStart && m !== undefined);
  const start = firstHit === -1 ? bestStart : Math.max(0, Math.min(bestStart, firstHit - 3));
  const end = Math.min(words.length, start + length);

  const segments: ExcerptSegment[] = [];
  const append = (text: string, highlight: boolean): void => {
    const last = segments[segments.length - 1];
    if (last !== undefined && last.highlight === highlight) {
      segments[segments.length - 1] = { text: last.text + text, highlight };
    } else segments.push({ text, highlight });
  };
  // Spaces stay outside highlighted segments, so <mark> wraps words only.
  const push = (text: string, highlight: boolean): void => {
    if (segments.length > 0) append(' ', false);
    append(text, highlight);
  };
  if (start > 0) push('…', false);
  for (let i = start; i < end; i++) push(words[i] ?? '', matches[i] !== undefined);
  if (end < words.length) push('…', false);
  return segments;
}
