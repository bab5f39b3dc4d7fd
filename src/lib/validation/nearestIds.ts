import { distance } from 'fastest-levenshtein';

/**
 * The existing ids closest to a missing one by edit distance (fastest-levenshtein), nearest first,
 * ties in alphabetical order: a mistyped day (`…-2024-12-25` for `…-2024-12-26`) finds the right entry.
 *
 * @param missing the id that names no entry
 * @param existing the ids of the same collection
 * @param limit how many to return (default 3)
 */
export function nearestIds(missing: string, existing: Iterable<string>, limit = 3): string[] {
  return [...existing]
    .map((id) => ({ id, cost: distance(missing, id) }))
    .sort((a, b) => a.cost - b.cost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map(({ id }) => id);
}
