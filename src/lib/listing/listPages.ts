/**
 * Splitting a list page that grows with the corpus (văn bản, quyết định khen thưởng, cơ quan, trách
 * nhiệm, lịch) into numbered pages, so that no page grows without bound (GitHub issue 7: every page
 * under 60 KB transferred). A list no longer than its page size stays one page, exactly as before:
 * the small shipped content never sees pagination.
 *
 * Page 1 is the list's own address (`/van-ban/`); page n ≥ 2 is `<list>/trang/<n>/`.
 *
 * Why not Astro's `paginate()`: it puts page n at `<list>/<n>/` (or page 1 at `<list>/trang/1/` when
 * nested). The lists here keep their existing address for page 1, use the Vietnamese word "trang"
 * for the others, and share one pure, unit-tested splitter with the grouped lists (calendar months,
 * decision files).
 */
/** Entries per page of each paginated list (also the threshold above which a list is split). */
export const listPageSizes = {
  /** `/van-ban/`: about 40 bytes gzip per row. */
  documents: 300,
  /** `/khen-thuong/`: about 60 bytes gzip per row. */
  awardDecisions: 300,
  /** `/lich/`: one milestone with its sentence, about 40 bytes gzip. */
  milestones: 400,
  /** `/co-quan/`: one short line per organization. */
  organizations: 1000,
  /** `/trach-nhiem/`: one short line per organization given tasks. */
  responsibilities: 1000,
  /** `/bang-vang/`: an issuer with links to its boards of each year, about 50 bytes gzip. */
  honourBoardIssuers: 500,
  /** The table of each decision's files on `/du-lieu/`: about 50 bytes gzip per row. */
  decisionFiles: 300,
} as const;

/** The addresses of the paginated lists (page 1). */
export const listBasePaths = {
  documents: '/van-ban/',
  milestones: '/lich/',
  organizations: '/co-quan/',
  responsibilities: '/trach-nhiem/',
} as const;

/** One page of a paginated list. */
export interface ListPage<T> {
  /** 1-based. */
  readonly number: number;
  /** How many pages the list has (1 when it is not split). */
  readonly count: number;
  /** The page's address: the list's own for page 1, `<list>trang/<n>/` after. */
  readonly href: string;
  /** The entries on this page, in list order. */
  readonly items: readonly T[];
  /** 1-based position in the whole list of the first and last entry on the page (0, 0 when empty). */
  readonly first: number;
  readonly last: number;
  /** Entries in the whole list. */
  readonly total: number;
}

/**
 * The address of page `number` of the list at `basePath`.
 *
 * @param basePath the list's address, with a trailing slash (`/van-ban/`)
 * @param number 1-based page number
 */
export function listPageHref(basePath: string, number: number): string {
  return number <= 1 ? basePath : `${basePath}trang/${String(number)}/`;
}

/**
 * Splits `items` into pages of `pageSize` entries, in order. An empty list or one of at most
 * `pageSize` entries is one page holding everything.
 *
 * @throws {RangeError} when `pageSize` is not a positive integer
 */
