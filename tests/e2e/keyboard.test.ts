/**
 * The site with a keyboard only (no mouse: `page.keyboard` and nothing else), in Debian's Chromium: the
 * skip link comes first and moves focus to the content; a search typed without diacritics opens its
 * first result; list filters change with the arrow keys and announce the new count; the directive tree
 * opens and closes with Enter and Space; the awardee table sorts with Enter and Space. Every element
 * that takes focus on the way must show a focus indicator and be visible on screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openWatched, type WatchedPage } from './browser';
import { builtPages } from './axe';
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

/** What has focus, and whether a sighted keyboard user can see it. */
interface Focused {
  /** Tag, id, classes and text, to name the element in a failure. */
  readonly name: string;
  readonly tag: string;
  /** The landmark it is in: HEADER, MAIN, FOOTER (or BODY). */
  readonly region: string;
  /** False when the element has neither an outline nor a box-shadow while focused. */
  readonly indicator: boolean;
  /** Why a sighted user cannot see the element, or null when it is on screen. */
  readonly hidden: string | null;
  /** Whether it matches the selector asked about. */
  readonly matches: boolean;
}

/** Describes the focused element (runs in the page); `selector` is what the caller looks for. */
function describeFocus(selector: string | null): Focused {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body)
    return {
      name: 'BODY',
      tag: 'BODY',
      region: 'BODY',
      indicator: false,
      hidden: null,
      matches: false,
    };
  const style = getComputedStyle(el);
  const transparent = (colour: string): boolean =>
    colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
  const outline =
    style.outlineStyle !== 'none' &&
    parseFloat(style.outlineWidth) > 0 &&
    (style.outlineStyle === 'auto' || !transparent(style.outlineColor));
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  const rect = el.getBoundingClientRect();
  let hidden: string | null = null;
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    hidden = 'not rendered (display, visibility or opacity)';
  else if (rect.width <= 1 || rect.height <= 1)
    hidden = `${String(rect.width)}×${String(rect.height)} px (visually hidden)`;
  else if (
    rect.bottom <= 0 ||
    rect.right <= 0 ||
    rect.top >= window.innerHeight ||
    rect.left >= window.innerWidth
  )
    hidden = `off screen at ${String(Math.round(rect.left))},${String(Math.round(rect.top))}`;
  else {
    // WCAG 2.2 2.4.11: not entirely covered by other content (a sticky bar, an overlay).
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), window.innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    if (top !== null && !el.contains(top) && !top.contains(el))
      hidden = `covered by <${top.tagName.toLowerCase()} class="${top.getAttribute('class') ?? ''}">`;
  }
  const text = el.textContent.replace(/\s+/g, ' ').trim().slice(0, 50);
  const classes = el.getAttribute('class') ?? '';
  return {
    name: `<${el.tagName.toLowerCase()}${el.id === '' ? '' : `#${el.id}`}${classes === '' ? '' : `.${classes.split(/\s+/).join('.')}`}> "${text}"`,
    tag: el.tagName,
    region: el.closest('header, main, footer')?.tagName ?? 'BODY',
    indicator: outline || shadow,
    hidden,
    matches: selector !== null && el.matches(selector),
  };
}

/**
 * Opens a page watched for console errors, with reduced motion: the site scrolls smoothly to a
 * focused element otherwise, and a check made right after Tab would see it still off screen.
 */
async function open(path: string): Promise<WatchedPage> {
  const watched = await openWatched(browser, `${baseUrl}${path}`);
  await watched.page.emulateMedia({ reducedMotion: 'reduce' });
  return watched;
}

const focused = (page: Page, selector: string | null = null): Promise<Focused> =>
  page.evaluate(describeFocus, selector);

/** The problems of one focus stop: no indicator, or an element the user cannot see. */
function focusProblems(stop: Focused, where: string): string[] {
  const problems: string[] = [];
  if (!stop.indicator) problems.push(`${where}: ${stop.name} has no visible focus indicator`);
  if (stop.hidden !== null) problems.push(`${where}: focus on ${stop.name}, ${stop.hidden}`);
  return problems;
}

/**
 * Presses Tab until `until` holds for the focused element (in the page) and returns that element.
 * Every stop on the way must be visible with a focus indicator.
 */
