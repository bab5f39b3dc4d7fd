/**
 * Exemplar stories on the built site, in Debian's Chromium: a story page shows its photo with its
 * description, the awards of its people and share links that load nothing from other sites; the list
 * filters in place; search finds stories under the kind "Điển hình tiên tiến". No console errors, no
 * failed requests.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openWatched } from './browser';

const baseUrl = inject('baseUrl');
const slug = 'chi-hoi-phu-nu-to-dan-pho-dong-son';
const decision = 'quyet-dinh-12-qd-ubnd-chu-tich-uy-ban-nhan-dan-phuong-bac-son-2026-01-08';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The section introduced by the heading `name`. */
const sectionTitled = (page: Page, name: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name, exact: true }) });

describe('a story page', () => {
  test('shows the cover photo with its description and credit, loaded and optimised', async () => {
    const { page, problems } = await openWatched(browser, `${baseUrl}/dien-hinh/${slug}/`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Chi hội Phụ nữ Tổ dân phố Đông Sơn');
    const cover = page.getByRole('img', { name: /^Bốn phụ nữ đội nón lá đứng cạnh ba thùng rác/ });
    await cover.waitFor();
    await expect
      .poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    const source = page.locator('.exemplar-cover source[type="image/avif"]');
    expect(await source.getAttribute('srcset')).toMatch(/480w.*800w.*1200w/);
    expect(await page.locator('.exemplar-cover figcaption').textContent()).toContain(
      'Ảnh minh họa do dự án tạo',
    );
    expect(await page.getByRole('note').first().textContent()).toContain('Dữ liệu minh họa');
    expect(problems).toEqual([]);
  });

  test('lists the award decision of its people and shows the awardees in the story', async () => {
    const { page, problems } = await openWatched(browser, `${baseUrl}/dien-hinh/${slug}/`);
    const awards = sectionTitled(page, 'Khen thưởng');
    const link = awards.getByRole('link', { name: 'Quyết định 12/QĐ-UBND' });
    expect(await link.getAttribute('href')).toBe(`/khen-thuong/${decision}/`);
    const list = page.locator('.exemplar__story .award-list');
    expect(await list.locator('li').count()).toBeGreaterThan(3);
    expect(await list.textContent()).toContain('Trịnh Thị Hoa');
    const plans = sectionTitled(page, 'Kế hoạch, văn bản liên quan');
    expect(await plans.getByRole('link').first().getAttribute('href')).toBe(
      '/van-ban/ke-hoach-uy-ban-nhan-dan-phuong-bac-son-2025-to-chuc-phong-trao-thi-dua-dac-biet/',
    );
    expect(problems).toEqual([]);
  });

  test('has share links that load no third-party script, and a working copy button', async () => {
    const { page, problems } = await openWatched(browser, `${baseUrl}/dien-hinh/${slug}/`);
    await page.waitForLoadState('networkidle');
    const requested = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    const share = sectionTitled(page, 'Chia sẻ');
    const address = await share.getByLabel('Địa chỉ trang này').inputValue();
    expect(address).toMatch(new RegExp(`/dien-hinh/${slug}/$`));
    const encoded = encodeURIComponent(address);
    expect(await share.getByRole('link', { name: /Facebook/ }).getAttribute('href')).toBe(
      `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
    );
    expect(await share.getByRole('link', { name: /Zalo/ }).getAttribute('href')).toBe(
      `https://sp.zalo.me/share_inline?url=${encoded}`,
    );
    expect(requested.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    await share.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect.poll(() => share.getByRole('status').textContent()).not.toBe('');
    expect(await page.getByRole('link', { name: 'Tải áp phích (A4)' }).getAttribute('href')).toBe(
      `/dien-hinh/${slug}/ap-phich.png`,
    );
    expect(problems).toEqual([]);
  });
});

describe('the list of exemplars', () => {
  test('filters by kind in place and keeps the choice in the address', async () => {
    const { page, problems } = await openWatched(browser, `${baseUrl}/dien-hinh/`);
    const cards = page.locator('[data-exemplar]');
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(4);
    await page.getByLabel('Loại điển hình').selectOption('Gương người tốt, việc tốt');
    await expect.poll(() => page.locator('[data-exemplar]:visible').count()).toBe(1);
    expect(await page.locator('[data-exemplar-count]').textContent()).toBe(
      `Đang hiển thị 1 trên ${total} điển hình.`,
    );
    expect(decodeURIComponent(page.url())).toContain('loai=Gương+người+tốt,+việc+tốt');
    await page.locator('[data-exemplar]:visible').getByRole('link').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Nguyễn Văn Hậu');
    expect(problems).toEqual([]);
  });
});

describe('search', () => {
  test('finds a story without diacritics, under the kind "Điển hình tiên tiến"', async () => {
    const { page, problems } = await openWatched(
      browser,
      `${baseUrl}/tim-kiem/?q=${encodeURIComponent('phan loai rac')}&loai=${encodeURIComponent('Điển hình tiên tiến')}`,
    );
    await page.waitForFunction(() =>
      /Tìm thấy|Không tìm thấy/.test(
        document.querySelector('[data-search-status]')?.textContent ?? '',
      ),
    );
    const titles = await page.locator('[data-search-results] li h2').allTextContents();
    expect(titles).toContain('Chi hội Phụ nữ Tổ dân phố Đông Sơn');
    expect(problems).toEqual([]);
  });
});
