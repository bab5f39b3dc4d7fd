import type { AwardDecisionStatus } from '../awards/awardTerms';
import { publishedAwardees } from '../awards/publishedAwardees';
import type { AwardsModel, AwardFormSummary } from './awardsModel';

/** Decisions and published awardees of one status. */
export interface StatusCount {
  readonly decisions: number;
  readonly awardees: number;
}

/** How often an award form appears on the site, by decision status. */
export interface FormCount {
  readonly form: AwardFormSummary;
  readonly byStatus: Readonly<Record<AwardDecisionStatus, StatusCount>>;
  /** Published awardees over every status. */
  readonly totalAwardees: number;
}

const zero = (): Record<AwardDecisionStatus, { decisions: number; awardees: number }> => ({
  proposed: { decisions: 0, awardees: 0 },
  decided: { decisions: 0, awardees: 0 },
  revoked: { decisions: 0, awardees: 0 },
});

/**
 * Counts per award form: how many decisions of each status confer it and on how many published
 * awardees (a withheld awardee is not counted). Forms in catalogue order; forms no decision confers are
 * left out.
 */
export function formCounts(model: AwardsModel): readonly FormCount[] {
  const known = countsByModel.get(model);
  if (known !== undefined) return known;
  const counted = countForms(model);
  countsByModel.set(model, counted);
  return counted;
}

/**
 * Computed once per awards model: every page of /khen-thuong/ shows the counts, and counting every
 * awardee per page made the list's pages decisions × pages work.
 */
const countsByModel = new WeakMap<AwardsModel, readonly FormCount[]>();

function countForms(model: AwardsModel): FormCount[] {
  const counts = new Map<string, ReturnType<typeof zero>>();
  for (const { data } of model.entries.values()) {
    const perForm = new Map<string, number>();
    for (const a of publishedAwardees(data)) {
      perForm.set(a.awardForm.id, (perForm.get(a.awardForm.id) ?? 0) + 1);
    }
    for (const [formId, n] of perForm) {
      const c = counts.get(formId) ?? zero();
      c[data.status].decisions += 1;
      c[data.status].awardees += n;
      counts.set(formId, c);
    }
  }
  return model.forms.flatMap((form) => {
    const c = counts.get(form.id);
    if (c === undefined) return [];
    return [
      {
        form,
        byStatus: c,
        totalAwardees: c.proposed.awardees + c.decided.awardees + c.revoked.awardees,
      },
    ];
  });
}
