// The calendar's milestones, computed once from the site model; shared by the page and the feeds.
import { calendarItems, type CalendarItem } from '../../lib/calendar/calendarModel';
import { loadSiteModel } from '../_siteData';

/** Every milestone of every plan, sorted by day. */
export async function loadCalendarItems(): Promise<CalendarItem[]> {
  return calendarItems(await loadSiteModel());
}
