/**
 * Sharding and the national portal, end to end (GitHub issue 7): three province sites built from the
 * same code and content with SHARD_PROVINCES, and a portal (the central organizations' shard, with
 * PORTAL_SHARDS) whose search page searches all of them in the reader's browser with Pagefind's
 * multisite search. Each site is served on its own 127.0.0.1 origin by a static server that sends the
 * build's `_headers` (CSP, and `Access-Control-Allow-Origin: *` on `/pagefind/*`), as a static host
 * would. The portal also lists a fourth shard that is down: search must still work without it.
 *
 * The sites go to `<TEST_OUT_DIR>-federation/` (default .build/test-dist-federation/), each on a free
 * port; TEST_REUSE_DIST=1 serves the sites of the last run again when their ports are still free (the
 * ports are part of each build: SITE_URL, PORTAL_SHARDS).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAxe } from './axe';
import { launchBrowser, openWatched } from './browser';
import { serveStatic, type StaticServer } from './staticServer';

const baseDir = resolve(`${process.env['TEST_OUT_DIR'] ?? '.build/test-dist'}-federation`);
const stampFile = join(baseDir, 'federation.json');

/** A site of the federation: its folder under baseDir, its name, its build flags, its address. */
interface Site {
  readonly folder: string;
  readonly name: string;
  readonly env: Readonly<Record<string, string>>;
  /** `http://127.0.0.1:<port>`, known once its server listens. */
  origin: string;
}

/** Gia Lai's shard is built from a copy of content/, which a test edits and builds again. */
const giaLaiContent = join(baseDir, 'gia-lai-content');
const shards: readonly Site[] = [
  {
    folder: 'gia-lai',
    name: 'Gia Lai',
    env: { SHARD_PROVINCES: 'gia-lai', CONTENT_DIR: giaLaiContent },
    origin: '',
  },
  { folder: 'lam-dong', name: 'Lâm Đồng', env: { SHARD_PROVINCES: 'lam-dong' }, origin: '' },
  { folder: 'thanh-hoa', name: 'Thanh Hóa', env: { SHARD_PROVINCES: 'thanh-hoa' }, origin: '' },
];
const [giaLai, lamDong] = shards as [Site, Site, Site];
/** Listed in the portal, never served: a shard that is down. */
const downShard = { name: 'Lai Châu', origin: '' };
const portal: Site = {
  folder: 'portal',
  name: 'Cổng quốc gia',
  env: { SHARD_PROVINCES: 'trung-uong', SHARD_NAME: 'Cổng quốc gia' },
  origin: '',
};
const sites = [portal, ...shards];
const portalShards = (): string =>
  [...shards, downShard].map((s) => `${s.name}=${s.origin}`).join(',');

/** Builds one site with scripts/build.ts into its folder; rejects with the build's output. */
function build(site: Site, extraEnv: Readonly<Record<string, string>> = {}): Promise<void> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    OUT_DIR: join(baseDir, site.folder),
    SITE_URL: site.origin,
    SKIP_OG_IMAGES: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    // Each build keeps its own Astro cache, next to its shard folder (scripts/build.ts).
    ASTRO_CACHE_DIR: undefined,
    SHARD_PROVINCES: undefined,
    SHARD_ORGANIZATIONS: undefined,
    SHARD_NAME: undefined,
    PORTAL_SHARDS: undefined,
    ...site.env,
    ...extraEnv,
  };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`${site.name} did not build (exit ${String(code)}):\n${output}`));
    });
  });
}

/** A port nobody listens on (for the shard that is down). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => {
    server.close(() => {
      done();
    });
  });
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts a server per site on the given ports (0: any free port); all or none. */
async function startServers(ports: readonly number[]): Promise<StaticServer[]> {
  const started: StaticServer[] = [];
  try {
    for (const [i, site] of sites.entries()) {
      started.push(await serveStatic(join(baseDir, site.folder), ports[i] ?? 0));
    }
  } catch (error) {
    await Promise.all(started.map((s) => s.close()));
    throw error;
  }
  sites.forEach((site, i) => (site.origin = started[i]?.origin ?? ''));
  return started;
}

let servers: StaticServer[] = [];
let browser: Browser | undefined;

beforeAll(async () => {
  const last = existsSync(stampFile)
    ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { ports: number[]; down: number })
    : null;
  if (
    process.env['TEST_REUSE_DIST'] === '1' &&
    last !== null &&
    sites.every((s) => existsSync(join(baseDir, s.folder, 'index.html')))
  ) {
    servers = await startServers(last.ports).catch(() => []);
    downShard.origin = `http://127.0.0.1:${String(last.down)}`;
  }
  if (servers.length === 0) {
    await mkdir(baseDir, { recursive: true });
    cpSync('content', giaLaiContent, { recursive: true });
    servers = await startServers(sites.map(() => 0));
    const down = await freePort();
    downShard.origin = `http://127.0.0.1:${String(down)}`;
    // One after another: Astro writes the list of MDX modules of the content it builds into the
    // project's own .astro/ folder, whatever the content folder, so parallel builds of different
    // content break each other's exemplar pages (UnknownContentCollectionError).
    for (const shard of shards) await build(shard);
    await build(portal, { PORTAL_SHARDS: portalShards() });
    const ports = servers.map((s) => Number(new URL(s.origin).port));
    await writeFile(stampFile, JSON.stringify({ ports, down }));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

/** Opens a page in the test's browser, watching it for problems (./browser.ts). */
function open(url: string): ReturnType<typeof openWatched> {
  if (browser === undefined) throw new Error('the browser did not start');
  return openWatched(browser, url);
}

/** Waits until the search page has said how many results it found. */
async function searchDone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /Tìm thấy|Không tìm thấy/.test(
      document.querySelector('[data-search-status]')?.textContent ?? '',
    ),
  );
}

