// The Open Graph card of an exemplar: /og/dien-hinh/<id>.png (1200 × 630), with its cover photo.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { summarizeExemplar } from '../../../lib/exemplars/exemplarCards';
import { exemplarOgCard } from '../../../lib/og/ogCardData';
import { exemplarOgImage } from '../../../lib/og/ogImageUrls';
import { renderOgCard } from '../../../lib/og/render';
import { loadExemplarEntries } from '../../dien-hinh/_exemplarData';
import { exemplarCoverFile } from '../_exemplarCover';
import { pngResponse } from '../_pngResponse';

export const getStaticPaths = (async () => {
  const entries = await loadExemplarEntries();
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

type Props = { entry: CollectionEntry<'exemplars'> };

/** Renders the card, or takes it from the cache (src/lib/og/render.ts). */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { entry } = props;
  const card = exemplarOgCard(summarizeExemplar(entry), await exemplarCoverFile(entry));
  return pngResponse(await renderOgCard(card, exemplarOgImage(entry.id)));
};
