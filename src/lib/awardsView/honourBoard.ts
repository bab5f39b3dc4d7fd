import {
  awardClassLabels,
  awardClasses,
  awardeeTypeLabels,
  type AwardeeType,
} from '../awards/awardTerms';
import { awardeeName, publishedAwardees } from '../awards/publishedAwardees';
import { organizationHref } from '../site/urls';
import { sortVietnamese } from '../text/vietnameseCollator';
import { awardeeCountLabel, countByType } from './awardeeCounts';
import { awardeeUnit } from './awardeeTable';
import { compareAwardForms, type AwardsModel, type DecisionSummary } from './awardsModel';
import { honourBoardHref } from './urls';

/** One year of an issuer's honour board, as a link. */
export interface HonourBoardYear {
  readonly year: number;
  readonly href: string;
  readonly awardeeCount: number;
  readonly decisionCount: number;
  /** "12 cá nhân, 3 tập thể". */
  readonly countLabel: string;
}

/** An issuer with the years it has honour boards for, newest first. */
export interface HonourBoardIssuer {
  readonly organizationId: string;
  readonly organizationName: string;
  readonly organizationHref: string;
  readonly years: readonly HonourBoardYear[];
}

/** A published awardee on the honour board. */
export interface HonourBoardEntry {
  readonly name: string;
  readonly type: AwardeeType;
  readonly typeLabel: string;
  readonly position?: string | undefined;
  /** The unit of a person; "thôn, xã" of a household. */
  readonly unit?: string | undefined;
  readonly classLabel?: string | undefined;
  /** Position and unit, joined: "Giáo viên, Trường Tiểu học Quyết Thắng". */
  readonly details?: string | undefined;
  readonly achievement: string;
  readonly decision: DecisionSummary;
}

/** The awardees of one award form on a board. */
export interface HonourBoardGroup {
  readonly formId: string;
  readonly formName: string;
  readonly formHref?: string | undefined;
  readonly entries: readonly HonourBoardEntry[];
  /** "3 cá nhân, 1 tập thể". */
  readonly countLabel: string;
}

/** The page `/bang-vang/<organization-id>/<year>/`. */
export interface HonourBoardView {
  readonly organizationId: string;
  readonly organizationName: string;
  readonly organizationHref: string;
  readonly year: number;
  readonly groups: readonly HonourBoardGroup[];
  readonly decisions: readonly DecisionSummary[];
  readonly awardeeCount: number;
  readonly awardeeCountLabel: string;
  readonly illustrative: boolean;
}

/** Decisions that count for honour boards: decided (not proposed, not revoked), dated, with someone published. */
function boardDecisions(model: AwardsModel): DecisionSummary[] {
  return model.decisions.filter(
    (d) => d.status === 'decided' && d.year !== undefined && d.awardeeCount > 0,
  );
}

const boardDecisionsByModel = new WeakMap<AwardsModel, ReadonlyMap<string, DecisionSummary[]>>();

/**
 * {@link boardDecisions} keyed `<issuer id>/<year>`, in model order; once per model, since each of the
 * (thousands of) honour board pages needs one issuer's year.
 */
function boardDecisionsByIssuerYear(model: AwardsModel): ReadonlyMap<string, DecisionSummary[]> {
  const known = boardDecisionsByModel.get(model);
  if (known !== undefined) return known;
  const map = new Map<string, DecisionSummary[]>();
  for (const d of boardDecisions(model)) {
    const key = `${d.issuerId}/${String(d.year)}`;
    const list = map.get(key);
    if (list === undefined) map.set(key, [d]);
    else list.push(d);
  }
  boardDecisionsByModel.set(model, map);
  return map;
}

/**
 * Every issuer with at least one decided award, each with its years newest first; issuers in
 * Vietnamese dictionary order.
 */
export function honourBoardIndex(model: AwardsModel): HonourBoardIssuer[] {
  // Every organization page asks for its own boards; at national scale (100k awardees, 6,800
  // organizations) recounting per page dominated the build, so the index is computed once per model.
  const known = indexByModel.get(model);
  if (known !== undefined) return known;
  const index = computeHonourBoardIndex(model);
  indexByModel.set(model, index);
  return index;
}

const indexByModel = new WeakMap<AwardsModel, HonourBoardIssuer[]>();

