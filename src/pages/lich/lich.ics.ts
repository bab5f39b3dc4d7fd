import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/awards/buildDate';
import { calendarFeed } from '../../lib/calendar/calendarFeed';
import { loadCalendarItems } from './_calendarData';

/** Every milestone of every plan as an iCalendar feed. */
export const GET: APIRoute = async ({ site }) => {
  const body = calendarFeed(await loadCalendarItems(), {
    name: 'Lịch thi đua, khen thưởng',
    site: site?.href ?? 'https://thiduakhenthuong.example.vn',
    today: buildDate(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
