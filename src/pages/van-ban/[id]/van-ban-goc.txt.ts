// The original text of a full document, as the importer received it: /van-ban/<id>/van-ban-goc.txt.
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../../lib/contentDir';
import { sourcePath } from '../../../lib/site/sourcePath';
import { isFullDocument } from '../../../schemas/documents';
import { loadSiteModel } from '../../_siteData';

export const getStaticPaths = (async () => {
  const model = await loadSiteModel();
  return [...model.entries.values()].flatMap((entry) =>
    isFullDocument(entry.data) && entry.data.source !== undefined
      ? [{ params: { id: entry.id }, props: { source: entry.data.source } }]
      : [],
  );
}) satisfies GetStaticPaths;

type Props = { source: string };

/**
 * Serves the file as UTF-8 plain text. A byte order mark goes first so that browsers read the
 * Vietnamese correctly even when a static host sends `text/plain` without a charset.
 */
export const GET: APIRoute<Props> = async ({ props }) => {
  const text = await readFile(sourcePath(contentDir, props.source), 'utf8');
  return new Response(`\uFEFF${text.replace(/^\uFEFF/, '')}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
