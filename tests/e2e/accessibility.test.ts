/**
 * The accessibility gate: axe-core in Debian's Chromium finds no WCAG 2.2 A/AA violation on any page
 * type of the built site, nor in the states a visitor reaches by interacting (search results, filtered
 * lists, a sorted awardee table, the directive tree opened and closed).
 *
 * Page types come from the built folder: every built page is grouped under the src/pages route that
 * made it (a page no route explains is a type of its own), so a new route is checked without editing
 * this file. Of each type, small types are checked whole; larger ones by their first and last page
 * plus whichever pages show components the chosen ones do not (tests/e2e/axe.ts). Set
 * A11Y_ALL_PAGES=1 to check every built page. Each failure lists every violation of every page at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import {
  builtPages,
  formatReports,
  mainClasses,
  mainHtml,
  reflowViolations,
  runAxe,
  samplePages,
  type PageReport,
} from './axe';
import { groupByPageType, pageRoutes, readPageRouteFiles } from '../../src/lib/site/builtPages';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Every check runs on the narrowest screen WCAG asks content to reflow to (1.4.10: 320 CSS px), then,
 * without reloading, on a desktop screen: the header, tables and filters change layout between them.
 */
const viewports = {
  phone: { width: 320, height: 800 },
  desktop: { width: 1280, height: 900 },
} as const;

/** Something to check: an address and what to do on the page before axe runs. */
interface Check {
  readonly label: string;
  readonly path: string;
  readonly act?: (page: Page) => Promise<void>;
}

/** Waits until the page's own scripts have finished what they start on load (the search index). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !/^Đang/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
  );
}

/** Opens the page on a phone screen, acts, runs axe (and the reflow check), then again on a desktop. */
async function check(page: Page, { label, path, act }: Check): Promise<PageReport[]> {
  await page.setViewportSize(viewports.phone);
  const response = await page.goto(`${baseUrl}${path}`);
  // The 404 page is served with its status; any other error means the address is wrong.
  if (response === null || (response.status() >= 400 && path !== '/404.html'))
    throw new Error(`${path} answered ${String(response?.status())}`);
  await settle(page);
  if (act) await act(page);
  const phone = [...(await runAxe(page)), ...(await reflowViolations(page))];
  await page.setViewportSize(viewports.desktop);
  const desktop = await runAxe(page);
  return [
    { label: `${label} [${String(viewports.phone.width)} px]`, violations: phone },
    { label: `${label} [${String(viewports.desktop.width)} px]`, violations: desktop },
  ];
}

/**
 * Runs the checks on two pages side by side, each page reused from check to check (opening a page
 * costs more than axe itself), and returns the reports in order.
 */
