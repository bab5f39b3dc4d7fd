// The Open Graph card of a document page: /og/van-ban/<id>.png (1200 × 630).
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentOgCard } from '../../../lib/og/ogCardData';
import { documentOgImage } from '../../../lib/og/ogImageUrls';
import { renderOgCard } from '../../../lib/og/render';
import type { DocumentSummary } from '../../../lib/site/siteModel';
import { loadSiteModel } from '../../_siteData';
import { pngResponse } from '../_pngResponse';

export const getStaticPaths = (async () => {
  const model = await loadSiteModel();
  return model.documents.map((doc) => ({ params: { id: doc.id }, props: { doc } }));
}) satisfies GetStaticPaths;

type Props = { doc: DocumentSummary };

/** Renders the card, or takes it from the cache (src/lib/og/render.ts). */
export const GET: APIRoute<Props> = async ({ props }) =>
  pngResponse(await renderOgCard(documentOgCard(props.doc), documentOgImage(props.doc.id)));
