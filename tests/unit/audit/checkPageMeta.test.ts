import { describe, expect, test } from 'vitest';
import { checkPageMeta } from '../../../src/lib/audit/checkPageMeta';
import type { PageMeta } from '../../../src/lib/audit/extractPageMeta';

function check(pages: Record<string, PageMeta>) {
  return checkPageMeta(new Map(Object.entries(pages)));
}

describe('checkPageMeta wants a title and a description of its own on every page', () => {
  test('distinct, non-empty texts pass', () => {
    expect(
      check({
        'van-ban/index.html': { title: 'Văn bản', description: 'Danh sách văn bản.' },
        'van-ban/trang-2/index.html': {
          title: 'Văn bản (trang 2)',
          description: 'Danh sách văn bản, trang 2.',
        },
      }),
    ).toEqual([]);
  });

  test('a missing or empty title or description is reported', () => {
    expect(
      check({
        'a/index.html': { title: undefined, description: '' },
        'b/index.html': { title: '', description: undefined },
      }),
    ).toEqual([
      { page: 'a/index.html', field: 'title', reason: 'no <title>' },
      { page: 'a/index.html', field: 'description', reason: 'empty <meta name="description">' },
      { page: 'b/index.html', field: 'title', reason: 'empty <title>' },
      { page: 'b/index.html', field: 'description', reason: 'no <meta name="description">' },
    ]);
  });

  test('a shared title is reported on every page that has it, naming the others', () => {
    expect(
      check({
        'a/index.html': { title: 'Khen thưởng', description: 'A' },
        'b/index.html': { title: 'Khen thưởng', description: 'B' },
        'c/index.html': { title: 'Khen thưởng', description: 'C' },
      }).map((p) => `${p.page}: ${p.reason}`),
    ).toEqual([
      'a/index.html: <title> "Khen thưởng" is also on b/index.html, c/index.html',
      'b/index.html: <title> "Khen thưởng" is also on a/index.html, c/index.html',
      'c/index.html: <title> "Khen thưởng" is also on a/index.html, b/index.html',
    ]);
  });

  test('a shared description is reported; case and diacritics make texts different', () => {
    expect(
      check({
        'a/index.html': { title: 'Trang 2', description: 'Mô tả' },
        'b/index.html': { title: 'trang 2', description: 'Mô tả' },
        'c/index.html': { title: 'Trang 2 ', description: 'Mo ta' },
      }).map((p) => `${p.page} ${p.field}`),
    ).toEqual(['a/index.html description', 'b/index.html description']);
  });
});
