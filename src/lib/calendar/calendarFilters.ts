/**
 * The filters of `/lich/`: `co-quan` (issuing organization id) and `tinh` (province). Shared by the
 * page (data attributes) and its script, so both read the same names.
 */
export const calendarFilterParams = ['co-quan', 'tinh'] as const;
export type CalendarFilterParam = (typeof calendarFilterParams)[number];
export type CalendarFilterState = Partial<Record<CalendarFilterParam, string>>;

/** Reads the chosen filters from a query string; empty values mean "all". */
export function readCalendarFilters(search: string): CalendarFilterState {
  const params = new URLSearchParams(search);
  const state: CalendarFilterState = {};
  for (const p of calendarFilterParams) {
    const value = params.get(p)?.trim() ?? '';
    if (value !== '') state[p] = value;
  }
  return state;
}

/** The query string for a filter state ("" when nothing is chosen). */
export function writeCalendarFilters(state: CalendarFilterState): string {
  const params = new URLSearchParams();
  for (const p of calendarFilterParams) {
    const value = state[p];
    if (value !== undefined && value !== '') params.set(p, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Whether an item with these values passes every chosen filter. */
export function calendarItemMatches(
  values: Partial<Record<CalendarFilterParam, string>>,
  state: CalendarFilterState,
): boolean {
  return calendarFilterParams.every((p) => {
    const wanted = state[p];
    return wanted === undefined || wanted === '' || values[p] === wanted;
  });
}

/** The count sentence: "Đang hiện 3 trên 6 mốc thời gian." */
export function calendarCountMessage(shown: number, total: number): string {
  return shown === total
    ? `Có ${String(total)} mốc thời gian.`
    : `Đang hiện ${String(shown)} trên ${String(total)} mốc thời gian.`;
}
