// Every published awardee of every decision, one row each: /khen-thuong/khen-thuong.csv.
import type { APIRoute } from 'astro';
import { awardCsv } from '../../lib/openData/awardCsv';
import { loadOpenData } from '../du-lieu/_openData';

/** UTF-8 CSV with a byte order mark and CRLF line ends (see `awardCsv`). */
export const GET: APIRoute = async ({ site }) => {
  const { decisions } = await loadOpenData(site);
  return new Response(awardCsv(decisions), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
