/**
 * The search filters every document page emits (data-pagefind-filter) and the search page offers,
 * with their Vietnamese labels and URL parameter names (/tim-kiem/?q=…&loai=Kế+hoạch&nam=2025).
 */
export const searchFilterKeys = ['kind', 'issuer', 'level', 'year'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

export const searchFilterLabels: Readonly<
  Record<SearchFilterKey, { readonly label: string; readonly param: string }>
> = {
  kind: { label: 'Loại văn bản', param: 'loai' },
  issuer: { label: 'Cơ quan ban hành', param: 'co-quan' },
  level: { label: 'Cấp', param: 'cap' },
  year: { label: 'Năm', param: 'nam' },
};

/**
 * The portal's extra filter (src/lib/shard/portalShards.ts): the site a result comes from, set on each
 * merged index with Pagefind's `mergeFilter` under the key `site`.
 */
export const siteFilterLabel: { readonly label: string; readonly param: string } = {
  label: 'Trang',
  param: 'trang',
};
