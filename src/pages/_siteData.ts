// Loads the two collections once per build and turns them into the site model (src/lib/site).
// Not a route: files starting with _ are skipped by Astro's router.
import { getCollection } from 'astro:content';
import { buildSiteModel, type SiteModel } from '../lib/site/siteModel';

let cached: Promise<SiteModel> | undefined;

async function build(): Promise<SiteModel> {
  const [documents, organizations] = await Promise.all([
    getCollection('documents'),
    getCollection('organizations'),
  ]);
  return buildSiteModel(documents, organizations);
}

/**
 * The site model, built on first use and shared by every page of a build. The dev server rebuilds it
 * on every request so that content edits show at once.
 */
export function loadSiteModel(): Promise<SiteModel> {
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}
