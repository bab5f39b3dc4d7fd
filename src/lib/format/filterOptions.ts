import { documentKinds, type DocumentKind } from '../documents/documentKinds';
import { levelOrder, type OrganizationLevel } from '../organizations/organizationTerms';
import { sortVietnamese } from '../text/vietnameseCollator';
import { kindLabel } from './documentNames';
import { levelLabel } from './labels';

/** One choice in a filter select. */
export interface FilterOption<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

/**
 * One select of a list's filter form (ListFilterForm.astro): its URL parameter, its label, the label
 * of the empty choice ("Tất cả …") and the choices that occur in the list.
 */
export interface SelectFilter<P extends string = string> {
  readonly param: P;
  readonly label: string;
  readonly allLabel: string;
  readonly options: readonly FilterOption[];
}

/** The fields of a document row the filters look at. */
export interface FilterableDocument {
  readonly kind: DocumentKind;
  readonly issuerId: string;
  readonly issuerName: string;
  readonly level?: OrganizationLevel | undefined;
  readonly year?: number | undefined;
}

/** The kinds present, in the order of `documentKinds` (plans first), labelled in Vietnamese. */
export function kindOptions(docs: readonly FilterableDocument[]): FilterOption<DocumentKind>[] {
  const present = new Set(docs.map((d) => d.kind));
  return documentKinds
    .filter((k) => present.has(k))
    .map((k) => ({ value: k, label: kindLabel(k) }));
}

/** The issuers present, once each, in Vietnamese dictionary order of their names. */
export function issuerOptions(docs: readonly FilterableDocument[]): FilterOption[] {
  const byId = new Map<string, string>();
  for (const d of docs) byId.set(d.issuerId, d.issuerName);
  return sortVietnamese(
    [...byId].map(([value, label]) => ({ value, label })),
    (o) => o.label,
  );
}

/** The levels present, from the top (Trung ương) down. */
export function levelOptions(
  docs: readonly FilterableDocument[],
): FilterOption<OrganizationLevel>[] {
  const present = new Set<OrganizationLevel>();
  for (const d of docs) if (d.level !== undefined) present.add(d.level);
  return [...present]
    .sort((a, b) => levelOrder[a] - levelOrder[b])
    .map((level) => ({ value: level, label: levelLabel(level) }));
}

/** The years present, newest first. */
export function yearOptions(docs: readonly FilterableDocument[]): FilterOption[] {
  const years = new Set<number>();
  for (const d of docs) if (d.year !== undefined) years.add(d.year);
  return [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
}
