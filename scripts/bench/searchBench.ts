/**
 * Search in the real browser: opens /tim-kiem/?q=… (optionally with filter parameters) in a fresh
 * Chromium context, so the cache is empty, and records the bytes fetched (response bodies as sent by
 * scripts/bench/gzipServer.ts, which gzips text like a production host; counted by the server, so
 * requests from workers are included; HTTP headers are not) and the time until the page's status line reports the
 * results (src/pages/tim-kiem/_searchPage.ts writes it after rendering the rows).
 */
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import type { SearchFigures } from '../../src/lib/bench/benchReport';
import { launchBrowser } from '../../tests/e2e/browser';
import { serveCompressed, type GzipServer } from './gzipServer';

/** The queries: with diacritics, the same words without, and a folded name of a body. */
export const benchQueries = ['thi đua', 'thi dua khen thuong', 'dang uy'] as const;
/** The filter of the "filtered search" rows: plans only (the kind filter's URL parameter). */
export const benchFilter: Readonly<Record<string, string>> = { loai: 'Kế hoạch' };

/**
 * One search on `server`'s search page; bytes and requests are counted over `counted` (the page's own
 * server, and for a portal every shard's server too).
 */
async function measureOne(
  browser: Browser,
  server: GzipServer,
  counted: readonly GzipServer[],
  query: string,
  filter: Readonly<Record<string, string>>,
): Promise<SearchFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const total = (key: 'bytes' | 'pagefindBytes' | 'requests'): number =>
    counted.reduce((sum, s) => sum + s.sent[key], 0);
  try {
    const page = await context.newPage();
    for (const s of counted) s.reset();
    const params = new URLSearchParams({ q: query, ...filter });
    const started = performance.now();
    await page.goto(`${server.url}/tim-kiem/?${params.toString()}`);
    await page.waitForFunction(
      () =>
        /^(Tìm thấy|Không tìm thấy|Không tải được)/.test(
          document.querySelector('[data-search-status]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 120_000, polling: 20 },
    );
    const milliseconds = performance.now() - started;
    // Let requests still in flight finish (counted by the server).
    await page.waitForTimeout(300);
    const status =
      (await page.locator('[data-search-status]').textContent())?.trim() ?? '(no status)';
    return {
      query,
      filter: Object.entries(filter)
        .map(([key, value]) => `${key}=${value}`)
        .join('&'),
      bytes: total('bytes'),
      pagefindBytes: total('pagefindBytes'),
      requests: total('requests'),
      milliseconds,
      status,
    };
  } finally {
    await context.close();
  }
}

/** Serves `outDir` and measures every query without and with the filter. */
export async function measureSearches(outDir: string): Promise<SearchFigures[]> {
  const server = await serveCompressed(outDir);
  try {
    return await measurePortalSearches(server, []);
  } finally {
    await server.close();
  }
}

/**
 * Every query with each of `filters` (default: none, then {@link benchFilter}) on the search page of
 * `portal`, which also searches the sites of `shards` (already serving): bytes and requests are those
 * of all the servers together. A portal's "Tìm trên" is a filter too (`{ trang: 'Gia Lai' }`).
 */
export async function measurePortalSearches(
  portal: GzipServer,
  shards: readonly GzipServer[],
  filters: readonly Readonly<Record<string, string>>[] = [{}, benchFilter],
): Promise<SearchFigures[]> {
  const browser = await launchBrowser();
  try {
    const out: SearchFigures[] = [];
    for (const filter of filters) {
      for (const query of benchQueries) {
        out.push(await measureOne(browser, portal, [portal, ...shards], query, filter));
      }
    }
    return out;
  } finally {
    await browser.close();
  }
}
