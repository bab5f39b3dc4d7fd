import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDate } from '../../lib/awards/buildDate';
import { calendarFeed } from '../../lib/calendar/calendarFeed';
import { feedIssuers } from '../../lib/calendar/calendarModel';
import { loadCalendarItems, loadIssuerCalendarItems } from './_calendarData';

/** One feed per organization that issued a plan with milestones: `/lich/<organization id>.ics`. */
export const getStaticPaths = (async () => {
  const items = await loadCalendarItems();
  return feedIssuers(items).map((issuer) => ({
    params: { organization: issuer.value },
    props: { name: issuer.label },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const items = await loadIssuerCalendarItems(params['organization'] ?? '');
  const name = (props as { name: string }).name;
  const body = calendarFeed(items, {
    name: `Lịch thi đua, khen thưởng – ${name}`,
    site: site?.href ?? 'https://thiduakhenthuong.example.vn',
    today: buildDate(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
