import { Feed } from 'feed';
import { awardsIndexHref } from '../awardsView/urls';
import { compareDecisionsNewestFirst } from './buildOpenData';
import { decisionHeadline, decisionSummary } from './decisionSummary';
import type { OpenDataDecision } from './exportSchema';
import { openDataLicence, siteName } from './openDataLicence';
import { absoluteUrl, openDataHrefs } from './openDataUrls';

/** One feed entry: a decision, a revocation or a proposed list opened for comment. */
export interface AwardFeedItem {
  /** The decision page's absolute URL; also the entry's id (RSS guid, Atom id). */
  readonly link: string;
  readonly title: string;
  /** The Vietnamese summary (`decisionSummary`). */
  readonly summary: string;
  /**
   * The day the news happened, ISO 8601 (YYYY-MM-DD): the issue date of a decision, the revocation
   * date of a revoked one, the posting date of a proposed list.
   */
  readonly day: string;
  /** "Đã quyết định", "Đã thu hồi", "Đang lấy ý kiến". */
  readonly category: string;
}

/** The day a decision appears in the feed (see `AwardFeedItem.day`), or null when it has none. */
function feedDay(decision: OpenDataDecision): string | null {
  if (decision.revocation !== null) return decision.revocation.date;
  if (decision.consultation !== null) return decision.consultation.posted;
  return decision.issued !== null && decision.issued.length === 10 ? decision.issued : null;
}

/**
 * The feed entries: every decided or revoked decision and every proposed list, newest first (by
 * `day`, then as `compareDecisionsNewestFirst`). Counts and summaries use published awardees only;
 * no awardee is named in a feed.
 */
export function awardFeedItems(decisions: readonly OpenDataDecision[]): AwardFeedItem[] {
  return decisions
    .flatMap((decision) => {
      const day = feedDay(decision);
      return day === null ? [] : [{ decision, day }];
    })
    .sort((a, b) =>
      a.day !== b.day
        ? a.day < b.day
          ? 1
          : -1
        : compareDecisionsNewestFirst(a.decision, b.decision),
    )
    .map(({ decision, day }) => ({
      link: decision.url,
      title: decisionHeadline(decision),
      summary: decisionSummary(decision),
      day,
      category: decision.statusLabel,
    }));
}

/** Midnight at the start of an ISO day in Việt Nam (UTC+7), the time feeds carry. */
export function vietnamMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/**
 * The award feed (the `feed` package), for RSS 2.0 (`rss2()`) and Atom 1.0 (`atom1()`).
 *
 * @param decisions from `buildOpenData`
 * @param site the site address for the absolute links
 * @returns a feed whose `updated` is the newest entry's day, so a rebuild without news changes nothing
 */
export function awardFeed(decisions: readonly OpenDataDecision[], site: URL | string): Feed {
  const items = awardFeedItems(decisions);
  const [newest] = items;
  const feed = new Feed({
    title: `Khen thưởng: quyết định mới và lấy ý kiến | ${siteName}`,
    description:
      'Quyết định khen thưởng mới, quyết định bị thu hồi và danh sách đề nghị khen thưởng đang lấy ý kiến nhân dân.',
    id: absoluteUrl(awardsIndexHref, site),
    link: absoluteUrl(awardsIndexHref, site),
    language: 'vi',
    ...(newest === undefined ? {} : { updated: vietnamMidnight(newest.day) }),
    generator: false,
    copyright: `Dữ liệu theo ${openDataLicence.title}: ${openDataLicence.url}`,
    feedLinks: {
      rss: absoluteUrl(openDataHrefs.rss, site),
      atom: absoluteUrl(openDataHrefs.atom, site),
    },
  });
  for (const item of items) {
    feed.addItem({
      // Atom titles are written type="html" and many RSS readers show titles as HTML too: a decision
      // title such as "<script>…" must arrive as text, so it is escaped like the description.
      title: escapeHtml(item.title),
      id: item.link,
      link: item.link,
      date: vietnamMidnight(item.day),
      published: vietnamMidnight(item.day),
      // RSS descriptions and Atom summaries (type="html") are read as HTML: escape the plain text.
      description: escapeHtml(item.summary),
      category: [{ name: item.category }],
    });
  }
  return feed;
}

/** Plain text made safe to be read as HTML: `&`, `<`, `>` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The award feed as XML text: RSS 2.0 (`<language>vi</language>`) or Atom 1.0 (with `xml:lang="vi"`
 * on `<feed>`, which the `feed` package does not write).
 *
 * @param decisions from `buildOpenData`
 * @param site the site address for the absolute links
 * @param format `rss` or `atom`
 * @returns UTF-8 XML text
 */
export function awardFeedXml(
  decisions: readonly OpenDataDecision[],
  site: URL | string,
  format: 'rss' | 'atom',
): string {
  const feed = awardFeed(decisions, site);
  if (format === 'rss') return feed.rss2();
  return feed
    .atom1()
    .replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    );
}
