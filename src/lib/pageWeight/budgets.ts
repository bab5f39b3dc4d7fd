/**
 * What a page may weigh and which pages may run JavaScript.
 *
 * Sources: issue 6 ("content pages ship no JavaScript except search and the small islands that need
 * it") and issue 7 ("a content page under 60 KB transferred without images").
 */

/** The most a page may transfer on a first visit, HTML + CSS + JS, gzip bytes (images excluded). */
export const pageBudgetGzipBytes = 60 * 1024;

/**
 * The page types (routes of src/pages, see src/lib/site/builtPages.ts) that load JavaScript, and why. Every other page type ships
 * none: the site reads, links and prints without scripts (without them, lists show in full and the
 * search page points to the document list).
 */
export const scriptIslands: Readonly<Record<string, string>> = {
  '/tim-kiem/': 'tìm kiếm (Pagefind)',
  '/van-ban/': 'lọc danh sách văn bản',
  '/khen-thuong/': 'lọc danh sách quyết định khen thưởng',
  '/dien-hinh/': 'lọc danh sách điển hình',
  '/lich/': 'lọc lịch theo cơ quan, tỉnh',
  '/khen-thuong/[id]/': 'sắp xếp bảng danh sách khen thưởng',
  '/dien-hinh/[id]/': 'nút sao chép đường liên kết',
  '/bang-vang/[organization]/[year]/': 'nút in bảng vàng',
};

/** The most JavaScript one island page may load, gzip bytes (its scripts and their imports). */
export const islandBudgetGzipBytes = 10 * 1024;
