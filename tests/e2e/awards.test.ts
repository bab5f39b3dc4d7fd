/**
 * What a citizen does with the award pages of the built site (content/), in Debian's Chromium: narrow
 * the list of decisions, sort a decision's awardees, read how long a consultation stays open, find an
 * awardee by a name typed without diacritics, and never meet a withheld awardee. Expectations are
 * computed from content/award-decisions through the real schema and the same functions the pages use,
 * so the tests follow the content rather than copies of it. Every page visited must log no console
 * error and no failed request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openWatched } from './browser';
import { awardDecisionSchema, type AwardDecision } from '../../src/schemas/awardDecisions';
import { awardeeName, publishedAwardees } from '../../src/lib/awards/publishedAwardees';
import { buildDate } from '../../src/lib/awards/buildDate';
import { consultationState } from '../../src/lib/awards/consultationState';
import { consultationView } from '../../src/lib/awardsView/consultationView';
import { foldVietnamese } from '../../src/lib/text/foldVietnamese';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The award decisions of content/, read as the site reads them. */
const decisions: { id: string; data: AwardDecision }[] = readdirSync('content/award-decisions')
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .sort()
  .map((f) => ({
    id: f.replace(/\.json$/, ''),
    data: awardDecisionSchema.parse(
      JSON.parse(readFileSync(join('content/award-decisions', f), 'utf8')),
    ),
  }));

/** Names of awardees marked `published: false`, and their forms typed without diacritics. */
const withheld = decisions.flatMap(({ data }) =>
  data.awardees.filter((a) => !a.published).map((a) => awardeeName(a)),
);
const withheldForms = withheld.flatMap((name) => [name, foldVietnamese(name)]);

/** Fails when the page's HTML holds a withheld awardee's name, with or without diacritics. */
async function expectNoWithheld(page: Page): Promise<void> {
  const html = (await page.content()).normalize('NFC').toLowerCase();
  for (const name of withheldForms) expect(html).not.toContain(name.toLowerCase());
}

const decisionUrl = (id: string): string => `${baseUrl}/khen-thuong/${id}/`;

describe('the list of award decisions', () => {
  test('choosing a status and an awardee type narrows the rows and updates the count', async () => {
    const { page, problems } = await openWatched(browser, `${baseUrl}/khen-thuong/`);
    const rows = page.locator('[data-award-row]');
    const total = await rows.count();
    expect(total).toBe(decisions.length);

    await page.selectOption('#loc-trang-thai', 'da-quyet-dinh');
    await page.selectOption('#loc-doi-tuong', 'ho-gia-dinh');

    const expected = decisions.filter(
      ({ data }) =>
        data.status === 'decided' && publishedAwardees(data).some((a) => a.type === 'household'),
    );
    const visible = page.locator('[data-award-row]:visible');
    await expect.poll(() => visible.count()).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(total);
    for (const row of await visible.all()) {
      expect(await row.getAttribute('data-trang-thai')).toBe('da-quyet-dinh');
      expect((await row.getAttribute('data-doi-tuong'))?.split(' ')).toContain('ho-gia-dinh');
    }
    expect(await page.locator('[data-award-count]').textContent()).toBe(
      `Đang hiển thị ${expected.length} trên ${total} quyết định và danh sách đề nghị khen thưởng.`,
    );
    const url = new URL(page.url());
    expect([url.searchParams.get('trang-thai'), url.searchParams.get('doi-tuong')]).toEqual([
      'da-quyet-dinh',
      'ho-gia-dinh',
    ]);
    await expectNoWithheld(page);
    expect(problems).toEqual([]);
  });

  test('a shared address opens with its filter applied', async () => {
    const { page, problems } = await openWatched(
      browser,
      `${baseUrl}/khen-thuong/?trang-thai=da-thu-hoi`,
    );
    const revoked = decisions.filter(({ data }) => data.status === 'revoked').length;
    const visible = page.locator('[data-award-row]:visible');
    await expect.poll(() => visible.count()).toBe(revoked);
    expect(await page.locator('#loc-trang-thai').inputValue()).toBe('da-thu-hoi');
    expect(problems).toEqual([]);
  });
});

