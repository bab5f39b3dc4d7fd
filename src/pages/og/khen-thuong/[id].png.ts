// The Open Graph card of an award decision or proposed list: /og/khen-thuong/<id>.png (1200 × 630).
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DecisionSummary } from '../../../lib/awardsView/awardsModel';
import { awardDecisionOgCard } from '../../../lib/og/ogCardData';
import { awardDecisionOgImage } from '../../../lib/og/ogImageUrls';
import { renderOgCard } from '../../../lib/og/render';
import { loadAwardsModel } from '../../_siteData';
import { pngResponse } from '../_pngResponse';

export const getStaticPaths = (async () => {
  const model = await loadAwardsModel();
  return model.decisions.map((decision) => ({ params: { id: decision.id }, props: { decision } }));
}) satisfies GetStaticPaths;

type Props = { decision: DecisionSummary };

/** Renders the card, or takes it from the cache (src/lib/og/render.ts). */
export const GET: APIRoute<Props> = async ({ props }) =>
  pngResponse(
    await renderOgCard(
      awardDecisionOgCard(props.decision),
      awardDecisionOgImage(props.decision.id),
    ),
  );
