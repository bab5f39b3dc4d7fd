// One decision's published awardees, one row each: /khen-thuong/<id>/khen-thuong.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { awardCsv } from '../../../lib/openData/awardCsv';
import { awardDecisionIds, loadOpenData } from '../../du-lieu/_openData';

export const getStaticPaths = (async () =>
  (await awardDecisionIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** UTF-8 CSV with a byte order mark and CRLF line ends; the same columns as the all-decisions file. */
export const GET: APIRoute = async ({ params, site }) => {
  const decision = (await loadOpenData(site)).decisionById.get(params.id ?? '');
  if (decision === undefined) return new Response(null, { status: 404 });
  return new Response(awardCsv([decision]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
