import { z } from 'astro/zod';
import { cmsHints } from '../../lib/cms/cmsHints';

/** An entry id: lower-case ASCII words joined by hyphens, as produced by `toSlug`. */
export const entryIdPattern = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** The collections an entry may point to. */
export type CollectionName =
  'documents' | 'organizations' | 'awardForms' | 'awardDecisions' | 'exemplars' | 'movements';

/**
 * A reference to another entry, written in content as its id ("bo-chinh-tri") and read as
 * `{ collection, id }`, the same shape Astro's `reference()` produces.
 *
 * The project uses this instead of `reference()` from `astro:content` so that the content config,
 * the importer, the validation pass and the tests share one schema module (`astro:content` only
 * exists inside an Astro build). Whether the id exists is checked by `src/lib/validation`, which
 * reports every broken reference with the nearest ids; Astro 7.3 would only log it and exit 0.
 */
export function idReference<C extends CollectionName>(collection: C) {
  const schema = z
    .string()
    .regex(entryIdPattern, {
      message: `must be the id of an entry in content/${collection}/ (lower-case letters, digits and hyphens, e.g. "bo-chinh-tri")`,
    })
    .transform((id) => ({ collection, id }));
  cmsHints.add(schema, { reference: collection });
  return schema;
}

export type EntryReference<C extends CollectionName> = { collection: C; id: string };
