// The calendar's milestones, computed once per build from the site model (calendarIndex); shared by
// the page and the feeds.
import {
  calendarIndex,
  calendarPageEntries,
  type CalendarItem,
  type CalendarPageEntry,
} from '../../lib/calendar/calendarModel';
import { buildDate } from '../../lib/awards/buildDate';
import { loadSiteModel } from '../_siteData';
import { oncePerBuild } from '../_oncePerBuild';

/** Every milestone of every plan, sorted by day. */
export async function loadCalendarItems(): Promise<readonly CalendarItem[]> {
  return calendarIndex(await loadSiteModel()).items;
}

/** The milestones of the plans one organization issued, sorted by day (empty for any other id). */
export async function loadIssuerCalendarItems(
  organizationId: string,
): Promise<readonly CalendarItem[]> {
  return calendarIndex(await loadSiteModel()).byIssuer.get(organizationId) ?? [];
}

/** The calendar list of a build: the day it is as of, and its entries as calendarPageEntries orders them. */
export interface CalendarList {
  /** `buildDate()`, ISO day YYYY-MM-DD. */
  readonly today: string;
  readonly entries: readonly CalendarPageEntry[];
}

/**
 * The calendar list as of `buildDate()` (upcoming, then past), made once per build for /lich/ and
 * every /lich/trang/<n>/ page, so all pages split the list as of the same day; the dev server makes it
 * on every request.
 */
export const loadCalendarList = oncePerBuild(async (): Promise<CalendarList> => {
  const today = buildDate();
  return { today, entries: calendarPageEntries(await loadCalendarItems(), today) };
});
