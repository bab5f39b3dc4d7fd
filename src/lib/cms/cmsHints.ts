import { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/shared/idReference';

/**
 * What the web editor (/admin, src/lib/cms/) needs to know about a field that its zod type alone does
 * not say: the collection an id points to, whether a date may be partial, that a text is a photo path.
 *
 * - `{ reference: 'organizations' }`: an id of an entry of that collection (`idReference`)
 * - `{ date: 'partial' }`: `2025`, `2025-06` or `2025-06-30` (`partialDateField`)
 * - `{ date: 'day' }`: a full day `2025-06-30`
 * - `{ image: true }`: the path of a photo next to the story (`./images/…`)
 */
export type CmsHint =
  | { readonly reference: CollectionName }
  | { readonly date: 'partial' | 'day' }
  | { readonly image: true };

/**
 * The hints, attached to the field schemas where they are defined. Zod registries follow a schema
 * through `.describe()`, `.superRefine()` and the other clones (a clone inherits its parent's entry),
 * so a field keeps its hint however a collection refines it.
 */
export const cmsHints = z.registry<CmsHint>();
