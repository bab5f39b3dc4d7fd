// New decisions, revocations and proposed lists open for comment, RSS 2.0: /khen-thuong/rss.xml.
import type { APIRoute } from 'astro';
import { awardFeedXml } from '../../lib/openData/awardFeed';
import { loadOpenData } from '../du-lieu/_openData';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadOpenData(site);
  return new Response(awardFeedXml(data.decisions, data.site, 'rss'), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
