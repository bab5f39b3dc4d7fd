// Not a route: files starting with _ are skipped by Astro's router.

/** A PNG as an endpoint's response (`Content-Type: image/png`). */
export function pngResponse(png: Uint8Array): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
