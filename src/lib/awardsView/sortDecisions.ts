import { compareNewestFirst } from '../format/sortByIssued';

/** The fields decisions are ordered by. */
export interface SortableDecision {
  /** The issue date, or the day a proposed list without an issue date was posted. */
  readonly sortDate?: string | undefined;
  /** Tie-breaker: the full title, in Vietnamese dictionary order. */
  readonly fullTitle: string;
}

/**
 * Returns a copy of `decisions` newest first: by issue date, a proposed list without one by the day it
 * was posted for comment; undated last; equal dates by title.
 */
export function sortDecisionsNewestFirst<T extends SortableDecision>(decisions: readonly T[]): T[] {
  return [...decisions].sort((a, b) =>
    compareNewestFirst(
      { issued: a.sortDate, name: a.fullTitle },
      { issued: b.sortDate, name: b.fullTitle },
    ),
  );
}
