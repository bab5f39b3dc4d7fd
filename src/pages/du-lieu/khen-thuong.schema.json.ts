// The JSON Schema of the decisions files: /du-lieu/khen-thuong.schema.json.
import type { APIRoute } from 'astro';
import { decisionsJsonSchema, jsonText } from '../../lib/openData/openDataJson';
import { requireSite } from './_openData';

export const GET: APIRoute = ({ site }) =>
  new Response(jsonText(decisionsJsonSchema(requireSite(site))), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
