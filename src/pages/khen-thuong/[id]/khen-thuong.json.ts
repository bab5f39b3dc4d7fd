// One decision with its published awardees: /khen-thuong/<id>/khen-thuong.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { decisionsFile, jsonText } from '../../../lib/openData/openDataJson';
import { awardDecisionIds, loadOpenData } from '../../du-lieu/_openData';

export const getStaticPaths = (async () =>
  (await awardDecisionIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** The decisions file with this one decision (same shape as /khen-thuong/khen-thuong.json). */
export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadOpenData(site);
  const decision = data.decisionById.get(params.id ?? '');
  if (decision === undefined) return new Response(null, { status: 404 });
  return new Response(jsonText(decisionsFile([decision], data.site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
