// Everything /van-ban/<id>/ shows, loaded by one function so that its incremental-build key covers it
// all (src/pages/_incremental.ts). Not a route: files starting with _ are skipped by Astro's router.
import { decisionsRewarding } from '../../lib/awardsView/relatedAwards';
import { movementsNamedBy } from '../../lib/movements/movementModel';
import { documentPage } from '../../lib/site/documentPage';
import { loadAwardsModel, loadSiteModel } from '../_siteData';
import { exemplarLinksForDocument } from '../dien-hinh/_exemplarData';
import { loadMovementViews } from '../phong-trao/_movementData';

/**
 * The data of one document page: the page model, the exemplars and movements that name the document,
 * and the award decisions that reward it.
 *
 * @param id the document's id (its file name without extension)
 * @throws when no document has this id (documentPage)
 */
export async function documentPageData(id: string) {
  return {
    page: documentPage(await loadSiteModel(), id),
    exemplars: await exemplarLinksForDocument(id),
    rewardedBy: decisionsRewarding(await loadAwardsModel(), id),
    movements: movementsNamedBy(await loadMovementViews(), id),
  };
}
