import ical, { ICalCalendarMethod } from 'ical-generator';
import type { CalendarItem } from './calendarModel';

/** Where the feeds live: `/lich/lich.ics` for every plan, `/lich/<organization id>.ics` per issuer. */
export const allMilestonesFeedPath = '/lich/lich.ics';

/** The feed of one issuing organization. */
export function issuerFeedPath(organizationId: string): string {
  return `/lich/${organizationId}.ics`;
}

/**
 * The summary of a feed event: "Hạn báo cáo: Kế hoạch 33/KH-UBND (báo cáo 6 tháng) – các cơ quan …".
 * The period, when the text gives one, is always in the summary: for a month-only date the event sits
 * on the month's last day and the period says what the text actually wrote.
 */
export function eventSummary(item: CalendarItem): string {
  const period = item.period === undefined ? '' : ` (${item.period})`;
  const who = item.organization === undefined ? '' : ` – ${item.organization}`;
  return `${item.kindLabel}: ${item.planLabel}${period}${who}`;
}

export interface FeedOptions {
  /** The calendar's name: "Lịch thi đua, khen thưởng". */
  readonly name: string;
  /** The site's address, for absolute links and UIDs. */
  readonly site: string;
  /** The build day (YYYY-MM-DD), used as DTSTAMP so that a build is reproducible. */
  readonly today: string;
}

const isoDayToUtc = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * An iCalendar (RFC 5545) feed of milestones: one all-day event each, on {@link CalendarItem.day}
 * (a month-only date is the month's last day, with the period in the summary), UID
 * `<item uid>@<site host>`, the sentence as description and the plan section as URL.
 */
export function calendarFeed(items: readonly CalendarItem[], options: FeedOptions): string {
  const host = new URL(options.site).host;
  const calendar = ical({
    name: options.name,
    prodId: { company: host, product: 'lich-thi-dua-khen-thuong', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const stamp = isoDayToUtc(options.today);
  for (const item of items) {
    const start = isoDayToUtc(item.day);
    calendar.createEvent({
      id: `${item.uid}@${host}`,
      allDay: true,
      start,
      stamp,
      summary: eventSummary(item),
      description: `${item.text}\n\n${item.planFullTitle}`,
      url: new URL(item.sectionHref, options.site).href,
    });
  }
  return calendar.toString();
}
