import { describe, expect, test } from 'vitest';
import { openDataPage } from '../../../src/lib/openData/openDataPage';
import { fixtureOpenData, ids } from './openDataFixture';

describe('openDataPage prepares /du-lieu/', () => {
  const page = openDataPage(fixtureOpenData());

  test('offers the site-wide files, with counts', () => {
    expect(page.downloads.map((d) => [d.href, d.format])).toEqual([
      ['/khen-thuong/khen-thuong.csv', 'CSV'],
      ['/khen-thuong/khen-thuong.json', 'JSON'],
      ['/du-lieu/khen-thuong.schema.json', 'JSON Schema 2020-12'],
      ['/du-lieu/hinh-thuc-khen-thuong.json', 'JSON'],
      ['/khen-thuong/rss.xml', 'RSS 2.0'],
      ['/khen-thuong/atom.xml', 'Atom 1.0'],
    ]);
    expect(page.downloads[0]?.description).toContain('7 dòng');
  });

  test('lists each decision with its own files, newest first', () => {
    expect(page.decisions.map((d) => [d.name, d.dateLabel, d.awardeeCount, d.csvHref])).toEqual([
      [
        'Danh sách đề nghị khen thưởng',
        '16/11/2026',
        2,
        `/khen-thuong/${ids.proposed}/khen-thuong.csv`,
      ],
      ['Quyết định số 45/QĐ-UBND', '15/9/2025', 4, `/khen-thuong/${ids.decided}/khen-thuong.csv`],
      ['Quyết định số 1520/QĐ-CTN', '25/8/2025', 1, `/khen-thuong/${ids.revoked}/khen-thuong.csv`],
    ]);
  });

  test('knows the data holds sample decisions, and the newest entry', () => {
    expect(page.hasIllustrative).toBe(true);
    expect(page.newestLabel).toBe('16/11/2026');
  });
});
