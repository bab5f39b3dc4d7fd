/**
 * Addresses of the Open Graph images, one per page (`/og/<section>/<id>.png`, built by the
 * endpoints in src/pages/og/), and the card every other page shares. Public URLs are promises:
 * change one only with a redirect.
 */

/** The card of pages without their own: the home page's, `/og/trang-chu.png`. */
export const defaultOgImage = '/og/trang-chu.png';

/** The card of a document page: `/og/van-ban/<id>.png`. */
export function documentOgImage(id: string): string {
  return `/og/van-ban/${id}.png`;
}

/** The card of an organization page: `/og/co-quan/<id>.png`. */
export function organizationOgImage(id: string): string {
  return `/og/co-quan/${id}.png`;
}

/** The card of an award decision or proposed list: `/og/khen-thuong/<id>.png`. */
export function awardDecisionOgImage(id: string): string {
  return `/og/khen-thuong/${id}.png`;
}

/** The card of an exemplar: `/og/dien-hinh/<id>.png`. */
export function exemplarOgImage(id: string): string {
  return `/og/dien-hinh/${id}.png`;
}