/** Every result on the page (after "Xem thêm kết quả" until all are shown): link and site line. */
async function allResults(page: Page): Promise<{ href: string; title: string; site: string }[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const count = await page.locator('[data-search-results] li').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] li').length > n,
      count,
    );
  }
  return page.locator('[data-search-results] li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      title: li.querySelector('h2')?.textContent ?? '',
      site: li.querySelector('.result-site')?.textContent ?? '',
    })),
  );
}

/**
 * The problems of a portal page other than what a federation is expected to do: fetch the shards'
 * search indexes (only files under /pagefind/), and fail to reach the shard that is down.
 */
function unexpected(problems: readonly string[]): string[] {
  const indexRequest = (p: string): boolean =>
    [...shards.map((s) => s.origin), downShard.origin].some((o) =>
      p.startsWith(`third-party request: ${o}/pagefind/`),
    );
  const downShardFailure = (p: string): boolean =>
    p.startsWith(`request failed: ${downShard.origin}/pagefind/changes.json `) ||
    p === 'console: Failed to load resource: net::ERR_CONNECTION_REFUSED';
  return problems.filter((p) => !indexRequest(p) && !downShardFailure(p));
}

describe('a national portal searching three province sites', () => {
  test('a query typed without diacritics returns results from all three shards, each linking to its own site', async () => {
    const { page, problems } = await open(`${portal.origin}/tim-kiem/`);
    // Typed once the page is ready: submitting the form reloads the page, which would cut off the
    // index files the first load is still fetching.
    await page.waitForFunction(() =>
      /Nhập từ khóa/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    await page.locator('#search-page-query').fill('ke hoach');
    await page.locator('#search-page-query').press('Enter');
    await page.waitForURL(/[?&]q=ke\+hoach/);
    await searchDone(page);
    const results = await allResults(page);

    for (const shard of shards) {
      const own = results.filter((r) => r.href.startsWith(`${shard.origin}/`));
      expect(own.length, `results from ${shard.name}`).toBeGreaterThan(0);
      for (const r of own)
        expect(r.site).toBe(`Trang: ${shard.name} (${new URL(shard.origin).host})`);
    }
    // The portal's own pages (central documents) link within the portal.
    for (const r of results.filter((x) => !/^https?:/.test(x.href))) {
      expect(r.site).toBe(`Trang: ${portal.name}`);
    }
    expect(results.some((r) => r.title.includes('Kế hoạch'))).toBe(true);
    expect(await page.locator('[data-search-sites-note]').textContent()).toContain(downShard.name);
    expect(unexpected(problems)).toEqual([]);

    // Following a result opens the shard's own page, on the shard's origin.
    const seen = problems.length;
    await page
      .locator(`[data-search-results] a[href^="${giaLai.origin}/van-ban/"]`)
      .first()
      .click();
    await page.waitForURL(`${giaLai.origin}/van-ban/**`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.title()).toContain(`· ${giaLai.name}`);
    expect(
      problems.slice(seen).filter((p) => !p.startsWith(`third-party request: ${giaLai.origin}/`)),
    ).toEqual([]);
  });

  test('a directive every shard carries as a reference copy is listed once, from the portal itself', async () => {
    const { page, problems } = await open(
      `${portal.origin}/tim-kiem/?q=${encodeURIComponent('chi thi 41')}`,
    );
    await searchDone(page);
    const results = await allResults(page);
    const copies = results.filter((r) => r.href.includes('/van-ban/chi-thi-41-ct-tw-'));
    expect(copies.map((r) => r.href)).toEqual([
      '/van-ban/chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26/',
    ]);
    expect(unexpected(problems)).toEqual([]);
  });

  test('choosing one site under "Tìm trên" searches it alone, loading no other site\'s index', async () => {
    const { page, problems } = await open(
      `${portal.origin}/tim-kiem/?q=${encodeURIComponent('ke hoach')}`,
    );
    await searchDone(page);
    const seen = problems.length;
    await page.getByLabel('Tìm trên').selectOption(lamDong.name);
    await page.locator('#search-page-query').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('trang') === lamDong.name);
    await searchDone(page);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(
      /^Tìm thấy \d+ kết quả cho “ke hoach” trên Lâm Đồng\.$/,
    );
    const results = await allResults(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.href.startsWith(`${lamDong.origin}/`))).toBe(true);
    // Nothing fetched from the other shards, not even from the one that is down.
    const otherSites = problems
      .slice(seen)
      .filter(
        (p) =>
          p.startsWith('third-party request: ') &&
          !p.startsWith(`third-party request: ${lamDong.origin}/pagefind/`),
      );
    expect(otherSites).toEqual([]);
    expect(await page.locator('[data-search-sites-note]').isHidden()).toBe(true);
    expect(await page.getByLabel('Tìm trên').inputValue()).toBe(lamDong.name);
    // The form with its "Tìm trên" field passes axe's WCAG 2.2 AA rules.
    expect(await runAxe(page)).toEqual([]);

    // Back to every site: the results come from all three shards again.
    await page.getByLabel('Tìm trên').selectOption({ label: 'Tất cả các trang' });
    await page.locator('#search-page-query').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('trang') !== lamDong.name);
    await searchDone(page);
    const everywhere = await allResults(page);
    for (const shard of shards) {
      expect(everywhere.some((r) => r.href.startsWith(`${shard.origin}/`))).toBe(true);
    }
    expect(unexpected(problems)).toEqual([]);
  });
});

