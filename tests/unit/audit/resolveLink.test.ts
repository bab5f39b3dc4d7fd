import { describe, expect, test } from 'vitest';
import { pagePathOf } from '../../../src/lib/site/builtPages';
import { resolveLink } from '../../../src/lib/audit/resolveLink';

const site = new URL('https://thiduakhenthuong.example.vn');
const page = 'van-ban/ke-hoach-25-kh-tu/index.html';

describe('pagePathOf gives the address a built file is served at', () => {
  test.each([
    ['index.html', '/'],
    ['van-ban/index.html', '/van-ban/'],
    ['404.html', '/404.html'],
    ['khen-thuong/khen-thuong.csv', '/khen-thuong/khen-thuong.csv'],
  ])('%s → %s', (file, path) => {
    expect(pagePathOf(file)).toBe(path);
  });
});

describe('resolveLink maps an internal address to the file that serves it', () => {
  test.each([
    ['/van-ban/', 'van-ban/index.html', undefined, ''],
    ['/', 'index.html', undefined, ''],
    ['/khen-thuong/khen-thuong.csv', 'khen-thuong/khen-thuong.csv', undefined, ''],
    ['../chi-thi-41/', 'van-ban/chi-thi-41/index.html', undefined, ''],
    ['phu-luc.txt', 'van-ban/ke-hoach-25-kh-tu/phu-luc.txt', undefined, ''],
    ['#muc-i', page, 'muc-i', ''],
    ['#', page, '', ''],
    ['', page, undefined, ''],
    [
      '/khen-thuong/?hinh-thuc=bang-khen&nam=2025',
      'khen-thuong/index.html',
      undefined,
      'hinh-thuc=bang-khen&nam=2025',
    ],
    [
      '/van-ban/?loai=K%E1%BA%BF+ho%E1%BA%A1ch#ket-qua',
      'van-ban/index.html',
      'ket-qua',
      'loai=K%E1%BA%BF+ho%E1%BA%A1ch',
    ],
    ['https://thiduakhenthuong.example.vn/og/trang-chu.png', 'og/trang-chu.png', undefined, ''],
    ['//thiduakhenthuong.example.vn/lich/', 'lich/index.html', undefined, ''],
    ['/t%C3%A0i-li%E1%BB%87u/', 'tài-liệu/index.html', undefined, ''],
    ['/tài-liệu/', 'tài-liệu/index.html', undefined, ''],
    ['/a%20b.csv', 'a b.csv', undefined, ''],
    ['/van-ban/../lich/', 'lich/index.html', undefined, ''],
  ])('%s', (href, file, fragment, query) => {
    const resolved = resolveLink(href, page, site);
    expect(resolved).toMatchObject({ kind: 'internal', file, query });
    expect(resolved.kind === 'internal' ? resolved.fragment : null).toBe(fragment);
  });

  test('relative addresses resolve against <base href> when the page has one', () => {
    expect(resolveLink('lich.ics', page, site, '/lich/')).toMatchObject({ file: 'lich/lich.ics' });
  });

  test('a page at the root (404.html) resolves relative addresses from the root', () => {
    expect(resolveLink('van-ban/', '404.html', site)).toMatchObject({ file: 'van-ban/index.html' });
  });
});

describe('resolveLink leaves other sites and schemes to the list of external links', () => {
  test.each([
    ['https://thuvienphapluat.vn/van-ban/', 'https://thuvienphapluat.vn/van-ban/'],
    ['http://thiduakhenthuong.example.vn/', 'http://thiduakhenthuong.example.vn/'],
    ['https://thiduakhenthuong.example.vn:8443/', 'https://thiduakhenthuong.example.vn:8443/'],
    ['mailto:thiduakhenthuong@example.vn', 'mailto:thiduakhenthuong@example.vn'],
    ['tel:+842439999999', 'tel:+842439999999'],
  ])('%s', (href, url) => {
    expect(resolveLink(href, page, site)).toEqual({ kind: 'external', url });
  });

  test.each(['javascript:void(0)', 'data:image/png;base64,AAAA', 'about:blank'])(
    '%s needs no file',
    (href) => {
      expect(resolveLink(href, page, site).kind).toBe('inline');
    },
  );
});

describe('resolveLink reports addresses that cannot work', () => {
  test.each([
    ['http://[bad', 'not a valid URL'],
    ['/van-ban/%E1%BA/', 'malformed percent-encoding in /van-ban/%E1%BA/'],
  ])('%s: %s', (href, reason) => {
    expect(resolveLink(href, page, site)).toEqual({ kind: 'invalid', href, reason });
  });
});
