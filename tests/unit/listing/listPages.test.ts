import { describe, expect, test } from 'vitest';
import {
  groupConsecutive,
  listPageAt,
  listPageHref,
  listPagePaths,
  listPageSizes,
  pageNumberOf,
  pageParam,
  pagedDescription,
  paginate,
  paginationView,
} from '../../../src/lib/listing/listPages';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe('a list page that grows with the corpus', () => {
  test('a list no longer than the page size stays one page at its own address', () => {
    for (const length of [0, 1, 30, 300]) {
      const pages = paginate(range(length), '/van-ban/', 300);
      expect(pages).toHaveLength(1);
      expect(pages[0]?.href).toBe('/van-ban/');
      expect(pages[0]?.items).toEqual(range(length));
      expect(pages[0]?.count).toBe(1);
    }
  });

  test('a longer list is split into pages, none above the limit, every entry once and in order', () => {
    const items = range(1001);
    const pages = paginate(items, '/van-ban/', 300);
    expect(pages.map((p) => p.href)).toEqual([
      '/van-ban/',
      '/van-ban/trang/2/',
      '/van-ban/trang/3/',
      '/van-ban/trang/4/',
    ]);
    for (const p of pages) expect(p.items.length).toBeLessThanOrEqual(300);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => [p.first, p.last])).toEqual([
      [1, 300],
      [301, 600],
      [601, 900],
      [901, 1001],
    ]);
  });

  test('every page can be reached from the first by following the pagination links', () => {
    const pages = paginate(range(10_000), '/lich/', 100);
    const byHref = new Map(pages.map((p) => [p.href, p]));
    const reached = new Set<string>(['/lich/']);
    const queue = ['/lich/'];
    while (queue.length > 0) {
      const page = byHref.get(queue.shift() ?? '');
      if (page === undefined) continue;
      const view = paginationView(page, '/lich/', 'mốc thời gian');
      const links = [
        view.previous,
        view.next,
        ...view.items.map((i) => (i.kind === 'page' ? i.href : undefined)),
      ];
      for (const href of links) {
        if (href === undefined) continue;
        expect(byHref.has(href)).toBe(true);
        if (!reached.has(href)) {
          reached.add(href);
          queue.push(href);
        }
      }
    }
    expect(reached.size).toBe(pages.length);
  });

  test('the bar marks the current page, stays short for a long list and says where the reader is', () => {
    const pages = paginate(range(10_000), '/co-quan/', 100);
    const page = pages[49];
    if (page === undefined) throw new Error('no page 50');
    const view = paginationView(page, '/co-quan/', 'cơ quan');
    const numbers = view.items.map((i) => (i.kind === 'page' ? i.number : '…'));
    expect(numbers).toEqual([1, '…', 48, 49, 50, 51, 52, '…', 100]);
    expect(view.items.filter((i) => i.kind === 'page' && i.current)).toEqual([
      { kind: 'page', number: 50, href: '/co-quan/trang/50/', current: true },
    ]);
    expect(view.previous).toBe('/co-quan/trang/49/');
    expect(view.next).toBe('/co-quan/trang/51/');
    expect(view.status).toBe('Trang 50/100 (cơ quan 4901–5000 trên 10000)');
  });

  test('the first page has no previous page, the last no next', () => {
    const pages = paginate(range(250), '/khen-thuong/', 100);
    const [first, , last] = pages.map((p) => paginationView(p, '/khen-thuong/', 'quyết định'));
    expect(first?.previous).toBeUndefined();
    expect(first?.next).toBe('/khen-thuong/trang/2/');
    expect(last?.next).toBeUndefined();
    expect(last?.previous).toBe('/khen-thuong/trang/2/');
  });

  test('route parameters and addresses agree', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(7)).toBe('trang/7');
    for (const n of [1, 2, 15]) {
      expect(pageNumberOf(pageParam(n))).toBe(n);
      expect(listPageHref('/lich/', n)).toBe(n === 1 ? '/lich/' : `/lich/${pageParam(n) ?? ''}/`);
    }
    expect(pageNumberOf('trang/0')).toBeNull();
    expect(pageNumberOf('khac/2')).toBeNull();
  });

  test('no two pages of a list share a description', () => {
    const descriptions = [1, 2, 3].map((n) => pagedDescription('Danh sách văn bản.', n));
    expect(descriptions[0]).toBe('Danh sách văn bản.');
    expect(new Set(descriptions).size).toBe(3);
  });

  test('a page size that is not a positive integer is refused', () => {
    expect(() => paginate([1], '/x/', 0)).toThrow(RangeError);
    expect(() => paginate([1], '/x/', 2.5)).toThrow(RangeError);
  });

  test('the page sizes leave the small shipped content on one page', () => {
    for (const size of Object.values(listPageSizes)) expect(size).toBeGreaterThanOrEqual(100);
  });
});

test('a page cut out of a grouped list is grouped again in runs', () => {
  const runs = groupConsecutive(['a1', 'a2', 'b1', 'a3'], (s) => s[0]);
  expect(runs).toEqual([
    { key: 'a', items: ['a1', 'a2'] },
    { key: 'b', items: ['b1'] },
    { key: 'a', items: ['a3'] },
  ]);
});

describe('the routes of a list split into pages', () => {
  test('a list of 601 entries by 300 has three addresses: its own, trang/2 and trang/3', () => {
    expect(listPagePaths(range(601), '/van-ban/', 300)).toEqual([
      { params: { page: undefined } },
      { params: { page: 'trang/2' } },
      { params: { page: 'trang/3' } },
    ]);
  });

  test('each address renders its own entries', () => {
    expect(listPageAt(range(601), '/van-ban/', 300, undefined).items[0]).toBe(1);
    expect(listPageAt(range(601), '/van-ban/', 300, 'trang/2').items[0]).toBe(301);
    expect(listPageAt(range(601), '/van-ban/', 300, 'trang/3').items).toEqual([601]);
  });

  test.each([['trang/4'], ['trang/0'], ['trang/x'], ['2']])(
    'an address that names no page (%s) stops the build with the list and its page count',
    (param) => {
      expect(() => listPageAt(range(601), '/van-ban/', 300, param)).toThrow(
        /\/van-ban\/.*no such page \(the list has 3\)/,
      );
    },
  );
});
