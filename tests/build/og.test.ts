/**
 * Link-preview images as built (tests/setup/global-build.ts builds CONTENT_DIR, default content/,
 * into `inject('distDir')` and serves it at `inject('baseUrl')`): every page names a card in its
 * meta tags, each card is a 1200 × 630 PNG served as image/png, and each exemplar's poster is a
 * 1240 × 1754 PNG (A4 at 150 dpi). With SKIP_OG_IMAGES=1 the files are placeholders of the same
 * sizes, so this passes either way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { pngSize } from '../../src/lib/og/pngSize';
import { listBuiltPageFiles } from '../../src/lib/site/builtPages';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');

/** Every built HTML page, as paths relative to the output folder (not the editor: listBuiltPageFiles). */
function htmlPages(): string[] {
  return listBuiltPageFiles(distDir);
}

/** The value of `<meta property|name="key" content="…">` in a page, or undefined. */
function meta(html: string, key: string): string | undefined {
  // Keys are letters and colons ("og:image:width"): nothing to escape.
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'u');
  return tag.exec(html)?.[1]?.replace(/&amp;/g, '&');
}

/** The built page of the first entry in a section folder (`van-ban`, `dien-hinh`), or undefined. */
function firstPage(section: string): string | undefined {
  const dir = join(distDir, section);
  if (!existsSync(dir)) return undefined;
  const id = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort()[0];
  return id === undefined ? undefined : join(section, id, 'index.html');
}

/** Fetches the image a page's og:image names, from the test server, with its size. */
async function fetchImage(
  url: string,
): Promise<{ type: string | null; size: ReturnType<typeof pngSize> }> {
  const { pathname } = new URL(url);
  const response = await fetch(new URL(pathname, baseUrl));
  expect(response.status, pathname).toBe(200);
  return {
    type: response.headers.get('content-type'),
    size: pngSize(new Uint8Array(await response.arrayBuffer())),
  };
}

describe('every page', () => {
  const pages = htmlPages();

  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  test('names a card that exists in the built site, with its size, alt text and twitter:card', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(distDir, page), 'utf8');
      const image = meta(html, 'og:image');
      if (image === undefined) {
        problems.push(`${page}: no og:image`);
        continue;
      }
      const file = join(distDir, decodeURIComponent(new URL(image).pathname));
      if (!existsSync(file)) problems.push(`${page}: ${relative(distDir, file)} was not built`);
      if (meta(html, 'og:image:width') !== '1200') problems.push(`${page}: og:image:width`);
      if (meta(html, 'og:image:height') !== '630') problems.push(`${page}: og:image:height`);
      if ((meta(html, 'og:image:alt') ?? '') === '') problems.push(`${page}: og:image:alt`);
      if (meta(html, 'og:locale') !== 'vi_VN') problems.push(`${page}: og:locale`);
      if (meta(html, 'twitter:card') !== 'summary_large_image')
        problems.push(`${page}: twitter:card`);
      if (meta(html, 'og:url') === undefined) problems.push(`${page}: og:url`);
    }
    expect(problems).toEqual([]);
  });
});

describe('a document page', () => {
  const page = firstPage('van-ban');

  test('exists', () => {
    expect(page).toBeDefined();
  });

  test('has its own card: the og:image URL in its HTML returns a 1200 × 630 PNG', async () => {
    const html = readFileSync(join(distDir, page ?? ''), 'utf8');
    const image = meta(html, 'og:image') ?? '';
    expect(new URL(image).pathname).toMatch(/^\/og\/van-ban\/[^/]+\.png$/u);
    const { type, size } = await fetchImage(image);
    expect(type).toMatch(/^image\/png/u);
    expect(size).toEqual({ width: 1200, height: 630 });
  });
});

describe('an organization page', () => {
  test('has its own 1200 × 630 card', async () => {
    const page = firstPage('co-quan');
    const image = meta(readFileSync(join(distDir, page ?? ''), 'utf8'), 'og:image') ?? '';
    expect(new URL(image).pathname).toMatch(/^\/og\/co-quan\/[^/]+\.png$/u);
    expect((await fetchImage(image)).size).toEqual({ width: 1200, height: 630 });
  });
});

describe('cards built for every award decision and exemplar', () => {
  test.each(['khen-thuong', 'dien-hinh'])('/og/%s/ holds a 1200 × 630 PNG per page', (section) => {
    const pagesDir = join(distDir, section);
    const ids = existsSync(pagesDir)
      ? readdirSync(pagesDir).filter((id) => existsSync(join(pagesDir, id, 'index.html')))
      : [];
    const cards = ids
      .filter((id) => existsSync(join(distDir, 'og', section, `${id}.png`)))
      .map((id) => pngSize(readFileSync(join(distDir, 'og', section, `${id}.png`))));
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((s) => s?.width === 1200 && s.height === 630)).toBe(true);
  });
});

describe('exemplar posters', () => {
  const dir = join(distDir, 'dien-hinh');
  const ids = existsSync(dir)
    ? readdirSync(dir).filter((id) => existsSync(join(dir, id, 'ap-phich.png')))
    : [];

  test('one is built beside every exemplar page', () => {
    const pages = existsSync(dir)
      ? readdirSync(dir).filter((id) => existsSync(join(dir, id, 'index.html')))
      : [];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.sort()).toEqual(pages.sort());
  });

  test('each is served as a 1240 × 1754 PNG (A4 portrait at 150 dpi)', async () => {
    for (const id of ids) {
      const { type, size } = await fetchImage(
        new URL(`/dien-hinh/${id}/ap-phich.png`, baseUrl).href,
      );
      expect(type).toMatch(/^image\/png/u);
      expect(size, id).toEqual({ width: 1240, height: 1754 });
    }
  });
});