function computeHonourBoardIndex(model: AwardsModel): HonourBoardIssuer[] {
  const byIssuer = new Map<string, Map<number, DecisionSummary[]>>();
  for (const d of boardDecisions(model)) {
    const year = d.year ?? 0;
    const years = byIssuer.get(d.issuerId) ?? new Map<number, DecisionSummary[]>();
    const list = years.get(year);
    if (list === undefined) years.set(year, [d]);
    else list.push(d);
    byIssuer.set(d.issuerId, years);
  }
  const issuers = [...byIssuer].map(([organizationId, years]): HonourBoardIssuer => {
    const name = model.site.organizations.get(organizationId)?.data.name ?? organizationId;
    return {
      organizationId,
      organizationName: name,
      organizationHref: organizationHref(organizationId),
      years: [...years]
        .sort(([a], [b]) => b - a)
        .map(([year, decisions]) => {
          const counts = countByType(
            decisions.flatMap((d) => {
              const entry = model.entries.get(d.id);
              return entry === undefined ? [] : publishedAwardees(entry.data);
            }),
          );
          const awardeeCount = counts.individual + counts.collective + counts.household;
          return {
            year,
            href: honourBoardHref(organizationId, year),
            awardeeCount,
            decisionCount: decisions.length,
            countLabel: awardeeCountLabel(counts),
          };
        }),
    };
  });
  return sortVietnamese(issuers, (i) => i.organizationName);
}

/** The `{ organizationId, year }` of every honour board page. */
export function honourBoardPaths(
  model: AwardsModel,
): { readonly organizationId: string; readonly year: number }[] {
  return honourBoardIndex(model).flatMap((i) =>
    i.years.map((y) => ({ organizationId: i.organizationId, year: y.year })),
  );
}

/**
 * One issuer's honour board for one year: every published awardee of its decided decisions of that
 * year (withheld, revoked and proposed left out), grouped by award form in catalogue order; within a
 * form, higher classes first, then by decision date and the decision's own order.
 */
export function honourBoard(
  model: AwardsModel,
  organizationId: string,
  year: number,
): HonourBoardView {
  const decisions =
    boardDecisionsByIssuerYear(model).get(`${organizationId}/${String(year)}`) ?? [];
  const oldestFirst = [...decisions].reverse();
  const byForm = new Map<string, { entry: HonourBoardEntry; rank: number }[]>();
  for (const decision of oldestFirst) {
    const entry = model.entries.get(decision.id);
    if (entry === undefined) continue;
    for (const a of publishedAwardees(entry.data)) {
      const list = byForm.get(a.awardForm.id) ?? [];
      const position = a.type === 'individual' ? a.position : undefined;
      const unit = awardeeUnit(a);
      const details = [position, unit].filter((p) => p !== undefined).join(', ');
      list.push({
        rank: a.class === undefined ? awardClasses.length : awardClasses.indexOf(a.class),
        entry: {
          name: awardeeName(a),
          type: a.type,
          typeLabel: awardeeTypeLabels[a.type],
          position,
          unit,
          details: details === '' ? undefined : details,
          classLabel: a.class === undefined ? undefined : awardClassLabels[a.class],
          achievement: a.achievement,
          decision,
        },
      });
      byForm.set(a.awardForm.id, list);
    }
  }
  const groups = [...byForm]
    .map(([formId, list]) => ({
      formId,
      form: model.formById.get(formId),
      // Array.prototype.sort is stable: equal classes keep decision and list order.
      entries: [...list].sort((a, b) => a.rank - b.rank).map((x) => x.entry),
    }))
    .sort((a, b) =>
      compareAwardForms(
        { group: a.form?.group ?? 'partyAward', name: a.form?.name ?? a.formId },
        { group: b.form?.group ?? 'partyAward', name: b.form?.name ?? b.formId },
      ),
    )
    .map((g): HonourBoardGroup => ({
      formId: g.formId,
      formName: g.form?.name ?? g.formId,
      formHref: g.form?.href,
      entries: g.entries,
      countLabel: awardeeCountLabel(countByType(g.entries)),
    }));
  const all = groups.flatMap((g) => g.entries);
  return {
    organizationId,
    organizationName: model.site.organizations.get(organizationId)?.data.name ?? organizationId,
    organizationHref: organizationHref(organizationId),
    year,
    groups,
    decisions,
    awardeeCount: all.length,
    awardeeCountLabel: awardeeCountLabel(countByType(all)),
    illustrative: decisions.some((d) => d.illustrative),
  };
}
