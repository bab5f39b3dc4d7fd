import { describe, expect, test } from 'vitest';
import { pageCacheKey, reusedPageCount } from '../../../src/lib/build/incremental';

const inputs = { siteName: 'Công khai Thi đua - Khen thưởng' };
const page = {
  title: 'Kế hoạch 42-KH/ĐU',
  issued: new Date('2025-12-01'),
  awardees: new Map([['ubnd-phuong', ['Nguyễn Thị Lan', 'Trần Văn Minh']]]),
  tags: new Set(['thi đua', 'khen thưởng']),
};

describe('the key that lets a rebuild copy a page', () => {
  test('is the same for the same data, whatever the order of its fields', () => {
    const reordered = {
      tags: page.tags,
      awardees: page.awardees,
      issued: page.issued,
      title: page.title,
    };
    expect(pageCacheKey(reordered, inputs)).toBe(pageCacheKey(page, inputs));
  });

  test.each([
    ['a word of the title', { ...page, title: 'Kế hoạch 43-KH/ĐU' }],
    ['a date', { ...page, issued: new Date('2025-12-02') }],
    ['a name inside a Map', { ...page, awardees: new Map([['ubnd-phuong', ['Nguyễn Thị Lan']]]) }],
    ['a member of a Set', { ...page, tags: new Set(['thi đua']) }],
  ])('changes when %s changes, so the page is rendered again', (_what, changed) => {
    expect(pageCacheKey(changed, inputs)).not.toBe(pageCacheKey(page, inputs));
  });

  test("changes with the site name every page shows (a shard's build)", () => {
    expect(pageCacheKey(page, { siteName: `${inputs.siteName} · Gia Lai` })).not.toBe(
      pageCacheKey(page, inputs),
    );
  });
});

describe("counting the pages Astro's log says it copied", () => {
  test('counts restored and cached pages, not rendered ones', () => {
    const log = [
      '  ├─ /van-ban/ke-hoach-42-kh-du/index.html (restored)',
      '  ├─ /van-ban/chi-thi-41-ct-tw/index.html (+12ms)',
      '  ├─ /co-quan/bo-chinh-tri/index.html (cached)',
      '  ├─ /trach-nhiem/ubnd-phuong/index.html \u001b[32m(restored)\u001b[39m',
    ].join('\n');
    expect(reusedPageCount(log)).toBe(3);
    expect(reusedPageCount('  ├─ /index.html (+3ms)')).toBe(0);
  });
});
