import { entryIdPattern, type CollectionName } from '../../schemas/shared/idReference';
import type { ParsedEntry } from './parseSource';

/** One id written in an entry that should name another entry. */
export interface WrittenReference {
  /** Dotted path of the id in the entry: `issuer`, `implements.0`, `assignments.2.organizationId`. */
  readonly field: string;
  /** Top-level field it belongs to (`implements`), for grouping. */
  readonly key: string;
  readonly collection: CollectionName;
  readonly id: string;
}

/** The reference fields of each collection and the collection they point to (src/schemas/). */
export const referenceFields: Readonly<
  Record<CollectionName, readonly { key: string; to: CollectionName; list: boolean }[]>
> = {
  documents: [
    { key: 'issuer', to: 'organizations', list: false },
    { key: 'implements', to: 'documents', list: true },
    { key: 'basedOn', to: 'documents', list: true },
    { key: 'cites', to: 'documents', list: true },
    { key: 'movements', to: 'movements', list: true },
  ],
  organizations: [
    { key: 'parent', to: 'organizations', list: false },
    { key: 'successors', to: 'organizations', list: true },
  ],
  awardForms: [],
  awardDecisions: [
    { key: 'issuer', to: 'organizations', list: false },
    { key: 'basedOn', to: 'documents', list: true },
    { key: 'rewards', to: 'documents', list: true },
  ],
  exemplars: [
    { key: 'organization', to: 'organizations', list: false },
    { key: 'documents', to: 'documents', list: true },
    { key: 'awardDecisions', to: 'awardDecisions', list: true },
    { key: 'movements', to: 'movements', list: true },
  ],
  movements: [
    { key: 'launchedBy', to: 'organizations', list: false },
    { key: 'launchedByDocument', to: 'documents', list: false },
  ],
};

/** Reference fields inside the items of a list field: `assignments.N.organizationId`, `awardees.N.awardForm`. */
const nestedReferenceFields: Readonly<
  Record<CollectionName, readonly { list: string; key: string; to: CollectionName }[]>
> = {
  documents: [{ list: 'assignments', key: 'organizationId', to: 'organizations' }],
  organizations: [],
  awardForms: [],
  awardDecisions: [{ list: 'awardees', key: 'awardForm', to: 'awardForms' }],
  exemplars: [],
  movements: [],
};

/**
 * Every id an entry writes in a reference field, read from the data as written so that references are
 * checked even when another field of the same file breaks the schema. Values that are not ids in shape
 * are left to the schema check, which reports them.
 *
 * Fields: documents `issuer`, `implements`, `basedOn`, `cites`, `assignments.N.organizationId`;
 * organizations `parent`, `successors`; award decisions `issuer`, `basedOn`, `rewards`,
 * `awardees.N.awardForm`. Award forms hold no references.
 */
export function collectReferences(entry: ParsedEntry): WrittenReference[] {
  const data = entry.data;
  if (data === null) return [];
  const found: WrittenReference[] = [];
  const add = (field: string, key: string, collection: CollectionName, value: unknown): void => {
    if (typeof value === 'string' && entryIdPattern.test(value)) {
      found.push({ field, key, collection, id: value });
    }
  };
  for (const { key, to, list } of referenceFields[entry.collection]) {
    const value = data[key];
    if (list && Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        add(`${key}.${index}`, key, to, item);
      });
    } else if (!list) add(key, key, to, value);
  }
  for (const { list, key, to } of nestedReferenceFields[entry.collection]) {
    const items = data[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      if (typeof item === 'object' && item !== null) {
        add(`${list}.${index}.${key}`, list, to, (item as Record<string, unknown>)[key]);
      }
    });
  }
  return found;
}
