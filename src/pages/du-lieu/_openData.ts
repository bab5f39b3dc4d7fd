// Loads the collections the open data is made from, once per build, and builds the open data
// (src/lib/openData). Not a route: files starting with _ are skipped by Astro's router.
import { getCollection } from 'astro:content';
import {
  buildOpenData,
  openDataLookups,
  type OpenData,
  type OpenDataLookups,
  type OpenDataSources,
} from '../../lib/openData/buildOpenData';
import { openDataPage, type OpenDataPageModel } from '../../lib/openData/openDataPage';
import { oncePerBuild } from '../_oncePerBuild';

async function readSources(): Promise<OpenDataSources> {
  const [awardDecisions, awardForms, organizations, documents] = await Promise.all([
    getCollection('awardDecisions'),
    getCollection('awardForms'),
    getCollection('organizations'),
    getCollection('documents'),
  ]);
  return { awardDecisions, awardForms, organizations, documents };
}

const loadSources = oncePerBuild(readSources);

/**
 * The site address every exported link starts with.
 *
 * @throws Error when astro.config.mjs has no `site` (it comes from SITE_URL)
 */
export function requireSite(site: URL | undefined): URL {
  if (site === undefined) {
    throw new Error(
      'astro.config.mjs has no `site`: set SITE_URL so exported files carry absolute links.',
    );
  }
  return site;
}

/**
 * The open data of the build (every decision with published awardees only, the catalogue), built on
 * first use and shared by every route; the dev server rebuilds it on each request.
 *
 * @param site `Astro.site` / `context.site`
 * @throws Error without a site; OpenDataReferenceError when a decision names a missing issuer or form
 */
export function loadOpenData(site: URL | undefined): Promise<OpenData> {
  return openDataOnce(requireSite(site));
}

const openDataOnce = oncePerBuild(async (site: URL): Promise<OpenData> =>
  buildOpenData(await loadSources(), site),
);

/**
 * The model of /du-lieu/ (openDataPage), made once per build: /du-lieu/ and every /du-lieu/trang/<n>/
 * page show a slice of its rows. Made per page, it sorted and formatted every decision again on each
 * page (177 ms a page at 10,000 decisions, 33 pages).
 *
 * @param site `Astro.site`
 * @throws Error without a site (on every call, like loadOpenData); as openDataPage
 */
export function loadOpenDataPage(site: URL | undefined): Promise<OpenDataPageModel> {
  return openDataPageOnce(requireSite(site));
}

const openDataPageOnce = oncePerBuild(async (site: URL): Promise<OpenDataPageModel> =>
  openDataPage(await loadOpenData(site)),
);

/**
 * Award forms, organizations and documents by id, for turning one decision into open data (the
 * JSON-LD of a decision page); made once per build.
 */
export const loadOpenDataLookups = oncePerBuild(async (): Promise<OpenDataLookups> =>
  openDataLookups(await loadSources()),
);

/** The ids of every award decision, for `getStaticPaths`. */
export async function awardDecisionIds(): Promise<string[]> {
  return (await loadSources()).awardDecisions.map((d) => d.id);
}
