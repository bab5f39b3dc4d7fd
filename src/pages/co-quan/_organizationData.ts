// Everything /co-quan/<id>/ shows, loaded by one function so that its incremental-build key covers it
// all (src/pages/_incremental.ts). Not a route: files starting with _ are skipped by Astro's router.
import { organizationAwards } from '../../lib/awardsView/relatedAwards';
import { organizationFacts, organizationPage } from '../../lib/site/organizationPage';
import { loadAwardsModel, loadSiteModel } from '../_siteData';

/**
 * The data of one organization page: the page model, its facts table and the award decisions it
 * issued or received.
 *
 * @param id the organization's id
 * @throws when no organization has this id (organizationPage)
 */
export async function organizationPageData(id: string) {
  const page = organizationPage(await loadSiteModel(), id);
  return {
    page,
    facts: organizationFacts(page),
    awards: organizationAwards(await loadAwardsModel(), id),
  };
}
