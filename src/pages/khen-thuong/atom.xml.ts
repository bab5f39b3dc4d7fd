// The same entries as /khen-thuong/rss.xml, Atom 1.0: /khen-thuong/atom.xml.
import type { APIRoute } from 'astro';
import { awardFeedXml } from '../../lib/openData/awardFeed';
import { loadOpenData } from '../du-lieu/_openData';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadOpenData(site);
  return new Response(awardFeedXml(data.decisions, data.site, 'atom'), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
