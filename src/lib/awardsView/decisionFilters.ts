import {
  awardDecisionStatuses,
  awardDecisionStatusLabels,
  awardeeTypeLabels,
  awardeeTypes,
  type AwardDecisionStatus,
  type AwardeeType,
} from '../awards/awardTerms';
import {
  issuerOptions,
  levelOptions,
  yearOptions,
  type SelectFilter,
} from '../format/filterOptions';
import type { AwardFormSummary, DecisionSummary } from './awardsModel';

/**
 * The query parameters of `/khen-thuong/`, in URL order. `nam`, `co-quan` and `cap` take the same
 * values as on `/van-ban/` and the search page (year, issuer name, level label); `hinh-thuc` takes an
 * award form id, `doi-tuong` and `trang-thai` ASCII slugs.
 */
export const decisionFilterParams = [
  'nam',
  'co-quan',
  'cap',
  'hinh-thuc',
  'doi-tuong',
  'trang-thai',
] as const;
export type DecisionFilterParam = (typeof decisionFilterParams)[number];

/** Parameters whose row value is a space-separated list: a decision may confer several forms on several types of awardee. */
export const multiValueParams: readonly DecisionFilterParam[] = ['hinh-thuc', 'doi-tuong'];

/** Chosen filter values by parameter; absent or empty means "all". */
export type DecisionFilterState = Partial<Record<DecisionFilterParam, string>>;

/** URL values of the awardee types. */
export const awardeeTypeSlugs: Readonly<Record<AwardeeType, string>> = {
  individual: 'ca-nhan',
  collective: 'tap-the',
  household: 'ho-gia-dinh',
};

/** URL values of the statuses. */
export const statusSlugs: Readonly<Record<AwardDecisionStatus, string>> = {
  proposed: 'dang-lay-y-kien',
  decided: 'da-quyet-dinh',
  revoked: 'da-thu-hoi',
};

/** The status choices: a proposed list is one whether its consultation is open or has closed. */
export const statusFilterLabels: Readonly<Record<AwardDecisionStatus, string>> = {
  ...awardDecisionStatusLabels,
  proposed: 'Đang lấy ý kiến, chờ quyết định',
};

/** The values a decision row carries for each filter; "" when it has none (no year). */
export function decisionRowValues(d: DecisionSummary): Record<DecisionFilterParam, string> {
  return {
    nam: d.year === undefined ? '' : String(d.year),
    'co-quan': d.issuerName,
    cap: d.level === undefined ? '' : d.levelLabel,
    'hinh-thuc': d.awardFormIds.join(' '),
    'doi-tuong': d.awardeeTypes.map((t) => awardeeTypeSlugs[t]).join(' '),
    'trang-thai': statusSlugs[d.status],
  };
}

/** The `data-*` attributes of a list row that the filter script reads (`data-nam`, `data-hinh-thuc` …). */
export function decisionRowAttributes(
  d: DecisionSummary,
): Record<`data-${DecisionFilterParam}`, string> {
  const v = decisionRowValues(d);
  return {
    'data-nam': v.nam,
    'data-co-quan': v['co-quan'],
    'data-cap': v.cap,
    'data-hinh-thuc': v['hinh-thuc'],
    'data-doi-tuong': v['doi-tuong'],
    'data-trang-thai': v['trang-thai'],
  };
}

/** One select of the award filter form. */
export type DecisionFilterField = SelectFilter<DecisionFilterParam>;

/**
 * The six selects of `/khen-thuong/`, each holding only values that occur: year (newest first), issuer
 * (dictionary order), level (top down), award form (catalogue order), awardee type and status (fixed
 * order).
 */
export function decisionFilterFields(
  decisions: readonly DecisionSummary[],
  forms: readonly AwardFormSummary[],
): DecisionFilterField[] {
  const formIds = new Set(decisions.flatMap((d) => d.awardFormIds));
  const types = new Set(decisions.flatMap((d) => d.awardeeTypes));
  const statuses = new Set(decisions.map((d) => d.status));
  const filterable = decisions.map((d) => ({
    kind: 'decision' as const,
    issuerId: d.issuerId,
    issuerName: d.issuerName,
    level: d.level,
    year: d.year,
  }));
  return [
    { param: 'nam', label: 'Năm', allLabel: 'Tất cả các năm', options: yearOptions(filterable) },
    {
      param: 'co-quan',
      label: 'Cơ quan ban hành',
      allLabel: 'Tất cả cơ quan',
      options: [...new Set(issuerOptions(filterable).map((o) => o.label))].map((name) => ({
        value: name,
        label: name,
      })),
    },
    {
      param: 'cap',
      label: 'Cấp',
      allLabel: 'Tất cả các cấp',
      options: levelOptions(filterable).map((o) => ({ value: o.label, label: o.label })),
    },
    {
      param: 'hinh-thuc',
      label: 'Hình thức khen thưởng',
      allLabel: 'Tất cả hình thức',
      options: forms.filter((f) => formIds.has(f.id)).map((f) => ({ value: f.id, label: f.name })),
    },
    {
      param: 'doi-tuong',
      label: 'Đối tượng được khen',
      allLabel: 'Tất cả đối tượng',
      options: awardeeTypes
        .filter((t) => types.has(t))
        .map((t) => ({ value: awardeeTypeSlugs[t], label: awardeeTypeLabels[t] })),
    },
    {
      param: 'trang-thai',
      label: 'Trạng thái',
      allLabel: 'Tất cả trạng thái',
      options: awardDecisionStatuses
        .filter((s) => statuses.has(s))
        .map((s) => ({ value: statusSlugs[s], label: statusFilterLabels[s] })),
    },
  ];
}

/** Reads the filter state from a query string; unknown keys and empty values ignored. */
export function readDecisionFilterState(search: string): DecisionFilterState {
  const params = new URLSearchParams(search);
  const state: DecisionFilterState = {};
  for (const p of decisionFilterParams) {
    const value = params.get(p);
    if (value !== null && value !== '') state[p] = value;
  }
  return state;
}

/** Writes the filter state as a query string, "" when nothing is chosen. */
export function writeDecisionFilterState(state: DecisionFilterState): string {
  const params = new URLSearchParams();
  for (const p of decisionFilterParams) {
    const value = state[p];
    if (value !== undefined && value !== '') params.set(p, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * Whether a row passes every chosen filter: equal values, or for award form and awardee type, the
 * chosen value among the row's.
 */
export function decisionRowMatches(
  values: Partial<Record<DecisionFilterParam, string>>,
  state: DecisionFilterState,
): boolean {
  return decisionFilterParams.every((p) => {
    const wanted = state[p];
    if (wanted === undefined || wanted === '') return true;
    const value = values[p] ?? '';
    return multiValueParams.includes(p) ? value.split(' ').includes(wanted) : value === wanted;
  });
}

/** The sentence announcing how many decisions and proposed lists are shown. */
export function decisionCountMessage(shown: number, total: number): string {
  return shown === total
    ? `Đang hiển thị tất cả ${total} quyết định và danh sách đề nghị khen thưởng.`
    : `Đang hiển thị ${shown} trên ${total} quyết định và danh sách đề nghị khen thưởng.`;
}