async function tabTo(
  page: Page,
  until: string,
  { limit = 150, shift = false }: { limit?: number; shift?: boolean } = {},
): Promise<Focused> {
  const problems: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const stop = await focused(page, until);
    problems.push(...focusProblems(stop, new URL(page.url()).pathname));
    if (stop.matches) {
      expect(problems).toEqual([]);
      return stop;
    }
  }
  throw new Error(`${String(limit)} presses of Tab did not reach ${until} on ${page.url()}`);
}

/** Tabs from the top: the skip link first, Enter, then focus is on <main>. */
async function skipToContent(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const first = await focused(page);
  expect(first.name, 'the first Tab stop').toMatch(/^<a\.skip-link> "Bỏ qua, đến nội dung chính"/);
  expect(focusProblems(first, 'skip link')).toEqual([]);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'noi-dung');
}

const fileOf = (path: string): string =>
  join(distDir, path === '/404/' ? '404.html' : `${path.slice(1)}index.html`);
const types = groupByPageType(builtPages(distDir), pageRoutes(readPageRouteFiles('src/pages')));

/** The decision page with the most awardees (the longest table to sort). */
const largestDecision =
  (types.get('/khen-thuong/[id]/') ?? [])
    .map((path) => ({
      path,
      rows: (readFileSync(fileOf(path), 'utf8').match(/role="rowheader"/g) ?? []).length,
    }))
    .sort((a, b) => b.rows - a.rows)[0]?.path ?? '/khen-thuong/';

/** The longest full plan: the most headings, section links and tables to walk through. */
const longestPlan =
  (types.get('/van-ban/[id]/') ?? [])
    .map((path) => ({ path, size: readFileSync(fileOf(path), 'utf8').length }))
    .sort((a, b) => b.size - a.size)[0]?.path ?? '/van-ban/';

describe('the skip link', () => {
  test.each(['/', '/van-ban/', longestPlan])(
    'on %s the first Tab reaches it, and Enter moves focus to the main content',
    async (path) => {
      const { page, problems } = await open(path);
      await skipToContent(page);
      expect(new URL(page.url()).hash).toBe('#noi-dung');
      // The content itself is not highlighted as if it were a control.
      expect(
        await page.evaluate(
          () => getComputedStyle(document.querySelector('main') as Element).backgroundColor,
        ),
      ).toBe('rgba(0, 0, 0, 0)');
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
      ).toBe(true);
      expect(focusProblems(await focused(page), path)).toEqual([]);
      await page.close();
      expect(problems).toEqual([]);
    },
  );
});

describe('searching with the keyboard', () => {
  test('type "thi dua" without diacritics, Enter, Tab to the first result and open it with Enter', async () => {
    const { page, problems } = await open('/tim-kiem/');
    // Typing before the search index has loaded would abort its download.
    await page.getByRole('status').filter({ hasText: 'Nhập từ khóa' }).waitFor();
    await skipToContent(page);
    await tabTo(page, '#search-page-query');
    await page.keyboard.type('thi dua');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]q=thi(\+|%20)dua/);
    const status = page.getByRole('status').filter({ hasText: /Tìm thấy \d+ kết quả/ });
    await status.waitFor();

    await skipToContent(page);
    await tabTo(page, '[data-search-results] a');
    const first = page.locator('[data-search-results] li').first().locator('a').first();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await first.getAttribute('href'),
    );
    const title = (await first.textContent()) ?? '';
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/van-ban\/[^/]+\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      title.split(' ').slice(0, 3).join(' '),
    );
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('list filters with the keyboard', () => {
  test.each([
    ['/van-ban/', '[data-doc-row]'],
    ['/khen-thuong/', '[data-award-row]'],
    ['/dien-hinh/', '[data-exemplar]'],
    ['/lich/', '[data-calendar-item]'],
  ])(
    'on %s, ArrowDown on the first filter narrows the list and the count is announced; "Bỏ lọc" restores it',
    async (path, rows) => {
      const { page, problems } = await open(path);
      const visible = page.locator(`${rows}:visible`);
      const total = await visible.count();
      const live = page.locator('form.filters + [role="status"][aria-live="polite"]');
      const before = await live.textContent();

      await skipToContent(page);
      await tabTo(page, 'form.filters select');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => visible.count()).toBeLessThan(total);
      const shown = await visible.count();
      expect(shown).toBeGreaterThan(0);
      await expect.poll(() => live.textContent()).not.toBe(before);
      expect(await live.textContent()).toContain(String(shown));
      expect(new URL(page.url()).search).not.toBe('');

      await tabTo(page, 'form.filters a');
      await page.keyboard.press('Enter');
      await expect.poll(() => visible.count()).toBe(total);
      expect(await live.textContent()).toBe(before);
      await page.close();
      expect(problems).toEqual([]);
    },
  );
});

