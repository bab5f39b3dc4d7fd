import { vietnameseCollator } from '../text/vietnameseCollator';
import { issuedSortKey } from './dates';

/** Something with an issue date (possibly partial or unknown) and a name to break ties. */
export interface Dated {
  readonly issued?: string | undefined;
  /** Tie-breaker, compared in Vietnamese collation order. */
  readonly name: string;
}

/**
 * Compares two dated items newest first; unknown dates last; equal dates by name. A less precise date
 * sorts after the precise dates within it (2025-12-05 before 2025-12 before 2025) when newest first.
 */
export function compareNewestFirst(a: Dated, b: Dated): number {
  const ka = issuedSortKey(a.issued);
  const kb = issuedSortKey(b.issued);
  if (ka !== kb) return ka < kb ? 1 : -1;
  return vietnameseCollator.compare(a.name, b.name);
}

/**
 * Compares two dated items oldest first; unknown dates still last; equal dates by name.
 */
export function compareOldestFirst(a: Dated, b: Dated): number {
  const unknownA = a.issued === undefined;
  const unknownB = b.issued === undefined;
  if (unknownA !== unknownB) return unknownA ? 1 : -1;
  const ka = issuedSortKey(a.issued);
  const kb = issuedSortKey(b.issued);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return vietnameseCollator.compare(a.name, b.name);
}

/** Returns a copy of `items` sorted newest first by `key(item)`, unknown dates last. */
export function sortNewestFirst<T>(items: readonly T[], key: (item: T) => Dated): T[] {
  return [...items].sort((a, b) => compareNewestFirst(key(a), key(b)));
}
