import { describe, expect, test } from 'vitest';
import { checkSite, type SiteFiles } from '../../../src/lib/audit/checkSite';

const siteUrl = new URL('https://thiduakhenthuong.example.vn');

/** A small built site: pages (HTML by file) plus other files; folders are implied by the paths. */
function site(pages: Record<string, string>, otherFiles: readonly string[] = []): SiteFiles {
  return {
    files: new Set([...Object.keys(pages), ...otherFiles]),
    pages: new Map(Object.entries(pages)),
  };
}

/** The links of one home page checked against a site with a few pages and files. */
function checkHome(body: string) {
  return checkSite(
    site(
      {
        'index.html': `<!doctype html><title>Trang chủ</title><h1 id="dau-trang">Trang chủ</h1>${body}`,
        'van-ban/index.html': '<h1 id="danh-sach">Văn bản</h1><a name="cu">cũ</a>',
        'van-ban/ke-hoach-25/index.html': '<h2 id="muc-i">I</h2><h2 id="mục-2">II</h2>',
        'tài-liệu/index.html': '<h1>Tài liệu</h1>',
      },
      ['khen-thuong/khen-thuong.csv', 'og/trang-chu.png', 'anh/a-400.avif', 'anh/a-800.avif'],
    ),
    siteUrl,
  );
}

describe('checkSite accepts links that lead somewhere', () => {
  test.each([
    ['a page', '<a href="/van-ban/">'],
    ['a relative page', '<a href="van-ban/ke-hoach-25/">'],
    ['a file', '<a href="/khen-thuong/khen-thuong.csv">CSV</a>'],
    ['an anchor on another page', '<a href="/van-ban/ke-hoach-25/#muc-i">'],
    ['an <a name> anchor', '<a href="/van-ban/#cu">'],
    ['an anchor on the same page', '<a href="#dau-trang">'],
    ['"#" alone', '<a href="#">'],
    ['#top without an element of that id', '<a href="#top">'],
    ['a percent-encoded path', '<a href="/t%C3%A0i-li%E1%BB%87u/">'],
    ['a path written in Vietnamese letters', '<a href="/tài-liệu/">'],
    ['a percent-encoded anchor', '<a href="/van-ban/ke-hoach-25/#m%E1%BB%A5c-2">'],
    ['a query string', '<a href="/van-ban/?loai=K%E1%BA%BF+ho%E1%BA%A1ch&amp;nam=2025">'],
    ['a fragment on a file (not checked)', '<a href="/khen-thuong/khen-thuong.csv#row=2">'],
    [
      'an absolute address on the site',
      '<link rel="canonical" href="https://thiduakhenthuong.example.vn/">',
    ],
    [
      'og:image',
      '<meta property="og:image" content="https://thiduakhenthuong.example.vn/og/trang-chu.png">',
    ],
    [
      'srcset',
      '<img src="/anh/a-400.avif" srcset="/anh/a-400.avif 400w, /anh/a-800.avif 800w" alt="">',
    ],
    ['a form action', '<form action="/van-ban/" method="get"></form>'],
    [
      'a link inside a script (not a link)',
      '<script>const s = \'<a href="/khong-co/">\';</script>',
    ],
    ['a link inside a comment (not a link)', '<!-- <a href="/khong-co/"> -->'],
    ['javascript:', '<a href="javascript:void(0)">'],
  ])('%s', (_name, body) => {
    expect(checkHome(body).broken).toEqual([]);
  });
});

describe('checkSite reports links that lead nowhere', () => {
  test.each([
    ['a missing page', '<a href="/khong-co/">', 'no page: khong-co/index.html does not exist'],
    [
      'a missing file',
      '<a href="/du-lieu/khen-thuong.json">',
      'no file: du-lieu/khen-thuong.json does not exist',
    ],
    [
      'a missing anchor on another page',
      '<a href="/van-ban/ke-hoach-25/#muc-ix">',
      'no element with id or name "muc-ix" on van-ban/ke-hoach-25/index.html',
    ],
    [
      'a missing anchor on the same page',
      '<a href="#cuoi-trang">',
      'no element with id or name "cuoi-trang" on index.html',
    ],
    [
      'an anchor that differs only in case',
      '<a href="/van-ban/ke-hoach-25/#MUC-I">',
      'no element with id or name "MUC-I" on van-ban/ke-hoach-25/index.html',
    ],
    [
      'a trailing-slash link to a folder without index.html',
      '<a href="/khen-thuong/">',
      'the folder khen-thuong/ has no index.html',
    ],
    [
      'a page linked without its trailing slash',
      '<a href="/van-ban">',
      "missing trailing slash: the page is /van-ban/ (trailingSlash: 'always')",
    ],
    [
      'a percent-encoded path to a missing page',
      '<a href="/t%C3%A0i-lieu/">',
      'no page: tài-lieu/index.html does not exist',
    ],
    [
      'a query string does not hide a missing page',
      '<a href="/khong-co/?trang=2">',
      'no page: khong-co/index.html does not exist',
    ],
    [
      'malformed percent-encoding',
      '<a href="/van-ban/%E1%BA/">',
      'malformed percent-encoding in /van-ban/%E1%BA/',
    ],
    [
      'a missing image candidate in srcset',
      '<img srcset="/anh/a-400.avif 400w, /anh/a-1600.avif 1600w" alt="">',
      'no file: anh/a-1600.avif does not exist',
    ],
    [
      'a share card that was not built',
      '<meta property="og:image" content="https://thiduakhenthuong.example.vn/og/van-ban/x.png">',
      'no file: og/van-ban/x.png does not exist',
    ],
    [
      'a missing stylesheet',
      '<link rel="stylesheet" href="/_astro/x.css">',
      'no file: _astro/x.css does not exist',
    ],
    [
      'a missing script',
      '<script type="module" src="/_astro/x.js"></script>',
      'no file: _astro/x.js does not exist',
    ],
    [
      'a form sent nowhere',
      '<form action="/tim-kiem/"></form>',
      'no page: tim-kiem/index.html does not exist',
    ],
  ])('%s', (_name, body, reason) => {
    expect(checkHome(body).broken.map((b) => b.reason)).toEqual([reason]);
  });

  test('a broken link names its page, where it was found and the address as written', () => {
    expect(checkHome('<p><a href="/khong-co/#a">x</a></p>').broken).toEqual([
      {
        page: 'index.html',
        source: 'a[href]',
        href: '/khong-co/#a',
        reason: 'no page: khong-co/index.html does not exist',
      },
    ]);
  });

  test('every broken link is listed, not only the first', () => {
    expect(checkHome('<a href="/a/"><a href="/b/"><img src="/c.png" alt="">').broken).toHaveLength(
      3,
    );
  });
});

describe('checkSite lists links to other sites without fetching them', () => {
  test('other origins, e-mail and phone', () => {
    const report = checkHome(
      '<a href="https://thuvienphapluat.vn/">x</a><a href="mailto:a@example.vn">x</a><a href="tel:+84123">x</a>',
    );
    expect(report.broken).toEqual([]);
    expect(report.external.map((l) => l.url)).toEqual([
      'https://thuvienphapluat.vn/',
      'mailto:a@example.vn',
      'tel:+84123',
    ]);
  });

  test('internal addresses are counted as checked', () => {
    expect(checkHome('<a href="/van-ban/">x</a><a href="#">y</a>').checkedInternal).toBe(2);
  });
});
