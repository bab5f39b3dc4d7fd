// The calendar's milestones, computed once per build from the site model (calendarIndex); shared by
// the page and the feeds.
import { calendarIndex, type CalendarItem } from '../../lib/calendar/calendarModel';
import { loadSiteModel } from '../_siteData';

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
