/**
 * Client code of the search page (/tim-kiem/). Loads Pagefind's browser API, runs the query from the URL,
 * renders filters and results as DOM text (never innerHTML), and keeps the URL in sync so a search can
 * be shared. Query folding and snippets come from src/lib/search (unit-tested).
 *
 * On a national portal (built with PORTAL_SHARDS, listed in the results list's `data-portal-sites`)
 * the page also merges every shard's index (Pagefind `mergeIndex`, src/lib/shard/portalShards.ts),
 * says on each result which site it comes from (its link goes there), and leaves out shards' reference
 * copies of entries other sites own (src/lib/shard/referenceCopies.ts). The search form's "Tìm trên"
 * (`?trang=`) chooses one site, and then only that shard's index is loaded (`searchScope`). A shard
 * whose index cannot be loaded is left out and named, and the others are still searched.
 *
 * Every index may come with a delta (`pagefind/delta/`, merged too) and pages of the base index it
 * replaces (`pagefind/changes.json`), which results and filter counts leave out: a build indexes only
 * the pages that changed since its last full index (src/lib/search/searchIndexChanges.ts).
 */
import {
  addSuperseded,
  allSupersededFilters,
  countsWithout,
  readSearchChanges,
  supersededAmong,
  type FilterCounts,
  type SupersededPages,
} from '../../lib/search/applySearchChanges';
import { buildExcerpt, prepareQuery } from '../../lib/search/buildExcerpt';
import { readableText } from '../../lib/search/foldedTerms';
import { rankByPhrase } from '../../lib/search/phraseScore';
import {
  searchFilterKeys,
  searchFilterLabels,
  siteFilterLabel,
} from '../../lib/search/searchFilters';
import {
  mergeIndexCall,
  readPortalSites,
  searchScope,
  siteFilterKey,
  siteOfResult,
  type PortalSite,
} from '../../lib/shard/portalShards';
import { excludeReferenceCopies } from '../../lib/shard/referenceCopies';
import type { PageFilters, SearchChanges } from '../../lib/search/searchIndexChanges';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindApi {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (indexPath: string, o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (
    q: string | null,
    o: { filters: Record<string, unknown> },
  ) => Promise<{ results: PagefindResult[]; filters?: FilterCounts } | null>;
}

/** A filter the page offers: its Pagefind key, label and URL parameter. */
interface FilterDefinition {
  readonly key: string;
  readonly label: string;
  readonly param: string;
}

const pageSize = 10;
/** How many of the engine's top results are re-ordered by phrase match (each loads its fragment). */
const rerankWindow = 30;

type LoadResult = () => Promise<PagefindResultData>;

/**
 * A result's data with `content` replaced by the page's readable text (its `text` meta; indexed
 * pages give the index each word once, see indexTerms), for snippets and phrase ranking.
 */
async function readData(result: PagefindResult): Promise<PagefindResultData> {
  const data = await result.data();
  return { ...data, content: readableText(data) };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className !== undefined) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

/** The sites of a portal: the shards, and the name of the portal's own pages. */
interface Portal {
  readonly sites: readonly PortalSite[];
  readonly ownName: string;
}

function renderResult(
  data: PagefindResultData,
  query: string,
  portal: Portal | null,
): HTMLLIElement {
  const link = el('a', { text: data.meta['title'] ?? data.url });
  link.href = data.url;
  const metaParts = [data.meta['number'], data.meta['issuer'], data.meta['date']].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  const snippet = el('p', { className: 'result-snippet' });
  for (const segment of buildExcerpt(data.content, query)) {
    snippet.append(segment.highlight ? el('mark', { text: segment.text }) : segment.text);
  }
  const rows: Node[] = [
    el('h2', {}, [link]),
    el('p', { className: 'result-meta', text: metaParts.join(' · ') }),
  ];
  if (portal !== null) {
    const site = siteOfResult(data.url, portal.sites);
    const where = site === undefined ? portal.ownName : `${site.name} (${new URL(site.url).host})`;
    rows.push(el('p', { className: 'result-site', text: `Trang: ${where}` }));
  }
  return el('li', {}, [...rows, snippet]);
}

/**
 * The changes of the index at `indexPath` (its `changes.json`), or undefined when it has no such file
 * (built before incremental indexing): then the index is searched as it is.
 *
 * @throws when the site cannot be reached or the file is not a changes.json
 */
async function fetchChanges(indexPath: string): Promise<SearchChanges | undefined> {
  const response = await fetch(`${indexPath}changes.json`);
  return response.ok ? readSearchChanges(await response.json()) : undefined;
}

/** How an index is merged: on a portal, with the site filter every page of it gets. */
interface MergeOptions {
  readonly mergeFilter?: Readonly<Record<string, string>>;
}

/**
 * Merges the delta of the index at `indexPath`, when it has one, and adds the base's superseded pages
 * to `superseded` under `origin` (a shard's origin, "" for this site), counted under the filters
 * `options.mergeFilter` gives the index's pages.
 */
async function mergeChanges(
  pagefind: PagefindApi,
  indexPath: string,
  changes: SearchChanges,
  options: MergeOptions,
  origin: string,
  superseded: SupersededPages,
): Promise<void> {
  if (changes.delta) await pagefind.mergeIndex(`${indexPath}delta/`, { ...options });
  const filters: PageFilters = Object.fromEntries(
    Object.entries(options.mergeFilter ?? {}).map(([key, value]) => [key, [value]]),
  );
  addSuperseded(superseded, origin, changes, filters);
}

/**
 * Merges every shard's index into the portal's search, with its delta. Each index is first fetched
 * once (its `changes.json`, or for a shard built without one its `pagefind-entry.json`): Pagefind
 * cannot drop a merged index that failed to load, and every later search would fail with it.
 *
 * @returns the names of the sites whose index could not be loaded
 */
async function mergeShards(
  pagefind: PagefindApi,
  sites: readonly PortalSite[],
  superseded: SupersededPages,
): Promise<string[]> {
  const merged = await Promise.all(
    sites.map(async (site) => {
      const { indexPath, options } = mergeIndexCall(site);
      try {
        // A shard that cannot be reached fails here; one built before incremental indexing has
        // no changes.json, and its index is probed instead.
        const changes = await fetchChanges(indexPath);
        if (changes === undefined) {
          const probe = await fetch(`${indexPath}pagefind-entry.json`);
          if (!probe.ok) return false;
        }
        await pagefind.mergeIndex(indexPath, options);
        if (changes !== undefined) {
          await mergeChanges(pagefind, indexPath, changes, options, site.url, superseded);
        }
        return true;
      } catch {
        return false;
      }
    }),
  );
  return sites.filter((_, i) => merged[i] !== true).map((s) => s.name);
}

/** Starts the search page: reads ?q= and filter parameters, searches, renders. */
export async function startSearchPage(): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const filterBox = document.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  const filterFields = document.querySelector<HTMLElement>('[data-search-filter-fields]');
  const filterStatus = document.querySelector<HTMLElement>('[data-search-filters-status]');
  const filterChosen = document.querySelector<HTMLElement>('[data-search-filters-chosen]');
  const input = document.querySelector<HTMLInputElement>('#search-page-query');
  const sitesNote = document.querySelector<HTMLElement>('[data-search-sites-note]');
  if (!status || !list || !more || !filterBox || !filterFields || !input) return;

  let portal: Portal | null = null;
  try {
    const sites = readPortalSites(list.dataset['portalSites']);
    if (sites.length > 0) portal = { sites, ownName: list.dataset['ownSite'] ?? 'Trang này' };
  } catch {
    portal = null;
  }
  // On a portal the site is chosen in the search form ("Tìm trên"), not in the filter panel: it decides
  // which indexes are loaded, so it is fixed for the page's life.
  const filterDefinitions: FilterDefinition[] = [
    ...searchFilterKeys.map((key) => ({ key, ...searchFilterLabels[key] })),
    ...(portal === null ? [] : [{ key: siteFilterKey, ...siteFilterLabel }]),
  ];
  const panelFilters = filterDefinitions.filter(({ key }) => key !== siteFilterKey);

  const params = new URLSearchParams(window.location.search);
  const query = (params.get('q') ?? '').trim();
  input.value = query;
  for (const box of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) {
    box.value = query;
  }
  /** The filters in force, by Pagefind key: from the URL, then as the reader chooses. */
  const chosen = new Map<string, string>();
  for (const { key, param } of filterDefinitions) {
    const value = params.get(param);
    if (value) chosen.set(key, value);
  }
  const scope =
    portal === null ? null : searchScope(portal.sites, portal.ownName, chosen.get(siteFilterKey));
  if (scope?.site === undefined) chosen.delete(siteFilterKey);
  const scopeSelect = document.querySelector<HTMLSelectElement>('[data-search-scope]');
  if (scopeSelect !== null) scopeSelect.value = scope?.site ?? '';
  /** " trên Gia Lai" after a count when the reader chose one site, else nothing. */
  const where = scope?.site === undefined ? '' : ` trên ${scope.site}`;
  const scopeFilters: Record<string, string[]> =
    scope?.site === undefined ? {} : { [siteFilterKey]: [scope.site] };

  status.textContent = 'Đang tải chỉ mục tìm kiếm…';
  /** Pages of the base indexes that a delta replaced or that were removed. */
  const superseded: SupersededPages = new Map();
  let pagefind: PagefindApi;
  try {
    // Loaded at run time from the built site; Vite must not try to bundle it.
    const path = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ path)) as PagefindApi;
    await pagefind.options({ excerptLength: 30 });
    await pagefind.init();
    const ownOptions: MergeOptions =
      portal === null ? {} : { mergeFilter: { [siteFilterKey]: portal.ownName } };
    if (portal !== null) await pagefind.options({ ...ownOptions });
    // A changes.json that cannot be read leaves the own index searched as it is.
    const own = await fetchChanges('/pagefind/').catch(() => undefined);
    if (own !== undefined) {
      await mergeChanges(pagefind, '/pagefind/', own, ownOptions, '', superseded);
    }
  } catch {
    status.textContent =
      'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang, hoặc xem danh sách văn bản.';
    return;
  }
  /**
   * The index a result comes from, as superseded pages are listed: the origin of its shard on a
   * portal (read from its address, which loads its data), "" for this site's own pages.
   */
  const indexOf = async (result: PagefindResult): Promise<string> =>
    portal === null ? '' : (siteOfResult((await result.data()).url, portal.sites)?.url ?? '');
  /** Filters every search adds: on a portal, shards' reference copies are left out. */
  const baseFilters: Record<string, unknown> = portal === null ? {} : { ...excludeReferenceCopies };
  if (scope !== null && scope.sites.length > 0) {
    status.textContent = 'Đang tải chỉ mục của các trang…';
    const failed = await mergeShards(pagefind, scope.sites, superseded);
    if (sitesNote !== null && failed.length > 0) {
      sitesNote.textContent = `Không tải được chỉ mục tìm kiếm của: ${failed.join(', ')}. Kết quả chưa gồm các trang này.`;
      sitesNote.hidden = false;
    }
  }

  // The filter lists load when the reader opens "Lọc kết quả", not with the first search: Pagefind
  // keeps one file per filter with every page's number in it (about 220 KB at 10,000 plans, more than
  // the index chunks a query needs; docs/performance.md). A filter chosen in the URL is applied at
  // once (Pagefind loads only that filter's file) and named in the panel's summary.
  const labelOf = new Map(filterDefinitions.map(({ key, label }) => [key, label]));
  const showChosen = (): void => {
    if (filterChosen === null) return;
    const parts = [...chosen]
      .filter(([key]) => key !== siteFilterKey)
      .map(([key, value]) => `${labelOf.get(key) ?? key}: ${value}`);
    filterChosen.textContent = parts.length === 0 ? '' : ` (đang lọc: ${parts.join('; ')})`;
  };
  showChosen();
  filterBox.hidden = false;
  let filtersLoaded = false;
  const loadFilters = async (): Promise<void> => {
    if (filtersLoaded) return;
    filtersLoaded = true;
    if (filterStatus !== null) filterStatus.textContent = 'Đang tải danh sách bộ lọc…';
    // On a portal the counts leave reference copies out, like the searches, and count only the site
    // chosen under "Tìm trên" (the portal's own index is always loaded).
    const available: FilterCounts = await (
      portal === null
        ? pagefind
            .filters()
            .then((counts) => countsWithout(counts, allSupersededFilters(superseded)))
        : pagefind
            .search(null, { filters: { ...baseFilters, ...scopeFilters } })
            .then(async (search) =>
              search?.filters === undefined
                ? countsWithout(await pagefind.filters(), allSupersededFilters(superseded))
                : countsWithout(
                    search.filters,
                    (await supersededAmong(search.results, superseded, indexOf)).map(
                      (hit) => hit.filters,
                    ),
                  ),
            )
    ).catch(() => ({}));
    // Pagefind swallows a failed download of a filter file and keeps the failure for the page's
    // life, so a failure shows as no value at all: every indexed page has a kind.
    if (Object.values(available).every((counts) => Object.keys(counts).length === 0)) {
      if (filterStatus !== null) {
        filterStatus.textContent =
          'Không tải được danh sách bộ lọc. Hãy tải lại trang để thử lại; tìm kiếm vẫn dùng được.';
      }
      return;
    }
    for (const { key, label, param } of panelFilters) {
      const values = Object.keys(available[key] ?? {}).sort((a, b) => b.localeCompare(a, 'vi'));
      if (key !== 'year') values.reverse();
      const select = el('select');
      select.name = param;
      const all = el('option', { text: 'Tất cả' });
      all.value = '';
      select.append(all);
      for (const value of values) {
        const option = el('option', { text: `${value} (${available[key]?.[value] ?? 0})` });
        option.value = value;
        option.selected = chosen.get(key) === value;
        select.append(option);
      }
      select.addEventListener('change', () => {
        if (select.value === '') chosen.delete(key);
        else chosen.set(key, select.value);
        showChosen();
        void run();
      });
      filterFields.append(el('label', { text: label }, [select]));
    }
    if (filterStatus !== null) filterStatus.textContent = '';
  };
  filterBox.addEventListener('toggle', () => {
    if (filterBox.open) void loadFilters();
  });
  const paramOf = new Map(filterDefinitions.map(({ key, param }) => [key, param]));

  let results: LoadResult[] = [];
  let shown = 0;

  const showMore = async (): Promise<void> => {
    const batch = results.slice(shown, shown + pageSize);
    shown += batch.length;
    const rows = await Promise.all(
      batch.map(async (load) => renderResult(await load(), query, portal)),
    );
    list.append(...rows);
    more.hidden = shown >= results.length;
  };

  const run = async (): Promise<void> => {
    const filters: Record<string, string[]> = {};
    const url = new URLSearchParams();
    if (query !== '') url.set('q', query);
    for (const [key, value] of chosen) {
      filters[key] = [value];
      url.set(paramOf.get(key) ?? key, value);
    }
    const qs = url.toString();
    window.history.replaceState(null, '', qs === '' ? window.location.pathname : `?${qs}`);
    list.replaceChildren();
    shown = 0;
    // The site chosen under "Tìm trên" alone does not list all its pages: it narrows a search.
    if (query === '' && Object.keys(filters).every((key) => key === siteFilterKey)) {
      results = [];
      more.hidden = true;
      status.textContent = `Nhập từ khóa để tìm${where}, hoặc chọn một bộ lọc.`;
      return;
    }
    status.textContent = 'Đang tìm…';
    const search = await pagefind.search(query === '' ? null : prepareQuery(query), {
      filters: { ...filters, ...baseFilters },
    });
    const all = search?.results ?? [];
    const hidden = new Set(
      (await supersededAmong(all, superseded, indexOf)).map((hit) => hit.result),
    );
    const found = all.filter((result) => !hidden.has(result));
    const head = await Promise.all(found.slice(0, rerankWindow).map(readData));
    results = [
      ...rankByPhrase(head, query).map(
        (data): LoadResult =>
          () =>
            Promise.resolve(data),
      ),
      ...found.slice(rerankWindow).map(
        (r): LoadResult =>
          () =>
            readData(r),
      ),
    ];
    // Rows first, then the count: the status line tells assistive technology (and tests) that the
    // results are on the page.
    await showMore();
    status.textContent =
      results.length === 0
        ? `Không tìm thấy kết quả${query === '' ? '' : ` cho “${query}”`}${where}. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc${where === '' ? '' : ', hoặc tìm trên tất cả các trang'}.`
        : `Tìm thấy ${results.length} kết quả${query === '' ? '' : ` cho “${query}”`}${where}.`;
  };

  more.addEventListener('click', () => void showMore());
  await run();
}
