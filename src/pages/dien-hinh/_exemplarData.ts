// Loads the exemplars collection once per build for the exemplar pages and for the pages that link to
// exemplars (plans, award decisions). Not a route: files starting with _ are skipped by Astro's router.
import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  exemplarCards,
  exemplarsForAwardDecision,
  exemplarsForDocument,
  type ExemplarCard,
} from '../../lib/exemplars/exemplarCards';
import { oncePerBuild } from '../_oncePerBuild';

/** An exemplar card as pages use it: the cover is Astro's image. */
export type ExemplarCardView = ExemplarCard<ImageMetadata>;

/** Every exemplar entry (the dev server reads them afresh on every request). */
export const loadExemplarEntries = oncePerBuild((): Promise<CollectionEntry<'exemplars'>[]> =>
  getCollection('exemplars'),
);

/** Every exemplar as a card, newest first. */
export const loadExemplarCards = oncePerBuild(async (): Promise<ExemplarCardView[]> =>
  exemplarCards(await loadExemplarEntries()),
);

/** The exemplars linked to a document (for `<ExemplarLinks>` on /van-ban/<id>/). */
export async function exemplarLinksForDocument(documentId: string): Promise<ExemplarCardView[]> {
  return exemplarsForDocument(await loadExemplarCards(), documentId);
}

/** The exemplars linked to an award decision (for `<ExemplarLinks>` on /khen-thuong/<id>/). */
export async function exemplarLinksForAwardDecision(
  decisionId: string,
): Promise<ExemplarCardView[]> {
  return exemplarsForAwardDecision(await loadExemplarCards(), decisionId);
}
