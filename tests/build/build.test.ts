/**
 * The atomic build (scripts/build.ts), end to end, on the small valid fixture: a good build produces the
 * site and its search index; a build of broken content fails with the promised message and leaves the
 * previous output byte-for-byte as it was; a rebuild after one edit copies the unchanged pages, indexes
 * only the changed ones for search, and gives the same site, and in the browser the same search
 * results, as a build from nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stageDirFor } from '../../src/lib/build/stageDir';
import { readSearchChanges } from '../../src/lib/search/applySearchChanges';
import { launchBrowser, openWatched } from '../e2e/browser';
import { serveStatic } from '../e2e/staticServer';

const validFixture = 'tests/fixtures/validation/valid';
const plan = 'documents/ke-hoach-42-kh-du-ban-thuong-vu-dang-uy-phuong-quy-nhon-tay-2025-12.md';
const directive = 'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26';
const missing = 'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-25';

let work: string;
let outDir: string;
/** A copy of the valid fixture, edited by the rebuild test. */
let content: string;
/** The edited content built from nothing, with empty caches (the rebuild test). */
let freshDir: string;

/** Runs `npm run build` (tsx scripts/build.ts) with its own Node, as the npm script does. */
function build(
  contentDir: string,
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'astro-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** SHA-256 of every file under `dir` (or only of those `keep` accepts), by relative path. */
function hashTree(
  dir: string,
  keep: (path: string) => boolean = () => true,
): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !keep(relative(dir, join(entry.parentPath, entry.name)))) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tdkt-build-test-'));
  outDir = join(work, 'out');
  content = join(work, 'content');
  cpSync(validFixture, content, { recursive: true });
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('npm run build', () => {
  test('builds the valid fixture into OUT_DIR with the site and its Pagefind index', () => {
    const { status, output } = build(content);
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(output).toContain('✓ 4/4');
  });

  test('refuses broken content, names the file, field, missing id and nearest ids, and leaves the output untouched', () => {
    const before = hashTree(outDir);
    expect(Object.keys(before).length).toBeGreaterThan(2);

    const broken = join(work, 'content-broken');
    cpSync(validFixture, broken, { recursive: true });
    const planPath = join(broken, plan);
    writeFileSync(
      planPath,
      readFileSync(planPath, 'utf8').replace(`  - ${directive}\n`, `  - ${missing}\n`),
    );

    const { status, output } = build(broken);
    expect(status).not.toBe(0);
    expect(output).toContain(plan);
    expect(output).toContain(`implements.1: no document "${missing}". Nearest: ${directive}`);
    expect(output).toContain(`add ${broken}/documents/${missing}.md`);
    expect(output).toContain('Build failed');
    expect(hashTree(outDir)).toEqual(before);
  });

  test('when Astro itself fails after validation passed, the output is left untouched too', () => {
    const before = hashTree(outDir);
    // An invalid site address makes Astro reject its configuration: a failure in step 2, not step 1.
    const { status, output } = build(validFixture, { SITE_URL: 'not a url' });
    expect(status).not.toBe(0);
    expect(output).toContain('✓ 1/4');
    expect(output).toContain('astro build failed');
    expect(hashTree(outDir)).toEqual(before);
  });

  test('a shard of a province the content does not have stops with the provinces it has, and leaves the output untouched', () => {
    const before = hashTree(outDir);
    const { status, output } = build(content, { SHARD_PROVINCES: 'gia-lia' });
    expect(status).not.toBe(0);
    expect(output).toContain('unknown province "gia-lia" in SHARD_PROVINCES; the content has:');
    expect(output).toContain('gia-lai (Gia Lai)');
    expect(output).toContain('Build failed');
    expect(hashTree(outDir)).toEqual(before);
  });

  test('a second build into the same folder while one runs stops, names the first, and leaves the output untouched', () => {
    const lock = `${stageDirFor(resolve('.build'), outDir)}.lock`;
    // This test's own process stands for the build that is running.
    writeFileSync(lock, String(process.pid));
    try {
      const before = hashTree(outDir);
      const { status, output } = build(content);
      expect(status).not.toBe(0);
      expect(output).toContain(
        `another build into ${outDir} is running (process ${String(process.pid)})`,
      );
      expect(hashTree(outDir)).toEqual(before);
    } finally {
      rmSync(lock, { force: true });
    }
  });

  test('a rebuild after editing one plan renders that plan again, copies the unchanged pages, and gives the site a build from nothing gives', () => {
    const sentence = 'Câu mới thêm vào để thử dựng lại từng phần.';
    const planPath = join(content, plan);
    const text = readFileSync(planPath, 'utf8');
    // A sentence added and words replaced ("kinh nghiệm" is only in this plan): words found only
    // since, and no longer.
    writeFileSync(
      planPath,
      text.replace('\n## ', `\n${sentence}\n\n## `).replace('rút kinh nghiệm', 'rút bài học'),
    );

    const { status, output } = build(content);
    expect(status, output).toBe(0);
    expect(output).toMatch(/\d+ unchanged pages copied from the previous build/);
    expect(output).toMatch(/pagefind: [1-9]\d* changed pages? indexed again/);
    const planPage = join(outDir, 'van-ban', basename(plan, '.md'), 'index.html');
    expect(readFileSync(planPage, 'utf8')).toContain(sentence);

    // The same edited content built with an empty cache: every page must come out the same.
    const fresh = join(work, 'out-fresh');
    freshDir = fresh;
    const full = build(content, {
      OUT_DIR: fresh,
      ASTRO_CACHE_DIR: join(work, 'astro-cache-empty'),
    });
    expect(full.status, full.output).toBe(0);
    // Pagefind's own files are named by hashes that differ from run to run; the pages must not.
    const pages = (path: string) => !path.startsWith('pagefind/');
    expect(hashTree(outDir, pages)).toEqual(hashTree(fresh, pages));
  });

  test('search on the rebuilt site, which indexed only the changed pages again, finds and counts what a build from nothing finds', async () => {
    const changes = readSearchChanges(
      JSON.parse(readFileSync(join(outDir, 'pagefind', 'changes.json'), 'utf8')),
    );
    expect(changes.delta).toBe(true);
    expect(Object.keys(changes.superseded).length).toBeGreaterThan(0);
    expect(
      readSearchChanges(
        JSON.parse(readFileSync(join(freshDir, 'pagefind', 'changes.json'), 'utf8')),
      ),
    ).toEqual({ delta: false, superseded: {} });

    const browser = await launchBrowser();
    const rebuilt = await serveStatic(outDir);
    const fresh = await serveStatic(freshDir);
    try {
      for (const query of [
        'dung lai tung phan',
        'Tran Van Dung',
        'Trần Văn Khải',
        'thi dua khen thuong',
      ]) {
        const [onRebuilt, onFresh] = [
          await searchEverything(browser, rebuilt.url, query),
          await searchEverything(browser, fresh.url, query),
        ];
        expect(onRebuilt.problems, query).toEqual([]);
        expect(onRebuilt.found, query).toEqual(onFresh.found);
      }
      // The edited plan is found by its new words, once, and no longer by the words it lost.
      const edited = await searchEverything(browser, rebuilt.url, 'dung lai tung phan');
      expect(edited.found.status).toBe('Tìm thấy 1 kết quả cho “dung lai tung phan”.');
      expect(edited.found.links).toEqual([`/van-ban/${basename(plan, '.md')}/`]);
      const lost = await searchEverything(browser, rebuilt.url, 'kinh nghiem');
      expect(lost.found.links).not.toContain(edited.found.links[0]);
    } finally {
      await browser.close();
      await Promise.all([rebuilt.close(), fresh.close()]);
    }
  });
});

