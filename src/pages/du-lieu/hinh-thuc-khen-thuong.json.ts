// The award catalogue: /du-lieu/hinh-thuc-khen-thuong.json.
import type { APIRoute } from 'astro';
import { awardFormsFile, jsonText } from '../../lib/openData/openDataJson';
import { loadOpenData } from './_openData';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadOpenData(site);
  return new Response(jsonText(awardFormsFile(data.awardForms, data.site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
