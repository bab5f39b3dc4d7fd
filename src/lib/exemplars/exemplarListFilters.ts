import type { FilterOption, SelectFilter } from '../format/filterOptions';
import { sortVietnamese } from '../text/vietnameseCollator';
import { exemplarKindLabels, exemplarKinds } from './exemplarTerms';
import type { ExemplarCard } from './exemplarCards';

/**
 * The query parameters of `/dien-hinh/`, in URL order: kind (its Vietnamese label), province, movement,
 * year. `?loai=Gương+người+tốt,+việc+tốt&nam=2026` is a shareable filtered list.
 */
export const exemplarFilterParams = ['loai', 'tinh', 'phong-trao', 'nam'] as const;
export type ExemplarFilterParam = (typeof exemplarFilterParams)[number];

/** Chosen values by parameter; an absent or empty value means "all". */
export type ExemplarFilterState = Partial<Record<ExemplarFilterParam, string>>;

/** One select of the exemplar filter form. */
export type ExemplarFilterField = SelectFilter<ExemplarFilterParam>;

type FilterableCard = Pick<ExemplarCard<unknown>, 'kind' | 'province' | 'movement' | 'year'>;

/** The values a card carries for each filter ("" when it has none, e.g. no movement). */
export function exemplarFilterValues(card: FilterableCard): Record<ExemplarFilterParam, string> {
  return {
    loai: exemplarKindLabels[card.kind],
    tinh: card.province,
    'phong-trao': card.movement ?? '',
    nam: String(card.year),
  };
}

/** The `data-*` attributes of a card that the filter script reads. */
export function exemplarDataAttributes(
  card: FilterableCard,
): Record<`data-${ExemplarFilterParam}`, string> {
  const values = exemplarFilterValues(card);
  return {
    'data-loai': values.loai,
    'data-tinh': values.tinh,
    'data-phong-trao': values['phong-trao'],
    'data-nam': values.nam,
  };
}

const distinct = (values: readonly string[]): string[] => [
  ...new Set(values.filter((v) => v !== '')),
];

/**
 * The four selects of `/dien-hinh/`, holding only values that occur: kinds in glossary order,
 * provinces and movements in Vietnamese dictionary order, years newest first.
 */
export function exemplarFilterFields(cards: readonly FilterableCard[]): ExemplarFilterField[] {
  const present = new Set(cards.map((c) => c.kind));
  const option = (value: string): FilterOption => ({ value, label: value });
  return [
    {
      param: 'loai',
      label: 'Loại điển hình',
      allLabel: 'Tất cả các loại',
      options: exemplarKinds
        .filter((k) => present.has(k))
        .map((k) => option(exemplarKindLabels[k])),
    },
    {
      param: 'tinh',
      label: 'Tỉnh, thành phố',
      allLabel: 'Tất cả tỉnh, thành phố',
      options: sortVietnamese(distinct(cards.map((c) => c.province)), (v) => v).map(option),
    },
    {
      param: 'phong-trao',
      label: 'Phong trào thi đua',
      allLabel: 'Tất cả phong trào',
      options: sortVietnamese(distinct(cards.map((c) => c.movement ?? '')), (v) => v).map(option),
    },
    {
      param: 'nam',
      label: 'Năm',
      allLabel: 'Tất cả các năm',
      options: distinct(cards.map((c) => String(c.year)))
        .sort((a, b) => Number(b) - Number(a))
        .map(option),
    },
  ];
}

/** Reads the filter state from a query string; unknown keys ignored. */
export function readExemplarFilterState(search: string): ExemplarFilterState {
  const params = new URLSearchParams(search);
  const state: ExemplarFilterState = {};
  for (const p of exemplarFilterParams) {
    const value = params.get(p);
    if (value !== null && value !== '') state[p] = value;
  }
  return state;
}

/** Writes the filter state as a query string, "" when nothing is chosen. */
export function writeExemplarFilterState(state: ExemplarFilterState): string {
  const params = new URLSearchParams();
  for (const p of exemplarFilterParams) {
    const value = state[p];
    if (value !== undefined && value !== '') params.set(p, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Whether a card with these values passes every chosen filter. */
export function exemplarMatches(
  values: Partial<Record<ExemplarFilterParam, string>>,
  state: ExemplarFilterState,
): boolean {
  return exemplarFilterParams.every((p) => {
    const wanted = state[p];
    return wanted === undefined || wanted === '' || values[p] === wanted;
  });
}

/** The sentence announcing how many exemplars are shown. */
export function exemplarCountMessage(shown: number, total: number): string {
  return shown === total
    ? `Đang hiển thị tất cả ${total} điển hình.`
    : `Đang hiển thị ${shown} trên ${total} điển hình.`;
}
