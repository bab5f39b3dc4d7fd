import { describe, expect, test } from 'vitest';
import { measurePage, pageAssets, staticImports } from '../../../src/lib/pageWeight/pageWeight';
import { pagePathOf, routePattern, samplePagesByType } from '../../../src/lib/site/builtPages';

describe('page types', () => {
  test.each([
    ['index.html', '/', '/'],
    ['404.html', '/404.html', '/404.html'],
    ['van-ban/index.html', '/van-ban/', '/van-ban/'],
    ['van-ban/ke-hoach-25/index.html', '/van-ban/ke-hoach-25/', '/van-ban/[…]/'],
    ['bang-vang/ubnd/2025/index.html', '/bang-vang/ubnd/2025/', '/bang-vang/[…]/[…]/'],
  ])('%s is the page %s of type %s', (file, path, type) => {
    expect(pagePathOf(file)).toBe(path);
    expect(routePattern(path)).toBe(type);
  });

  test('a sample keeps the first and last page of each type, and single pages once', () => {
    const sample = samplePagesByType(['/van-ban/c/', '/', '/van-ban/a/', '/van-ban/b/']);
    expect([...sample.entries()]).toEqual([
      ['/', ['/']],
      ['/van-ban/[…]/', ['/van-ban/a/', '/van-ban/c/']],
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
    const weight = await measurePage('van-ban/x/index.html', html, (path) => {
      const content = files[path];
      if (content === undefined) throw new Error('ENOENT');
      return Buffer.from(content);
    });
    expect(weight.path).toBe('/van-ban/x/');
    expect(weight.type).toBe('/van-ban/[…]/');
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
      measurePage('index.html', '<link rel="stylesheet" href="/_astro/gone.css">', () => {
        throw new Error('ENOENT');
      }),
    ).rejects.toThrow('index.html links /_astro/gone.css');
  });
});