async function checkAll(checks: readonly Check[]): Promise<PageReport[]> {
  const reports: PageReport[][] = new Array<PageReport[]>(checks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    const page = await browser.newPage();
    try {
      while (next < checks.length) {
        const i = next++;
        const c = checks[i];
        if (c) reports[i] = await check(page, c);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all([worker(), worker()]);
  return reports.flat();
}

const fileOf = (path: string): string =>
  join(distDir, path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`);

const htmlCache = new Map<string, string>();
function htmlOf(path: string): string {
  const html = htmlCache.get(path) ?? readFileSync(fileOf(path), 'utf8');
  htmlCache.set(path, html);
  return html;
}

const types = groupByPageType(builtPages(distDir), pageRoutes(readPageRouteFiles('src/pages')));
const checkEvery = process.env['A11Y_ALL_PAGES'] === '1';
const sampled = [...types].map(([route, paths]) => ({
  route,
  paths: checkEvery
    ? paths
    : samplePages(
        paths,
        (p) => mainClasses(htmlOf(p)),
        (p) => mainHtml(htmlOf(p)).length,
      ),
}));

describe('every page type', () => {
  test('the built site has the page types this sweep expects to find', () => {
    const routes = [...types.keys()];
    for (const route of ['/', '/404.html', '/van-ban/[id]/', '/khen-thuong/[id]/', '/tim-kiem/'])
      expect(routes).toContain(route);
  });

  test(
    'axe finds no WCAG 2.2 AA violation on any of them, on a phone or a desktop screen',
    async () => {
      const checks = sampled.flatMap(({ route, paths }) =>
        paths.map((path): Check => ({ label: `${path} (${route})`, path })),
      );
      const report = formatReports(await checkAll(checks));
      expect(report, report).toBe('');
      // Every built page (A11Y_ALL_PAGES=1) takes minutes, not the sample's seconds.
    },
    checkEvery ? 1_800_000 : undefined,
  );
});

/** Chooses, in the list's filter form, the first real option of the first select. */
async function filterByFirstChoice(page: Page): Promise<void> {
  const select = page.locator('form.filters select').first();
  const value = await select.locator('option').nth(1).getAttribute('value');
  await select.selectOption(value ?? '');
  await page.waitForFunction(() => /[?&]/.test(window.location.search));
}

/** Chooses the last option of every select in the filter form: usually nothing matches. */
async function filterEverything(page: Page): Promise<void> {
  for (const select of await page.locator('form.filters select').all()) {
    const values = await select
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await select.selectOption(values.at(-1) ?? '');
  }
}

async function searchResultsShown(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /Tìm thấy|Không tìm thấy/.test(
      document.querySelector('[data-search-status]')?.textContent ?? '',
    ),
  );
}

/** The decision page with the most awardees: its table is the one most worth sorting. */
const largestDecision =
  (types.get('/khen-thuong/[id]/') ?? [])
    .map((path) => ({
      path,
      rows: (readFileSync(fileOf(path), 'utf8').match(/role="rowheader"/g) ?? []).length,
    }))
    .sort((a, b) => b.rows - a.rows)[0]?.path ?? '/khen-thuong/';

const states: Check[] = [
  {
    label: '/tim-kiem/?q=thi dua: kết quả tìm kiếm, rồi "Xem thêm kết quả"',
    path: `/tim-kiem/?q=${encodeURIComponent('thi dua')}`,
    act: async (page) => {
      await searchResultsShown(page);
      const more = page.locator('[data-search-more]');
      if (await more.isVisible()) {
        const shown = await page.locator('[data-search-results] li').count();
        await more.click();
        await expect
          .poll(() => page.locator('[data-search-results] li').count())
          .toBeGreaterThan(shown);
      }
    },
  },
  {
    label: '/tim-kiem/: gõ "dang uy", Enter, rồi lọc theo loại văn bản',
    path: '/tim-kiem/',
    act: async (page) => {
      await page.locator('#search-page-query').fill('dang uy');
      await page.locator('#search-page-query').press('Enter');
      await page.waitForURL(/q=dang/);
      await searchResultsShown(page);
      await page.locator('[data-search-filters] summary').click();
      const filter = page.locator('[data-search-filters] select').first();
      const value = await filter.locator('option').nth(1).getAttribute('value');
      await filter.selectOption(value ?? '');
      await searchResultsShown(page);
    },
  },
  {
    label: '/tim-kiem/?q=…: không có kết quả',
    path: `/tim-kiem/?q=${encodeURIComponent('zzzz khong co gi')}`,
    act: searchResultsShown,
  },
  ...['/van-ban/', '/khen-thuong/', '/dien-hinh/', '/lich/'].flatMap((path): Check[] => [
    { label: `${path}: lọc theo bộ lọc đầu tiên`, path, act: filterByFirstChoice },
    { label: `${path}: chọn mọi bộ lọc`, path, act: filterEverything },
  ]),
  {
    label: `${largestDecision}: bảng người được khen thưởng sắp xếp theo tên, giảm dần`,
    path: largestDecision,
    act: async (page) => {
      const sort = page.locator('[data-awardee-table] thead button').nth(1);
      await sort.click();
      await sort.click();
      await page.locator('[data-awardee-table] th[aria-sort="descending"]').waitFor();
    },
  },
  ...(['đóng mọi nhánh', 'đóng mọi nhánh rồi mở lại'] as const).map((what): Check => ({
    label: `/he-thong-chi-dao/: cây văn bản, ${what}`,
    path: '/he-thong-chi-dao/',
    act: async (page) => {
      // Innermost first: a closed branch hides the buttons of the branches inside it.
      const toggles = (await page.locator('[data-hierarchy-tree] summary').all()).reverse();
      for (const toggle of toggles) await toggle.click();
      if (what === 'đóng mọi nhánh rồi mở lại')
        for (const toggle of toggles.reverse()) await toggle.click();
    },
  })),
];

describe('states reached by interaction', () => {
  test('axe finds no WCAG 2.2 AA violation after searching, filtering, sorting and opening the tree', async () => {
    const report = formatReports(await checkAll(states));
    expect(report, report).toBe('');
  });
});
