// The Open Graph card of an organization page: /og/co-quan/<id>.png (1200 × 630).
import type { APIRoute, GetStaticPaths } from 'astro';
import { organizationOgCard } from '../../../lib/og/ogCardData';
import { organizationOgImage } from '../../../lib/og/ogImageUrls';
import { renderOgCard } from '../../../lib/og/render';
import { organizationPage } from '../../../lib/site/organizationPage';
import { loadSiteModel } from '../../_siteData';
import { pngResponse } from '../_pngResponse';

export const getStaticPaths = (async () => {
  const model = await loadSiteModel();
  return [...model.organizations.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** Renders the card, or takes it from the cache (src/lib/og/render.ts). */
export const GET: APIRoute = async ({ params }) => {
  const id = params['id'] ?? '';
  const page = organizationPage(await loadSiteModel(), id);
  return pngResponse(await renderOgCard(organizationOgCard(page), organizationOgImage(id)));
};