describe('the directive tree with the keyboard', () => {
  test('Enter closes a branch, Space opens it again, and Enter follows a link inside it', async () => {
    const { page, problems } = await open('/he-thong-chi-dao/');
    await skipToContent(page);
    await tabTo(page, '[data-hierarchy-tree] summary');
    const isOpen = () =>
      page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open);
    expect(await isOpen()).toBe(true);
    const branchLinks = () =>
      page.evaluate(
        () =>
          [...(document.activeElement?.parentElement?.querySelectorAll('a') ?? [])].filter((a) =>
            a.checkVisibility(),
          ).length,
      );
    expect(await branchLinks()).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    expect(await isOpen()).toBe(false);
    expect(await branchLinks()).toBe(0);
    // The next Tab skips the closed branch: it lands on a visible element after it.
    const next = await tabTo(page, 'a, summary, button, select, input, [tabindex]');
    expect(next.hidden).toBeNull();
    await tabTo(page, '[data-hierarchy-tree] summary', { shift: true });

    await page.keyboard.press('Space');
    expect(await isOpen()).toBe(true);
    await tabTo(page, '[data-hierarchy-tree] details[open] > ul a');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      name.split(' ').slice(0, 2).join(' '),
    );
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('the awardee table with the keyboard', () => {
  test('Enter sorts by a column, Space reverses it, and each order is announced', async () => {
    const { page, problems } = await open(largestDecision);
    const names = () => page.locator('[data-awardee-table] tbody th').allTextContents();
    const original = await names();
    await skipToContent(page);
    await tabTo(page, '[data-awardee-table] thead th:nth-child(2) button');
    const header = page.locator('[data-awardee-table] thead th').nth(1);
    const status = page.locator('[data-awardee-table] [role="status"]');

    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await names();
    expect(ascending).not.toEqual(original);
    expect(await status.textContent()).not.toBe('');
    const announced = await status.textContent();

    await page.keyboard.press('Space');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual([...ascending].reverse());
    expect(await status.textContent()).not.toBe(announced);
    await page.close();
    expect(problems).toEqual([]);
  });
});

/** Pages to Tab through from top to bottom: one of each kind of control on the site. */
const walks = [
  '/',
  '/van-ban/',
  longestPlan,
  '/he-thong-chi-dao/',
  largestDecision,
  (types.get('/dien-hinh/[id]/') ?? [])[0] ?? '/dien-hinh/',
  '/lich/',
  '/thong-ke/',
  '/du-lieu/',
  `/tim-kiem/?q=${encodeURIComponent('khen thuong')}`,
  (types.get('/bang-vang/[organization]/[year]/') ?? [])[0] ?? '/bang-vang/',
  '/404/',
];

describe('Tab through a whole page', () => {
  test.each(walks)(
    '%s: every focus stop shows a focus indicator, is on screen, and Tab reaches the end of the page',
    async (path) => {
      const { page } = await open(path);
      await page.waitForFunction(
        () => !/^Đang/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      );
      const problems: string[] = [];
      const seen: string[] = [];
      let lastRegion = '';
      for (let i = 0; i < 400; i += 1) {
        await page.keyboard.press('Tab');
        const stop = await focused(page);
        // Past the last element focus leaves the page (body) or wraps to the skip link.
        if (stop.tag === 'BODY' || (i > 0 && stop.name === seen[0])) break;
        seen.push(stop.name);
        lastRegion = stop.region;
        problems.push(...focusProblems(stop, `${path} stop ${String(i + 1)}`));
      }
      expect(seen.length).toBeGreaterThan(3);
      expect(seen.length, 'Tab never reached the end of the page').toBeLessThan(400);
      expect(lastRegion, 'the last stop is in the footer').toBe('FOOTER');
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
