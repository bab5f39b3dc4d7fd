/** The page of a document: `/van-ban/<id>/`. */
export function documentHref(id: string): string {
  return `/van-ban/${id}/`;
}

/** The original text of a document, served as plain text: `/van-ban/<id>/van-ban-goc.txt`. */
export function documentSourceHref(id: string): string {
  return `/van-ban/${id}/van-ban-goc.txt`;
}

/** The page of an organization: `/co-quan/<id>/`. */
export function organizationHref(id: string): string {
  return `/co-quan/${id}/`;
}

/** Site sections, for the navigation and for marking the current one. */
export const siteSections = [
  { href: '/', label: 'Trang chủ' },
  { href: '/van-ban/', label: 'Văn bản' },
  { href: '/he-thong-chi-dao/', label: 'Hệ thống chỉ đạo' },
  { href: '/co-quan/', label: 'Cơ quan' },
  { href: '/tim-kiem/', label: 'Tìm kiếm' },
] as const;

/**
 * The navigation entry a path belongs to: the longest section prefix ("/van-ban/abc/" → "/van-ban/";
 * "/" only for the home page itself).
 */
export function currentSection(pathname: string): string | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === '/') return '/';
  return siteSections
    .map((s) => s.href)
    .filter((href) => href !== '/' && path.startsWith(href))
    .sort((a, b) => b.length - a.length)[0];
}
