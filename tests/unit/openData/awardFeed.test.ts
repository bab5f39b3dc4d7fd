import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, test } from 'vitest';
import { awardFeedItems, awardFeedXml, escapeHtml } from '../../../src/lib/openData/awardFeed';
import { decisionSummary } from '../../../src/lib/openData/decisionSummary';
import { fixtureDecision, fixtureOpenData, ids, site, withheldName } from './openDataFixture';

describe('awardFeedItems lists decisions, revocations and consultations, newest first', () => {
  const items = awardFeedItems(fixtureOpenData().decisions);

  test('by the day of the news: posting, revocation, issue', () => {
    expect(items.map((i) => [i.day, i.category])).toEqual([
      ['2026-11-16', 'Đang lấy ý kiến'],
      ['2025-10-20', 'Đã thu hồi'],
      ['2025-09-15', 'Đã quyết định'],
    ]);
  });

  test('each item links to the decision page and is marked as sample data', () => {
    expect(items.map((i) => i.link)).toEqual([
      `${site}khen-thuong/${ids.proposed}/`,
      `${site}khen-thuong/${ids.revoked}/`,
      `${site}khen-thuong/${ids.decided}/`,
    ]);
    expect(items.map((i) => i.title)).toEqual([
      '[Dữ liệu minh họa] Lấy ý kiến: Về việc đề nghị công nhận danh hiệu Lao động tiên tiến năm 2026',
      '[Dữ liệu minh họa] Quyết định số 1520/QĐ-CTN: Về việc tặng thưởng Huân chương Lao động (đã thu hồi)',
      '[Dữ liệu minh họa] Quyết định số 45/QĐ-UBND: Về việc tặng Giấy khen cho cá nhân, tập thể, hộ gia đình có thành tích trong phong trào thi đua năm 2025',
    ]);
  });
});

describe('decisionSummary says in Vietnamese what was conferred on how many', () => {
  test.each([
    [
      ids.decided,
      '[Dữ liệu minh họa] Quyết định số 45/QĐ-UBND ngày 15/9/2025 của Chủ tịch Ủy ban nhân dân phường Bắc Sơn tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho 2 cá nhân, 1 tập thể, 1 hộ gia đình.',
    ],
    [
      ids.proposed,
      '[Dữ liệu minh họa] Chủ tịch Ủy ban nhân dân phường Bắc Sơn công khai danh sách đề nghị công nhận danh hiệu “Lao động tiên tiến” cho 2 cá nhân. Lấy ý kiến đến ngày 30/11/2026.',
    ],
    [
      ids.revoked,
      '[Dữ liệu minh họa] Quyết định số 1520/QĐ-CTN ngày 25/8/2025 của Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 1 tập thể. Đã thu hồi theo Quyết định số 1801/QĐ-CTN ngày 20/10/2025.',
    ],
  ])('%s', (id, summary) => {
    expect(decisionSummary(fixtureDecision(id))).toBe(summary);
  });

  test('a real decision is not marked as sample data', () => {
    const summary = decisionSummary({ ...fixtureDecision(ids.decided), illustrative: false });
    expect(summary.startsWith('Quyết định số 45/QĐ-UBND')).toBe(true);
  });
});

describe('awardFeedXml writes feeds that parse as RSS 2.0 and Atom 1.0', () => {
  const decisions = fixtureOpenData().decisions;

  test.each([
    ['RSS 2.0', awardFeedXml(decisions, site, 'rss'), 'rss'],
    ['Atom 1.0', awardFeedXml(decisions, site, 'atom'), 'atom'],
  ])('%s', (_name, xml, format) => {
    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe(format);
    expect(parsed.language).toBe('vi');
    expect(parsed.items.map((i) => i.url)).toEqual(
      awardFeedItems(fixtureOpenData().decisions).map((i) => i.link),
    );
    expect(parsed.items[0]?.title).toBe(
      '[Dữ liệu minh họa] Lấy ý kiến: Về việc đề nghị công nhận danh hiệu Lao động tiên tiến năm 2026',
    );
    expect(parsed.items[0]?.description ?? parsed.items[0]?.content).toContain(
      'Lấy ý kiến đến ngày 30/11/2026',
    );
    expect(parsed.items[0]?.published?.toISOString()).toBe('2026-11-15T17:00:00.000Z');
    expect(xml).not.toContain(withheldName);
  });

  test('the feed is dated by its newest entry, so a rebuild without news changes nothing', () => {
    const xml = awardFeedXml(decisions, site, 'atom');
    expect(xml).toContain('<updated>2026-11-15T17:00:00.000Z</updated>');
    expect(awardFeedXml(fixtureOpenData().decisions, site, 'atom')).toBe(xml);
  });

  test('summaries are escaped, since feeds read them as HTML', () => {
    expect(escapeHtml('Tiếng hát <Quê hương> & Đất nước')).toBe(
      'Tiếng hát &lt;Quê hương&gt; &amp; Đất nước',
    );
  });

  test('a title with markup reaches feed readers as text, not as HTML (Atom titles are type="html")', () => {
    const hostile = decisions.map((d, i) =>
      i === 0 ? { ...d, title: '<script>alert(1)</script> & Đất nước' } : d,
    );
    for (const format of ['rss', 'atom'] as const) {
      const xml = awardFeedXml(hostile, site, format);
      // The feed library wraps titles in CDATA: inside, the HTML must be escaped once.
      expect(xml).not.toContain('<script');
      expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Đất nước');
    }
  });
});