describe('a decision page', () => {
  // The decided decision with the most published awardees.
  const largest = decisions
    .filter(({ data }) => data.status === 'decided')
    .sort((a, b) => publishedAwardees(b.data).length - publishedAwardees(a.data).length)[0];

  test('shows the awardees as a table that sorts by a column, with aria-sort', async () => {
    expect(largest).toBeDefined();
    if (largest === undefined) return;
    const { page, problems } = await openWatched(browser, decisionUrl(largest.id));
    const table = page.getByRole('table', { name: /Danh sách khen thưởng theo/ });
    const names = () => table.locator('tbody th').allTextContents();
    const nameHeader = table.locator('thead th').nth(1);
    const indexHeader = table.locator('thead th').first();

    const original = await names();
    expect(original).toHaveLength(publishedAwardees(largest.data).length);
    expect(await indexHeader.getAttribute('aria-sort')).toBe('ascending');

    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await indexHeader.getAttribute('aria-sort')).toBeNull();
    const ascending = await names();
    expect(ascending).not.toEqual(original);
    expect([...ascending].sort()).toEqual([...original].sort());

    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual([...ascending].reverse());
    expect(await page.locator('[data-sort-status]').textContent()).toMatch(/giảm dần/);
    expect(problems).toEqual([]);
  });

  test('the decision with a withheld awardee lists the others and never the withheld one', async () => {
    const withWithheld = decisions.find(({ data }) => data.awardees.some((a) => !a.published));
    expect(withWithheld).toBeDefined();
    if (withWithheld === undefined) return;
    const { page, problems } = await openWatched(browser, decisionUrl(withWithheld.id));
    // The first text of each row header is the name (a note such as "Tập thể" may follow).
    const shown = await page
      .locator('.awardee-table tbody th')
      .evaluateAll((cells) => cells.map((cell) => cell.childNodes[0]?.textContent?.trim()));
    expect(shown).toEqual(publishedAwardees(withWithheld.data).map(awardeeName));
    await expectNoWithheld(page);
    expect(problems).toEqual([]);
  });
});

describe('consultations', () => {
  const today = buildDate();
  const proposed = decisions.flatMap(({ id, data }) =>
    data.status === 'proposed'
      ? [
          {
            id,
            view: consultationView(
              data.consultation,
              consultationState(data.consultation, today),
              today,
            ),
          },
        ]
      : [],
  );

  test('every proposed list says where its consultation stands on the day of the build', async () => {
    expect(proposed.length).toBeGreaterThan(0);
    for (const { id, view } of proposed) {
      const { page, problems } = await openWatched(browser, decisionUrl(id));
      const notice = page.locator('.consultation-notice');
      expect(await notice.locator('h2').textContent()).toBe(view.heading);
      expect(await notice.textContent()).toContain(view.headline);
      if (view.state === 'open' && view.closes !== today && view.workingDaysLeft > 0) {
        expect(view.headline).toMatch(
          /^Còn \d+ ngày làm việc để góp ý, hạn cuối \d{2}\/\d{2}\/\d{4}$/,
        );
      }
      expect(problems).toEqual([]);
    }
  });

  test('the consultation page lists the open ones under "Đang lấy ý kiến"', async () => {
    const { page, problems } = await openWatched(browser, `${baseUrl}/khen-thuong/lay-y-kien/`);
    const open = page.locator('section[aria-labelledby="dang-lay-y-kien"] li');
    expect(await open.count()).toBe(proposed.filter((p) => p.view.state === 'open').length);
    await expectNoWithheld(page);
    expect(problems).toEqual([]);
  });
});

