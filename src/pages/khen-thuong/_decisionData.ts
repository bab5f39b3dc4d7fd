// Everything /khen-thuong/<id>/ shows, loaded by one function so that its incremental-build key covers
// it all (src/pages/_incremental.ts). Not a route: files starting with _ are skipped by Astro's router.
import { decisionPage } from '../../lib/awardsView/decisionPage';
import { loadAwardsModel } from '../_siteData';
import { exemplarLinksForAwardDecision } from '../dien-hinh/_exemplarData';

/**
 * The data of one award decision page: the page model (awardees only as publishedAwardees() gives
 * them), the exemplars linked to it, and the validated entry for the JSON-LD.
 *
 * @param id the decision's id
 * @throws when no decision has this id (decisionPage)
 */
export async function decisionPageData(id: string) {
  const model = await loadAwardsModel();
  return {
    page: decisionPage(model, id),
    exemplars: await exemplarLinksForAwardDecision(id),
    entry: model.entries.get(id),
  };
}
