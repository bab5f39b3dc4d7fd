import { describe, expect, test } from 'vitest';
import { measurePage, pageAssets, staticImports } from '../../../src/lib/pageWeight/pageWeight';
import {
  groupByPageType,
  pagePathOf,
  pageRoutes,
  pageType,
} from '../../../src/lib/site/builtPages';

describe('page types', () => {
  const routes = pageRoutes([
    'index.astro',
    '404.astro',
    'van-ban/[...page].astro',
    'van-ban/[id]/index.astro',
    'khen-thuong/[...page].astro',
    'khen-thuong/[id]/index.astro',
    'khen-thuong/lay-y-kien/index.astro',
    'bang-vang/[organization]/[year]/index.astro',
    'dien-hinh/_ExemplarPart.astro',
  ]);

  test.each([
    ['index.html', '/', '/'],
    ['404.html', '/404.html', '/404.html'],
    ['van-ban/index.html', '/van-ban/', '/van-ban/'],
    ['van-ban/ke-hoach-25/index.html', '/van-ban/ke-hoach-25/', '/van-ban/[id]/'],
    ['khen-thuong/lay-y-kien/index.html', '/khen-thuong/lay-y-kien/', '/khen-thuong/lay-y-kien/'],
    ['khen-thuong/qd-1/index.html', '/khen-thuong/qd-1/', '/khen-thuong/[id]/'],
    ['van-ban/trang/2/index.html', '/van-ban/trang/2/', '/van-ban/'],
    ['khen-thuong/index.html', '/khen-thuong/', '/khen-thuong/'],
    ['khen-thuong/trang/12/index.html', '/khen-thuong/trang/12/', '/khen-thuong/'],
    [
      'bang-vang/ubnd/2025/index.html',
      '/bang-vang/ubnd/2025/',
      '/bang-vang/[organization]/[year]/',
    ],
  ])('%s is the page %s built by the route %s', (file, path, type) => {
    expect(pagePathOf(file)).toBe(path);
    expect(pageType(path, routes)).toBe(type);
  });

  test('helper components (_ files) are not routes', () => {
    expect(routes.map((r) => r.pattern)).not.toContain('/dien-hinh/_ExemplarPart/');
  });

  test('pages are grouped by type, types and pages in order', () => {
    const groups = groupByPageType(['/van-ban/c/', '/', '/van-ban/a/', '/van-ban/'], routes);
    expect([...groups.entries()]).toEqual([
      ['/', ['/']],
      ['/van-ban/', ['/van-ban/']],
      ['/van-ban/[id]/', ['/van-ban/a/', '/van-ban/c/']],
    ]);
  });
});

describe('what a page loads', () => {
  test('stylesheets and module scripts count, JSON-LD data does not, inline code is counted', () => {
    const assets = pageAssets(`<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
      <script type="module" src="/_astro/page.js"></script>
      <script type="application/ld+json">{"@type":"Thing"}</script>
      <script>alert(1)</script></head><body></body></html>`);
    expect(assets).toEqual({
      stylesheets: ['/_astro/a.css'],
      scripts: ['/_astro/page.js'],
      inlineScripts: 1,
    });
  });

  test('static imports are followed, dynamic ones (loaded on use) are not', async () => {
    const code = `import{a}from"./chunk.js";import "/_astro/side.js";const p="/pagefind/pagefind.js";await import(p);import("./lazy.js");`;
    expect(await staticImports(code, '/_astro/page.js')).toEqual([
      '/_astro/chunk.js',
      '/_astro/side.js',
    ]);
  });

  test('a page counts its HTML, CSS and every script file once, imports included', async () => {
    const files: Record<string, string> = {
      '/_astro/a.css': 'body{color:red}',
      '/_astro/page.js': 'import{x}from"./chunk.js";import{y}from"./chunk.js";x(y);',
      '/_astro/chunk.js': 'export const x=()=>{},y=1;',
    };
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/page.js"></script>';
    const weight = await measurePage(
      'van-ban/x/index.html',
      html,
      (path) => {
        const content = files[path];
        if (content === undefined) throw new Error('ENOENT');
        return Buffer.from(content);
      },
      () => '/van-ban/[id]/',
    );
    expect(weight.path).toBe('/van-ban/x/');
    expect(weight.type).toBe('/van-ban/[id]/');
    expect(weight.scripts).toEqual(['/_astro/chunk.js', '/_astro/page.js']);
    expect(weight.css.raw).toBe(15);
    expect(weight.js.raw).toBe(
      Buffer.byteLength(files['/_astro/page.js'] ?? '') +
        Buffer.byteLength(files['/_astro/chunk.js'] ?? ''),
    );
    expect(weight.html.gzip).toBeGreaterThan(0);
  });

  test('a stylesheet missing from the build is an error naming the page and the file', async () => {
    await expect(
      measurePage(
        'index.html',
        '<link rel="stylesheet" href="/_astro/gone.css">',
        () => {
          throw new Error('ENOENT');
        },
        () => '/',
      ),
    ).rejects.toThrow('index.html links /_astro/gone.css');
  });
});
