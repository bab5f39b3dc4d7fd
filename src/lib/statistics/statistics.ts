import { publishedAwardees } from '../awards/publishedAwardees';
import type { AwardsModel } from '../awardsView/awardsModel';
import { levelLabel } from '../format/labels';
import { organizationLevels } from '../organizations/organizationTerms';
import type { SiteModel } from '../site/siteModel';
import { partialDateYear } from '../dates/partialDate';
import { sortVietnamese } from '../text/vietnameseCollator';
import type { BarDatum } from './barChart';

/** The label of documents without a known year. */
export const unknownYearLabel = 'Chưa rõ năm';
/** The label of issuers without a province (Trung ương, or not recorded). */
export const noProvinceLabel = 'Trung ương hoặc chưa rõ tỉnh';

function count(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Years ascending, the unknown year last. */
function byYear(counts: Map<string, number>): BarDatum[] {
  return [...counts]
    .sort(([a], [b]) =>
      a === unknownYearLabel ? 1 : b === unknownYearLabel ? -1 : a.localeCompare(b),
    )
    .map(([label, value]) => ({ label, value }));
}

/** Plans (kế hoạch) on the site. */
function plans(site: SiteModel) {
  return site.documents.filter((d) => d.kind === 'plan');
}

/** Plans per year of issue, oldest first; plans without a year as "Chưa rõ năm". */
export function plansPerYear(site: SiteModel): BarDatum[] {
  return byYear(
    count(plans(site).map((p) => (p.year === undefined ? unknownYearLabel : String(p.year)))),
  );
}

/** Plans per level of the issuer, top level first; levels without plans left out. */
export function plansPerLevel(site: SiteModel): BarDatum[] {
  const counts = count(plans(site).map((p) => levelLabel(p.level)));
  return [...organizationLevels.map((l) => levelLabel(l)), levelLabel(undefined)].flatMap(
    (label) => {
      const value = counts.get(label);
      return value === undefined ? [] : [{ label, value }];
    },
  );
}

/** Plans per province of the issuer, most first, then in Vietnamese order. */
export function plansPerProvince(site: SiteModel): BarDatum[] {
  const counts = count(
    plans(site).map((p) => site.organizations.get(p.issuerId)?.data.province ?? noProvinceLabel),
  );
  return sortVietnamese(
    [...counts].map(([label, value]) => ({ label, value })),
    (d) => d.label,
  ).sort((a, b) => b.value - a.value);
}

/** Published awardees of decided (not proposed, not revoked) decisions, with the decision's year. */
function awardedAwardees(awards: AwardsModel) {
  return [...awards.entries.values()].flatMap(({ data }) =>
    data.status === 'decided'
      ? publishedAwardees(data).map((a) => ({
          formId: a.awardForm.id,
          year: partialDateYear(data.issued),
        }))
      : [],
  );
}

/** Published awardees of decided decisions per award form, in catalogue order. */
export function awardeesPerForm(awards: AwardsModel): BarDatum[] {
  const counts = count(awardedAwardees(awards).map((a) => a.formId));
  return awards.forms.flatMap((form) => {
    const value = counts.get(form.id);
    return value === undefined ? [] : [{ label: form.name, value }];
  });
}

/** Published awardees of decided decisions per year of the decision, oldest first. */
export function awardeesPerYear(awards: AwardsModel): BarDatum[] {
  return byYear(count(awardedAwardees(awards).map((a) => String(a.year))));
}
