import type { AwardDecision, Awardee } from '../../schemas/awardDecisions';

/**
 * The awardees of a decision that may be shown anywhere: page, search index, CSV, JSON, feeds.
 * An awardee with `published: false` is withheld (e.g. at the person's request under Luật Bảo vệ dữ
 * liệu cá nhân 91/2025/QH15) and must appear nowhere; every output goes through this one function.
 */
export function publishedAwardees(decision: Pick<AwardDecision, 'awardees'>): Awardee[] {
  return decision.awardees.filter((awardee) => awardee.published);
}

/** The name shown for an awardee: the person, the collective, or the head of household. */
export function awardeeName(awardee: Awardee): string {
  return awardee.type === 'household' ? awardee.headName : awardee.name;
}
