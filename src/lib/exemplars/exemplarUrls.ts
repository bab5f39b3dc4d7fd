/** Addresses of the exemplar pages. Public URLs are promises: change one only with a redirect. */

/** Every exemplar: `/dien-hinh/`. */
export const exemplarsIndexHref = '/dien-hinh/';

/** The page of an exemplar: `/dien-hinh/<id>/`. */
export function exemplarHref(id: string): string {
  return `${exemplarsIndexHref}${id}/`;
}

/** The A4 poster of an exemplar (an image endpoint built beside the page): `/dien-hinh/<id>/ap-phich.png`. */
export function exemplarPosterHref(id: string): string {
  return `${exemplarHref(id)}ap-phich.png`;
}
