// The A4 poster of an exemplar: /dien-hinh/<id>/ap-phich.png (1240 × 1754, A4 portrait at 150 dpi).
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { summarizeExemplar } from '../../../lib/exemplars/exemplarCards';
import { exemplarHref, exemplarPosterHref } from '../../../lib/exemplars/exemplarUrls';
import { exemplarPosterData } from '../../../lib/og/ogCardData';
import { renderExemplarPoster } from '../../../lib/og/render';
import { exemplarCoverFile } from '../../og/_exemplarCover';
import { pngResponse } from '../../og/_pngResponse';
import { loadExemplarEntries } from '../_exemplarData';

export const getStaticPaths = (async () => {
  const entries = await loadExemplarEntries();
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

type Props = { entry: CollectionEntry<'exemplars'> };

/** Renders the poster, or takes it from the cache (src/lib/og/render.ts). */
export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  const { entry } = props;
  const pageUrl = new URL(exemplarHref(entry.id), site ?? url).href;
  const poster = exemplarPosterData(
    summarizeExemplar(entry),
    await exemplarCoverFile(entry),
    pageUrl,
  );
  return pngResponse(await renderExemplarPoster(poster, exemplarPosterHref(entry.id)));
};
