import { vietnameseCollator } from '../text/vietnameseCollator';

/** The two directions of `aria-sort` a user can choose. */
export type SortDirection = 'ascending' | 'descending';

/**
 * Compares two cell sort values: numbers by value ("9" before "10"), text in Vietnamese dictionary
 * order; empty values always last, whatever the direction.
 */
export function compareSortValues(a: string, b: string, direction: SortDirection): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const order = vietnameseCollator.compare(a, b);
  return direction === 'ascending' ? order : -order;
}

/** The direction after a click: ascending first, then it flips. */
export function nextSortDirection(current: string | null | undefined): SortDirection {
  return current === 'ascending' ? 'descending' : 'ascending';
}

/** What a screen reader hears after a sort: "Đã sắp xếp theo Họ và tên, tăng dần." */
export function sortAnnouncement(columnLabel: string, direction: SortDirection): string {
  return `Đã sắp xếp theo ${columnLabel}, ${direction === 'ascending' ? 'tăng dần' : 'giảm dần'}.`;
}

/**
 * The order of rows after sorting by one column, stable: equal values keep their current order.
 *
 * @param values each row's sort value for the column, in the current order
 * @returns row positions (indexes into `values`) in the new order
 */
export function sortedOrder(values: readonly string[], direction: SortDirection): number[] {
  return values
    .map((value, position) => ({ value, position }))
    .sort((a, b) => compareSortValues(a.value, b.value, direction) || a.position - b.position)
    .map((r) => r.position);
}
