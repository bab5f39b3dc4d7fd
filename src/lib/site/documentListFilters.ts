import {
  issuerOptions,
  kindOptions,
  levelOptions,
  yearOptions,
  type SelectFilter,
} from '../format/filterOptions';
import type { DocumentSummary } from './siteModel';

/**
 * The query parameters of `/van-ban/`, in URL order: the same names and the same values as the search
 * page (src/lib/search/searchFilters.ts) and the Pagefind filters of document pages, so that
 * `?loai=Chỉ+thị&nam=2025` means the same thing on both pages.
 */
export const filterParams = ['loai', 'co-quan', 'cap', 'nam'] as const;
export type FilterParam = (typeof filterParams)[number];

/** Chosen filter values by parameter; an absent or empty value means "all". */
export type FilterState = Partial<Record<FilterParam, string>>;

/**
 * The values a document row carries for each filter: kind label, issuer name, level label, year
 * ("" when it has none, e.g. no date).
 */
export function rowFilterValues(doc: DocumentSummary): Record<FilterParam, string> {
  return {
    loai: doc.kindLabel,
    'co-quan': doc.issuerName,
    cap: doc.level === undefined ? '' : doc.levelLabel,
    nam: doc.year === undefined ? '' : String(doc.year),
  };
}

/** The `data-*` attributes of a list row that the filter script reads (`data-loai`, `data-cap` …). */
export function rowDataAttributes(doc: DocumentSummary): Record<`data-${FilterParam}`, string> {
  const values = rowFilterValues(doc);
  return {
    'data-loai': values.loai,
    'data-co-quan': values['co-quan'],
    'data-cap': values.cap,
    'data-nam': values.nam,
  };
}

/** One select of the document filter form. */
export type FilterField = SelectFilter<FilterParam>;

/**
 * The four selects of `/van-ban/`: kind, issuer (Vietnamese dictionary order), level (top down) and
 * year (newest first), holding only values that occur in `docs`.
 */
export function documentListFilters(docs: readonly DocumentSummary[]): FilterField[] {
  return [
    {
      param: 'loai',
      label: 'Loại văn bản',
      allLabel: 'Tất cả các loại',
      options: kindOptions(docs).map((o) => ({ value: o.label, label: o.label })),
    },
    {
      param: 'co-quan',
      label: 'Cơ quan ban hành',
      allLabel: 'Tất cả cơ quan',
      // Two issuers may share a name across validity periods: one choice per name.
      options: [...new Set(issuerOptions(docs).map((o) => o.label))].map((name) => ({
        value: name,
        label: name,
      })),
    },
    {
      param: 'cap',
      label: 'Cấp',
      allLabel: 'Tất cả các cấp',
      options: levelOptions(docs).map((o) => ({ value: o.label, label: o.label })),
    },
    { param: 'nam', label: 'Năm ban hành', allLabel: 'Tất cả các năm', options: yearOptions(docs) },
  ];
}

/** Reads the filter state from a query string ("?loai=ke-hoach&nam=2025"); unknown keys ignored. */
export function readFilterState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const p of filterParams) {
    const value = params.get(p);
    if (value !== null && value !== '') state[p] = value;
  }
  return state;
}

/** Writes the filter state as a query string, "" when nothing is chosen. */
export function writeFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const p of filterParams) {
    const value = state[p];
    if (value !== undefined && value !== '') params.set(p, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Whether a row with these values passes every chosen filter. */
export function rowMatches(
  values: Partial<Record<FilterParam, string>>,
  state: FilterState,
): boolean {
  return filterParams.every((p) => {
    const wanted = state[p];
    return wanted === undefined || wanted === '' || values[p] === wanted;
  });
}

/** The sentence announcing how many documents are shown. */
export function countMessage(shown: number, total: number): string {
  return shown === total
    ? `Đang hiển thị tất cả ${total} văn bản.`
    : `Đang hiển thị ${shown} trên ${total} văn bản.`;
}
