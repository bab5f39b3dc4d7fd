// The home page's Open Graph card, shared by every page without its own: /og/trang-chu.png.
import type { APIRoute } from 'astro';
import { homeOgCard } from '../../lib/og/ogCardData';
import { defaultOgImage } from '../../lib/og/ogImageUrls';
import { renderOgCard } from '../../lib/og/render';
import { pngResponse } from './_pngResponse';

/** Renders the card, or takes it from the cache (src/lib/og/render.ts). */
export const GET: APIRoute = async () =>
  pngResponse(await renderOgCard(homeOgCard(), defaultOgImage));
