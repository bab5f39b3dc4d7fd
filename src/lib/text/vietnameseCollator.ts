/** Sorts Vietnamese names in dictionary order (a, ă, â, b, c, d, đ …), ignoring case. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Returns a copy of `items` sorted by `key` in Vietnamese dictionary order. */
export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => vietnameseCollator.compare(key(a), key(b)));
}
