/**
 * Client code of the search page (/tim-kiem/). Loads Pagefind's browser API, runs the query from the URL,
 * renders filters and results as DOM text (never innerHTML), and keeps the URL in sync so a search can
 * be shared. Query folding and snippets come from src/lib/search (unit-tested).
 */
import { buildExcerpt, prepareQuery } from '../../lib/search/buildExcerpt';
import { rankByPhrase } from '../../lib/search/phraseScore';
import {
  searchFilterKeys,
  searchFilterLabels,
  type SearchFilterKey,
} from '../../lib/search/searchFilters';

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
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    q: string | null,
    o: { filters: Record<string, string[]> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

const pageSize = 10;
/** How many of the engine's top results are re-ordered by phrase match (each loads its fragment). */
const rerankWindow = 30;

type LoadResult = () => Promise<PagefindResultData>;

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

function renderResult(data: PagefindResultData, query: string): HTMLLIElement {
  const link = el('a', { text: data.meta['title'] ?? data.url });
  link.href = data.url;
  const metaParts = [data.meta['number'], data.meta['issuer'], data.meta['date']].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  const snippet = el('p', { className: 'result-snippet' });
  for (const segment of buildExcerpt(data.content, query)) {
    snippet.append(segment.highlight ? el('mark', { text: segment.text }) : segment.text);
  }
  return el('li', {}, [
    el('h2', {}, [link]),
    el('p', { className: 'result-meta', text: metaParts.join(' · ') }),
    snippet,
  ]);
}

/** Starts the search page: reads ?q= and filter parameters, searches, renders. */
export async function startSearchPage(): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const filterBox = document.querySelector<HTMLElement>('[data-search-filters]');
  const input = document.querySelector<HTMLInputElement>('#search-page-query');
  if (!status || !list || !more || !filterBox || !input) return;

  const params = new URLSearchParams(window.location.search);
  const query = (params.get('q') ?? '').trim();
  input.value = query;
  for (const box of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) {
    box.value = query;
  }
  const selected: Partial<Record<SearchFilterKey, string>> = {};
  for (const key of searchFilterKeys) {
    const value = params.get(searchFilterLabels[key].param);
    if (value) selected[key] = value;
  }

  status.textContent = 'Đang tải chỉ mục tìm kiếm…';
  let pagefind: PagefindApi;
  try {
    // Loaded at run time from the built site; Vite must not try to bundle it.
    const path = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ path)) as PagefindApi;
    await pagefind.options({ excerptLength: 30 });
    await pagefind.init();
  } catch {
    status.textContent =
      'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang, hoặc xem danh sách văn bản.';
    return;
  }

  const available = await pagefind.filters();
  filterBox.hidden = false;
  const selects = new Map<SearchFilterKey, HTMLSelectElement>();
  for (const key of searchFilterKeys) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => b.localeCompare(a, 'vi'));
    if (key !== 'year') values.reverse();
    const select = el('select');
    select.name = searchFilterLabels[key].param;
    const all = el('option', { text: 'Tất cả' });
    all.value = '';
    select.append(all);
    for (const value of values) {
      const option = el('option', { text: `${value} (${available[key]?.[value] ?? 0})` });
      option.value = value;
      option.selected = selected[key] === value;
      select.append(option);
    }
    selects.set(key, select);
    filterBox.append(el('label', { text: searchFilterLabels[key].label }, [select]));
  }

  let results: LoadResult[] = [];
  let shown = 0;

  const showMore = async (): Promise<void> => {
    const batch = results.slice(shown, shown + pageSize);
    shown += batch.length;
    const rows = await Promise.all(batch.map(async (load) => renderResult(await load(), query)));
    list.append(...rows);
    more.hidden = shown >= results.length;
  };

  const run = async (): Promise<void> => {
    const filters: Record<string, string[]> = {};
    const url = new URLSearchParams();
    if (query !== '') url.set('q', query);
    for (const [key, select] of selects) {
      if (select.value !== '') {
        filters[key] = [select.value];
        url.set(searchFilterLabels[key].param, select.value);
      }
    }
    const qs = url.toString();
    window.history.replaceState(null, '', qs === '' ? window.location.pathname : `?${qs}`);
    list.replaceChildren();
    shown = 0;
    if (query === '' && Object.keys(filters).length === 0) {
      results = [];
      more.hidden = true;
      status.textContent = 'Nhập từ khóa để tìm, hoặc chọn một bộ lọc.';
      return;
    }
    status.textContent = 'Đang tìm…';
    const search = await pagefind.search(query === '' ? null : prepareQuery(query), { filters });
    const found = search?.results ?? [];
    const head = await Promise.all(found.slice(0, rerankWindow).map((r) => r.data()));
    results = [
      ...rankByPhrase(head, query).map(
        (data): LoadResult =>
          () =>
            Promise.resolve(data),
      ),
      ...found.slice(rerankWindow).map(
        (r): LoadResult =>
          () =>
            r.data(),
      ),
    ];
    // Rows first, then the count: the status line tells assistive technology (and tests) that the
    // results are on the page.
    await showMore();
    status.textContent =
      results.length === 0
        ? `Không tìm thấy kết quả cho “${query}”. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.`
        : `Tìm thấy ${results.length} kết quả${query === '' ? '' : ` cho “${query}”`}.`;
  };

  more.addEventListener('click', () => void showMore());
  for (const select of selects.values()) select.addEventListener('change', () => void run());
  await run();
}
