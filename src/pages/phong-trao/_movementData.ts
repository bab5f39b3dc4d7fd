// Loads the movements collection once per build and links it to plans, award decisions and exemplars
// (src/lib/movements). Not a route: files starting with _ are skipped by Astro's router.
import { getCollection } from 'astro:content';
import { buildMovementViews, type MovementView } from '../../lib/movements/movementModel';
import { loadAwardsModel, loadSiteModel } from '../_siteData';
import { loadExemplarCards, type ExemplarCardView } from '../dien-hinh/_exemplarData';
import { oncePerBuild } from '../_oncePerBuild';

/** A movement as its pages show it, with exemplar cards whose cover is Astro's image. */
export type MovementPageView = MovementView<ExemplarCardView>;

async function build(): Promise<MovementPageView[]> {
  const [movements, site, awards, exemplars] = await Promise.all([
    getCollection('movements'),
    loadSiteModel(),
    loadAwardsModel(),
    loadExemplarCards(),
  ]);
  return buildMovementViews(movements, site, awards, exemplars);
}

/** Every movement, sorted by name; rebuilt on every request by the dev server. */
export const loadMovementViews: () => Promise<MovementPageView[]> = oncePerBuild(build);
