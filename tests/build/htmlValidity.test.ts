/**
 * Every page the build produces (tests/setup/global-build.ts builds the site into `inject('distDir')`)
 * is valid HTML by html-validate with the project's html-validate.config.mjs, and has a non-empty
 * `<title>` and `<meta name="description">` that no other page shares. One run lists every problem of
 * every page.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FlatConfigLoader, HtmlValidate } from 'html-validate';
import { expect, inject, test } from 'vitest';
import { checkPageMeta } from '../../src/lib/audit/checkPageMeta';
import { extractPageMeta, type PageMeta } from '../../src/lib/audit/extractPageMeta';
import { scanHtml } from '../../src/lib/audit/scanHtml';
import { listBuiltPageFiles } from '../../src/lib/site/builtPages';

const distDir = inject('distDir');

/**
 * Every page of the build, relative, `/`-separated, sorted; not the web editor in admin/, whose page
 * is Decap's (listBuiltPageFiles; tests/e2e/admin.test.ts covers it).
 */
const pages = listBuiltPageFiles(distDir);

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(100);
});

const validator = new HtmlValidate(new FlatConfigLoader(resolve('html-validate.config.mjs')));

test('the configuration loads the HTML5 rules: a page with known errors fails', async () => {
  // A configuration without rules or element data would pass every page: this page must not pass.
  const broken =
    '<!doctype html><html lang="vi"><head><title>Thử</title></head><body><main>' +
    '<p id="a">1</p><p id="a">2</p><span><div>khối trong dòng</div></span><button>Gửi</button>' +
    '</main></body></html>';
  const result = await validator.validateString(broken, join(distDir, 'kiem-tra-cau-hinh.html'));
  const rules = new Set(result.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  expect([...rules].sort()).toEqual(
    expect.arrayContaining(['element-permitted-content', 'no-dup-id', 'no-implicit-button-type']),
  );
});

test('every page is valid HTML (html-validate, html-validate.config.mjs)', async () => {
  const problems = (
    await Promise.all(
      pages.map(async (page) => {
        const result = await validator.validateFile(join(distDir, page));
        return result.results.flatMap((r) =>
          r.messages.map(
            (m) =>
              `${page}:${String(m.line)}:${String(m.column)} ${m.ruleId}: ${m.message} (at ${m.selector ?? 'document'})`,
          ),
        );
      }),
    )
  ).flat();
  // The message lists every problem (page:line:column rule: message); the count keeps the assertion short.
  expect(
    problems.length,
    `${String(problems.length)} html-validate problems (see https://html-validate.org/rules/):\n${problems.join('\n')}\n`,
  ).toBe(0);
});

test('every page has a title and a description of its own', () => {
  const meta = new Map<string, PageMeta>(
    pages.map((page) => [
      page,
      extractPageMeta(scanHtml(readFileSync(join(distDir, page), 'utf8'))),
    ]),
  );
  const problems = checkPageMeta(meta).map((p) => `${p.page}: ${p.reason}`);
  expect(
    problems.length,
    `${String(problems.length)} title and description problems:\n${problems.join('\n')}\n`,
  ).toBe(0);
});