/**
 * Searches `query` on the site at `origin` as a reader would: every result (pressing "more" until it
 * goes), the count the page states, and the values of every filter with their counts.
 */
async function searchEverything(
  browser: Browser,
  origin: string,
  query: string,
): Promise<{ found: { status: string; links: string[]; filters: string[] }; problems: string[] }> {
  const { page, problems } = await openWatched(
    browser,
    `${origin}/tim-kiem/?q=${encodeURIComponent(query)}`,
  );
  const status = page.locator('[data-search-status]');
  // Playwright's own wait (30 s), not expect.poll's 1 s: a loaded CI machine searches slower.
  await page.waitForFunction(() =>
    /Tìm thấy|Không tìm thấy/.test(
      document.querySelector('[data-search-status]')?.textContent ?? '',
    ),
  );
  const rows = page.locator('[data-search-results] li');
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await rows.count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] li').length > n,
      shown,
    );
  }
  const links = await rows
    .locator('h2 a')
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await page.locator('[data-search-filters] summary').click();
  await page.locator('select[name="loai"] option').nth(1).waitFor({ state: 'attached' });
  const filters = await page.locator('[data-search-filters] option').allTextContents();
  const found = { status: (await status.textContent()) ?? '', links: links.sort(), filters };
  await page.close();
  return { found, problems };
}
