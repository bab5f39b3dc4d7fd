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

/**
 * Site sections, for the navigation and for marking the current one. `also` lists other path prefixes
 * that belong to the section (the award catalogue and honour boards belong to "Khen thưởng").
 */
export const siteSections: readonly {
  readonly href: string;
  readonly label: string;
  readonly also?: readonly string[];
}[] = [
  { href: '/', label: 'Trang chủ' },
  { href: '/van-ban/', label: 'Văn bản' },
  { href: '/phong-trao/', label: 'Phong trào' },
  { href: '/khen-thuong/', label: 'Khen thưởng', also: ['/hinh-thuc-khen-thuong/', '/bang-vang/'] },
  { href: '/dien-hinh/', label: 'Điển hình' },
  { href: '/he-thong-chi-dao/', label: 'Hệ thống chỉ đạo' },
  { href: '/co-quan/', label: 'Cơ quan' },
  { href: '/lich/', label: 'Lịch' },
  { href: '/tim-kiem/', label: 'Tìm kiếm' },
];

/**
 * The navigation entry a path belongs to: the section with the longest matching prefix
 * ("/van-ban/abc/" → "/van-ban/"; "/bang-vang/x/2025/" → "/khen-thuong/"; "/" only for the home page
 * itself).
 */
export function currentSection(pathname: string): string | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === '/') return '/';
  return siteSections
    .flatMap((s) => [s.href, ...(s.also ?? [])].map((prefix) => ({ prefix, href: s.href })))
    .filter(({ prefix }) => prefix !== '/' && path.startsWith(prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0]?.href;
}