/** Runs a search from a shared URL and returns the result titles and their text once shown. */
async function search(query: string): Promise<{ titles: string[]; text: string; page: Page }> {
  const { page, problems } = await openWatched(
    browser,
    `${baseUrl}/tim-kiem/?q=${encodeURIComponent(query)}`,
  );
  await page.waitForFunction(() =>
    /Tìm thấy|Không tìm thấy/.test(
      document.querySelector('[data-search-status]')?.textContent ?? '',
    ),
  );
  expect(problems).toEqual([]);
  return {
    titles: await page.locator('[data-search-results] li h2').allTextContents(),
    text: (await page.locator('[data-search-results]').textContent()) ?? '',
    page,
  };
}

describe('searching for awardees', () => {
  test('"Nguyen Thi Hang" finds the decision that honours Nguyễn Thị Hằng', async () => {
    const numbers = decisions
      .filter(({ data }) =>
        publishedAwardees(data).some((a) => awardeeName(a) === 'Nguyễn Thị Hằng'),
      )
      .map(({ data }) => data.number?.printed)
      .filter((n): n is string => n !== undefined);
    expect(numbers.length).toBeGreaterThan(0);
    const { titles, text } = await search('Nguyen Thi Hang');
    expect(titles.some((t) => numbers.some((n) => t.includes(n)))).toBe(true);
    expect(text).toContain('Nguyễn Thị Hằng');
  });

  test('the search page offers award decisions as a kind of document', async () => {
    const { page } = await search('khen thưởng');
    await page.locator('[data-search-filters] summary').click();
    await page.locator('select[name="loai"] option').nth(1).waitFor({ state: 'attached' });
    expect(await page.locator('select[name="loai"] option').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Quyết định khen thưởng \(\d+\)$/)]),
    );
  });

  // The page repeats the query itself ("Tìm thấy 9 kết quả cho …"): only the results are checked.
  test.each(withheld)('a search for the withheld "%s" finds nothing of them', async (name) => {
    for (const query of [name, foldVietnamese(name)]) {
      const { text } = await search(query);
      for (const form of withheldForms)
        expect(text.toLowerCase()).not.toContain(form.toLowerCase());
    }
  });
});

describe('the withheld awardee', () => {
  test('is in no file of the built site, search index included', () => {
    expect(withheld.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      let bytes = readFileSync(path);
      // Pagefind's fragments, indexes and metadata are gzip-compressed.
      if (/\.pf_[a-z]+$/.test(entry.name)) {
        try {
          bytes = gunzipSync(bytes);
        } catch {
          // Not compressed: search the bytes as they are.
        }
      }
      if (/\.(png|jpe?g|webp|avif|ico|woff2?)$/.test(entry.name)) continue;
      const text = bytes.toString('utf8').normalize('NFC').toLowerCase();
      for (const name of withheldForms) {
        if (text.includes(name.toLowerCase())) found.push(`${relative(distDir, path)}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });

  test.each([['/khen-thuong/'], ['/bang-vang/'], ['/hinh-thuc-khen-thuong/'], ['/']])(
    'does not appear on %s, and the page logs no error',
    async (path) => {
      const { page, problems } = await openWatched(browser, `${baseUrl}${path}`);
      await expectNoWithheld(page);
      expect(problems).toEqual([]);
    },
  );

  test('does not appear on the honour board of the issuer and year of its decision', async () => {
    const withWithheld = decisions.find(({ data }) => data.awardees.some((a) => !a.published));
    if (withWithheld === undefined || withWithheld.data.issued === undefined) return;
    const year = withWithheld.data.issued.slice(0, 4);
    const { page, problems } = await openWatched(
      browser,
      `${baseUrl}/bang-vang/${withWithheld.data.issuer.id}/${year}/`,
    );
    if (withWithheld.data.status === 'decided') {
      const sameBoard = decisions.filter(
        ({ data }) =>
          data.status === 'decided' &&
          data.issuer.id === withWithheld.data.issuer.id &&
          data.issued.startsWith(year),
      );
      expect(await page.locator('.honour-entry').count()).toBe(
        sameBoard.reduce((n, { data }) => n + publishedAwardees(data).length, 0),
      );
    }
    await expectNoWithheld(page);
    expect(problems).toEqual([]);
  });
});