export function paginate<T>(
  items: readonly T[],
  basePath: string,
  pageSize: number,
): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a positive integer, got ${String(pageSize)}`);
  }
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * pageSize, (i + 1) * pageSize);
    const first = slice.length === 0 ? 0 : i * pageSize + 1;
    return {
      number: i + 1,
      count,
      href: listPageHref(basePath, i + 1),
      items: slice,
      first,
      last: slice.length === 0 ? 0 : first + slice.length - 1,
      total: items.length,
    };
  });
}

/**
 * The meta description of page `number` of a list: the list's own on page 1, with "Trang n." after on
 * the others, so that no two pages share one.
 */
export function pagedDescription(description: string, number: number): string {
  return number <= 1 ? description : `${description} Trang ${String(number)}.`;
}

/**
 * The `trang/<n>` rest parameter of page `number` for a `[...page]` route: undefined for page 1 (the
 * list's own address).
 */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `trang/${String(number)}`;
}

/**
 * The page a `[...page]` rest parameter names: 1 for none, n for `trang/<n>`; null for anything else.
 */
export function pageNumberOf(param: string | undefined): number | null {
  if (param === undefined || param === '') return 1;
  const match = /^trang\/([1-9]\d*)$/.exec(param);
  return match === null ? null : Number(match[1]);
}

/**
 * The `getStaticPaths` entries of a `[...page]` list route: one per page of `items` split by
 * {@link paginate}, `{ params: { page: undefined } }` for the list's own address, then
 * `{ params: { page: "trang/<n>" } }`.
 */
export function listPagePaths(
  items: readonly unknown[],
  basePath: string,
  pageSize: number,
): { params: { page: string | undefined } }[] {
  return paginate(items, basePath, pageSize).map((p) => ({
    params: { page: pageParam(p.number) },
  }));
}

/**
 * The page of `items` (split by {@link paginate}) that a `[...page]` route's rest parameter names.
 *
 * @param param `Astro.params.page`: undefined for page 1, `trang/<n>` after
 * @throws {RangeError} when `param` names no page of the list (not `trang/<n>`, or n beyond the last)
 */
export function listPageAt<T>(
  items: readonly T[],
  basePath: string,
  pageSize: number,
  param: string | undefined,
): ListPage<T> {
  const pages = paginate(items, basePath, pageSize);
  const number = pageNumberOf(param);
  const page = number === null ? undefined : pages[number - 1];
  if (page === undefined) {
    throw new RangeError(
      `${basePath}${param ?? ''}: no such page (the list has ${String(pages.length)})`,
    );
  }
  return page;
}

/** An entry of a pagination bar: a page link, or a gap standing for pages left out. */
export type PaginationItem =
  | {
      readonly kind: 'page';
      readonly number: number;
      readonly href: string;
      readonly current: boolean;
    }
  | { readonly kind: 'gap' };

/** The links of a pagination bar, with the previous and next pages. */
export interface PaginationView {
  /** The page before, when there is one. */
  readonly previous?: string | undefined;
  /** The page after, when there is one. */
  readonly next?: string | undefined;
  /** First, last, and up to `window` pages either side of the current one; gaps in between. */
  readonly items: readonly PaginationItem[];
  /** "Trang 2/15 (văn bản 301–600 trên 4402)". */
  readonly status: string;
}

/**
 * The pagination bar of `page`. Shows every page when there are few; otherwise the first, the last
 * and `window` pages either side of the current one, so the bar stays short however long the list.
 *
 * @param page a page from {@link paginate}
 * @param basePath the list's address, as given to {@link paginate}
 * @param noun what the entries are, for the status line ("văn bản", "mốc thời gian")
 */
export function paginationView(
  page: Pick<ListPage<unknown>, 'number' | 'count' | 'first' | 'last' | 'total'>,
  basePath: string,
  noun: string,
  window = 2,
): PaginationView {
  const shown = new Set<number>([1, page.count]);
  for (let n = page.number - window; n <= page.number + window; n += 1) {
    if (n >= 1 && n <= page.count) shown.add(n);
  }
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  numbers.forEach((n, i) => {
    const before = numbers[i - 1];
    if (before !== undefined && n - before > 1) items.push({ kind: 'gap' });
    items.push({
      kind: 'page',
      number: n,
      href: listPageHref(basePath, n),
      current: n === page.number,
    });
  });
  return {
    previous: page.number > 1 ? listPageHref(basePath, page.number - 1) : undefined,
    next: page.number < page.count ? listPageHref(basePath, page.number + 1) : undefined,
    items,
    status: `Trang ${String(page.number)}/${String(page.count)} (${noun} ${String(page.first)}–${String(page.last)} trên ${String(page.total)})`,
  };
}

/**
 * Runs of consecutive entries with the same key, in order: how a page cut out of a grouped list (by
 * level, by month) is grouped again. A key that comes back after another starts a new run.
 */
export function groupConsecutive<T, K>(
  items: readonly T[],
  keyOf: (item: T) => K,
): { key: K; items: T[] }[] {
  const runs: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = runs.at(-1);
    if (last !== undefined && last.key === key) last.items.push(item);
    else runs.push({ key, items: [item] });
  }
  return runs;
}

/**
 * The entries of a grouped list, each with its group, in group order: the list {@link paginate} splits
 * when a grouped list (organizations by level) is too long for one page.
 */
export function flattenGroups<G, T>(
  groups: readonly G[],
  itemsOf: (group: G) => readonly T[],
): { group: G; item: T }[] {
  return groups.flatMap((group) => itemsOf(group).map((item) => ({ group, item })));
}
