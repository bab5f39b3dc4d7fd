/** Addresses of the award pages. Public URLs are promises: change one only with a redirect. */

/** Every award decision and proposed list: `/khen-thuong/`. */
export const awardsIndexHref = '/khen-thuong/';

/** Proposed lists under public consultation: `/khen-thuong/lay-y-kien/`. */
export const consultationsHref = '/khen-thuong/lay-y-kien/';

/** The award catalogue: `/hinh-thuc-khen-thuong/`. */
export const awardFormsHref = '/hinh-thuc-khen-thuong/';

/** The honour boards: `/bang-vang/`. */
export const honourBoardsHref = '/bang-vang/';

/** The page of an award decision or proposed list: `/khen-thuong/<id>/`. */
export function awardDecisionHref(id: string): string {
  return `${awardsIndexHref}${id}/`;
}

/** The page of an award form: `/hinh-thuc-khen-thuong/<id>/`. */
export function awardFormHref(id: string): string {
  return `${awardFormsHref}${id}/`;
}

/** The honour board of one issuer for one year: `/bang-vang/<organization-id>/<year>/`. */
export function honourBoardHref(organizationId: string, year: number): string {
  return `${honourBoardsHref}${organizationId}/${year}/`;
}
