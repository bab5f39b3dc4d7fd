// Every decision with its published awardees: /khen-thuong/khen-thuong.json.
import type { APIRoute } from 'astro';
import { decisionsFile, jsonText } from '../../lib/openData/openDataJson';
import { loadOpenData } from '../du-lieu/_openData';

/** The decisions file (`openDataDecisionsFileSchema`), newest first. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadOpenData(site);
  return new Response(jsonText(decisionsFile(data.decisions, data.site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
