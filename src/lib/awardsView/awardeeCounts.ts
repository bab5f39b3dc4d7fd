import type { Awardee } from '../../schemas/awardDecisions';
import { awardeeTypes, type AwardeeType } from '../awards/awardTerms';

/** How awardees are counted in sentences: "2 cá nhân", "1 tập thể", "3 hộ gia đình". */
const countNouns: Readonly<Record<AwardeeType, string>> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

/** Awardees counted by type. */
export type AwardeeTypeCounts = Readonly<Record<AwardeeType, number>>;

/**
 * Counts awardees by type. Pass only published awardees (`publishedAwardees()`): a withheld awardee
 * is not counted anywhere.
 */
export function countByType(awardees: readonly Pick<Awardee, 'type'>[]): AwardeeTypeCounts {
  const counts: Record<AwardeeType, number> = { individual: 0, collective: 0, household: 0 };
  for (const a of awardees) counts[a.type] += 1;
  return counts;
}

/**
 * The counts in words, types in the order individuals, collectives, households, zero counts left out:
 * "2 cá nhân, 1 tập thể"; "Không có ai" when every count is zero.
 */
export function awardeeCountLabel(counts: AwardeeTypeCounts): string {
  const parts = awardeeTypes
    .filter((t) => counts[t] > 0)
    .map((t) => `${counts[t]} ${countNouns[t]}`);
  return parts.length === 0 ? 'Không có ai' : parts.join(', ');
}
