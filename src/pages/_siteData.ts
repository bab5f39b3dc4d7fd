// Loads the collections once per build and turns them into the site model (src/lib/site) and the
// awards model (src/lib/awardsView). Not a route: files starting with _ are skipped by Astro's router.
import { getCollection } from 'astro:content';
import { buildSiteModel, type SiteModel } from '../lib/site/siteModel';
import { buildAwardsModel, type AwardsModel } from '../lib/awardsView/awardsModel';
import { buildDate } from '../lib/awards/buildDate';
import { consultationState } from '../lib/awards/consultationState';
import { oncePerBuild } from './_oncePerBuild';

async function build(): Promise<SiteModel> {
  const [documents, organizations] = await Promise.all([
    getCollection('documents'),
    getCollection('organizations'),
  ]);
  return buildSiteModel(documents, organizations);
}

async function buildAwards(): Promise<AwardsModel> {
  const [site, forms, decisions] = await Promise.all([
    loadSiteModel(),
    getCollection('awardForms'),
    getCollection('awardDecisions'),
  ]);
  return buildAwardsModel(forms, decisions, site, {
    today: buildDate(),
    consultationState: (consultation, today) => consultationState(consultation, today),
  });
}

/**
 * The site model, built on first use and shared by every page of a build. The dev server rebuilds it
 * on every request so that content edits show at once.
 */
export const loadSiteModel: () => Promise<SiteModel> = oncePerBuild(build);

/**
 * The awards model (decisions, forms, consultations as of `buildDate()`), built on first use and shared
 * like the site model.
 */
export const loadAwardsModel: () => Promise<AwardsModel> = oncePerBuild(buildAwards);