describe('a shard rebuilt after an edit', () => {
  test('is searched from the portal with its changes at once, without rebuilding the portal', async () => {
    // A plan of Gia Lai's shard, with a sentence added.
    const plan = 'ke-hoach-42-kh-du-ban-thuong-vu-dang-uy-phuong-quy-nhon-tay';
    const file = join(giaLaiContent, 'documents', `${plan}.md`);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('\n## ', '\nCâu mới thêm vào, mã số 7391.\n\n## '));
    await build(giaLai);
    const changes = JSON.parse(
      readFileSync(join(baseDir, giaLai.folder, 'pagefind', 'changes.json'), 'utf8'),
    ) as { delta: boolean };
    expect(changes.delta).toBe(true);

    const planPage = `${giaLai.origin}/van-ban/${plan}/`;
    const added = await open(`${portal.origin}/tim-kiem/?q=${encodeURIComponent('7391')}`);
    await searchDone(added.page);
    // Its new words are found: Gia Lai's delta is searched too.
    const found = (await allResults(added.page)).map((r) => r.href);
    expect(found.filter((href) => href === planPage)).toHaveLength(1);
    expect(unexpected(added.problems)).toEqual([]);

    // Found once by words of both versions: the full index's old entry is left out.
    const both = await open(`${portal.origin}/tim-kiem/?q=${encodeURIComponent('quy nhon tay')}`);
    await searchDone(both.page);
    const hrefs = (await allResults(both.page)).map((r) => r.href);
    expect(hrefs.filter((href) => href === planPage)).toHaveLength(1);
    expect(unexpected(both.problems)).toEqual([]);
  });
});

describe('each shard', () => {
  test('is a site of its own: its search finds the directive it carries, and it has no other province', async () => {
    const { page, problems } = await open(
      `${giaLai.origin}/tim-kiem/?q=${encodeURIComponent('chi thi 41')}`,
    );
    await searchDone(page);
    const results = await allResults(page);
    expect(results.map((r) => r.href)).toContain(
      '/van-ban/chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26/',
    );
    expect(results.every((r) => r.site === '')).toBe(true);
    expect(problems).toEqual([]);
    const thanhHoaPlan = await fetch(
      `${giaLai.origin}/van-ban/ke-hoach-219-kh-tu-ban-thuong-vu-thi-uy-bac-son-2024-09-18/`,
    );
    expect(thanhHoaPlan.status).toBe(404);
  });

  test('lets other origins read its search index, and nothing else', async () => {
    const index = await fetch(`${giaLai.origin}/pagefind/pagefind-entry.json`);
    expect(index.headers.get('access-control-allow-origin')).toBe('*');
    const home = await fetch(`${giaLai.origin}/`);
    expect(home.headers.get('access-control-allow-origin')).toBeNull();
    const portalPolicy = (await fetch(`${portal.origin}/`)).headers.get('content-security-policy');
    expect(portalPolicy).toContain(
      `connect-src 'self' ${[...shards.map((s) => s.origin), downShard.origin].join(' ')};`,
    );
    expect(home.headers.get('content-security-policy')).toContain("connect-src 'self';");
  });
});

describe('the shard flags', () => {
  test('an unknown province stops the build with the list of known ones and leaves the output untouched', async () => {
    const out = join(baseDir, giaLai.folder);
    const before = readFileSync(join(out, 'index.html'), 'utf8');
    const failure = await build({ ...giaLai, env: { SHARD_PROVINCES: 'ha-noi' } }).then(
      () => null,
      (error: unknown) => String(error),
    );
    expect(failure).toContain('unknown province "ha-noi" in SHARD_PROVINCES');
    expect(failure).toContain('gia-lai (Gia Lai)');
    expect(failure).toContain('trung-uong (Trung ương)');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(before);
  });
});
