/**
 * Folds Vietnamese to plain ASCII letters the way people type without diacritics:
 * combining marks dropped (ắ → a, ư → u, ơ → o) and đ/Đ → d/D, which Unicode does not decompose.
 * Case is kept; use {@link searchKey} to compare.
 *
 * Written here rather than taken from a transliteration library because search and identity need the
 * exact, documented Vietnamese rule and nothing else (no language-dependent extras such as ß → ss).
 *
 * @param text NFC or NFD text
 * @returns text with no Vietnamese diacritics
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * A comparison key: folded ({@link foldVietnamese}), lower case, runs of white space collapsed.
 * "Đảng  ủy" and "dang uy" have the same key.
 */
export function searchKey(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();
}
