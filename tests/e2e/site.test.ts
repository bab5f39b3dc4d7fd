/**
 * What a citizen does on the built site, in Debian's Chromium: walk from a ward plan up its legal bases
 * to the Politburo directive, see the directive carried out by two provinces, and search without
 * diacritics. Every page visited must log no console error and no failed request.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openWatched } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The visible text of the first element `locator` matches, once it is there. */
async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor();
  return (await locator.first().textContent()) ?? '';
}

/** The section of a document page introduced by the heading `name`. */
const sectionTitled = (page: Page, name: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name, exact: true }) });

describe('walking the directive hierarchy', () => {
  test('from the Quy Nhơn Tây ward plan, "Căn cứ" leads up to Chỉ thị 41-CT/TW, which both provinces carry out', async () => {
    const { page, problems } = await openWatched(browser, `${baseUrl}/van-ban/`);
    await page
      .getByRole('link', { name: /42-KH\/ĐU/ })
      .first()
      .click();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toContain('42-KH/ĐU');

    await sectionTitled(page, 'Căn cứ')
      .getByRole('link', { name: /25-KH\/TU/ })
      .first()
      .click();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toContain('25-KH/TU');

    await sectionTitled(page, 'Căn cứ')
      .getByRole('link', { name: /41-CT\/TW/ })
      .first()
      .click();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toContain('41-CT/TW');

    const carriedOutBy = sectionTitled(page, 'Văn bản thực hiện');
    await carriedOutBy.first().waitFor();
    expect(await carriedOutBy.getByRole('link', { name: /25-KH\/TU/ }).count()).toBeGreaterThan(0);
    expect(await carriedOutBy.getByRole('link', { name: /152-KH\/TU/ }).count()).toBeGreaterThan(0);
    const carriedOutText = await textOf(carriedOutBy);
    expect(carriedOutText).toContain('Gia Lai');
    expect(carriedOutText).toContain('Lâm Đồng');
    expect(problems).toEqual([]);
  });

  test('the hierarchy page nests the ward and district plans under the provincial plans of 41-CT/TW', async () => {
    const { page, problems } = await openWatched(browser, `${baseUrl}/he-thong-chi-dao/`);
    const tree = page.locator('[data-hierarchy-tree]');
    const directive = tree.locator('li').filter({
      has: page.getByRole('link', { name: /41-CT\/TW/ }),
    });
    const gialai = directive
      .locator('li')
      .filter({ has: page.getByRole('link', { name: /25-KH\/TU/ }) });
    const lamdong = directive
      .locator('li')
      .filter({ has: page.getByRole('link', { name: /152-KH\/TU/ }) });
    expect(await textOf(gialai)).toContain('42-KH/ĐU');
    expect(await textOf(lamdong)).toContain('Đam Rông');
    expect(problems).toEqual([]);
  });
});

/** Waits until the search page has said how many results it found. */
async function searchDone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /Tìm thấy|Không tìm thấy/.test(
      document.querySelector('[data-search-status]')?.textContent ?? '',
    ),
  );
}

/** Runs a search from a shared URL and returns the result titles once they are shown. */
async function searchTitles(
  query: string,
): Promise<{ titles: string[]; problems: string[]; page: Page }> {
  const { page, problems } = await openWatched(
    browser,
    `${baseUrl}/tim-kiem/?q=${encodeURIComponent(query)}`,
  );
  await searchDone(page);
  const titles = await page.locator('[data-search-results] li h2').allTextContents();
  return { titles, problems, page };
}

describe('searching with and without diacritics', () => {
  test.each([
    ['dang uy', 'Đảng ủy', /42-KH\/ĐU/],
    ['Dam Rong', 'Đam Rông', /152-KH\/TU/],
    ['Quy Nhon Tay', 'Quy Nhơn Tây', /42-KH\/ĐU/],
    ['thi dua khen thuong', 'thi đua khen thưởng', /Kế hoạch/],
  ])('"%s" finds the same documents as "%s"', async (plain, accented, expected) => {
    const withoutMarks = await searchTitles(plain);
    const withMarks = await searchTitles(accented);
    expect(withoutMarks.titles.length).toBeGreaterThan(0);
    expect(withoutMarks.titles.some((t) => expected.test(t))).toBe(true);
    expect([...withoutMarks.titles].sort()).toEqual([...withMarks.titles].sort());
    expect([...withoutMarks.problems, ...withMarks.problems]).toEqual([]);
  });

  test('snippets keep their diacritics and highlight the words found', async () => {
    const { page } = await searchTitles('dam rong');
    const marks = await page
      .locator('[data-search-results] li')
      .first()
      .locator('mark')
      .allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('đam');
  });

  test('result rows show the number, issuer and date', async () => {
    const { page } = await searchTitles('Quy Nhon Tay');
    expect(await textOf(page.locator('[data-search-results] li .result-meta'))).toContain(
      'Đảng ủy phường Quy Nhơn Tây',
    );
  });

  test('a filter from the URL narrows the results and stays in the address', async () => {
    const { page, problems } = await openWatched(
      browser,
      `${baseUrl}/tim-kiem/?q=${encodeURIComponent('thi dua')}&loai=${encodeURIComponent('Chỉ thị')}`,
    );
    await searchDone(page);
    const titles = await page.locator('[data-search-results] li h2').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.startsWith('Chỉ thị'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('loai')).toBe('Chỉ thị');
    expect(await page.locator('[data-search-filters] summary').textContent()).toContain(
      'Loại văn bản: Chỉ thị',
    );
    expect(problems).toEqual([]);
  });

  test('a filter alone that matches nothing says so, without an empty query in quotes', async () => {
    const { page, problems } = await openWatched(browser, `${baseUrl}/tim-kiem/?nam=1900`);
    await searchDone(page);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'Không tìm thấy kết quả. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.',
    );
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  test('when the filter lists cannot be loaded the panel says so and the search still works', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind/filter/**', (route) => route.abort());
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('thi dua')}`);
    await searchDone(page);
    await page.locator('[data-search-filters] summary').click();
    await expect
      .poll(() => page.locator('[data-search-filters-status]').textContent())
      .toContain('Không tải được danh sách bộ lọc. Hãy tải lại trang');
    expect(await page.locator('[data-search-filters] select').count()).toBe(0);
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('the filter lists load only when "Lọc kết quả" is opened, then narrow the results', async () => {
    const page = await browser.newPage();
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
    });
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('thi dua')}`);
    await searchDone(page);
    const found = async (): Promise<number> =>
      Number(
        /Tìm thấy (\d+)/.exec(
          (await page.locator('[data-search-status]').textContent()) ?? '',
        )?.[1] ?? 0,
      );
    const before = await found();
    expect(before).toBeGreaterThan(0);
    expect(filterFiles).toEqual([]);

    await page.locator('[data-search-filters] summary').click();
    const kind = page.locator('select[name="loai"]');
    await kind.locator('option', { hasText: /^Chỉ thị \(\d+\)$/ }).waitFor({ state: 'attached' });
    expect(filterFiles.length).toBeGreaterThan(0);
    await kind.selectOption('Chỉ thị');
    await expect.poll(() => new URL(page.url()).searchParams.get('loai')).toBe('Chỉ thị');
    await searchDone(page);
    const titles = await page.locator('[data-search-results] li h2').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(await found()).toBeLessThan(before);
    expect(titles.every((t) => t.startsWith('Chỉ thị'))).toBe(true);
    await page.close();
  });
});
