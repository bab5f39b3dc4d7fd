import type { MovementData, MovementScope } from '../../schemas/movements';
import type { AwardsModel, DecisionSummary } from '../awardsView/awardsModel';
import { formatIssued } from '../format/dates';
import type { DocumentSummary, SiteModel } from '../site/siteModel';
import { organizationHref } from '../site/urls';
import { movementTimeline, type TimelineEvent } from './movementTimeline';

/** A `movements` collection entry, or a plain object of the same shape (tests). */
export interface MovementEntryInput {
  readonly id: string;
  readonly data: MovementData;
}

/** What the movement pages need of an exemplar: its id, its plans and the movements it names. */
export interface MovementExemplar {
  readonly id: string;
  readonly documentIds: readonly string[];
  readonly movementIds: readonly string[];
}

/** A link with its text; `href` absent when the target has no page. */
export interface MovementLink {
  readonly label: string;
  readonly href?: string | undefined;
}

/** Everything the list and the page of one movement show; text formatted. */
export interface MovementView<TExemplar extends MovementExemplar> {
  readonly id: string;
  readonly href: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly illustrative: boolean;
  /** "Toàn quốc", "Cấp tỉnh" … followed by the area: "Cấp tỉnh: Tỉnh Hà Tĩnh". */
  readonly scopeLabel: string;
  /** "từ năm 2021 đến năm 2025", "từ 15/05/2016", "Chưa rõ". */
  readonly periodLabel: string;
  readonly launchedBy?: MovementLink | undefined;
  readonly launchedByDocument?: MovementLink | undefined;
  /** Plans that name the movement, newest first. */
  readonly plans: readonly DocumentSummary[];
  /** Award decisions that reward those plans, newest first, each once. */
  readonly decisions: readonly DecisionSummary[];
  /** Exemplars linked to those plans, in the order given. */
  readonly exemplars: readonly TExemplar[];
  /** Plans issued, milestones and decisions, oldest first. */
  readonly timeline: readonly TimelineEvent[];
}

export const scopeLabels: Readonly<Record<MovementScope, string>> = {
  national: 'Toàn quốc',
  province: 'Cấp tỉnh',
  commune: 'Cấp xã',
  sector: 'Ngành',
  bloc: 'Khối, đảng bộ khối',
};

/** The public address of a movement's page: `/phong-trao/<id>/`. */
export function movementHref(id: string): string {
  return `/phong-trao/${id}/`;
}

/** The address of the list of movements. */
export const movementsIndexHref = '/phong-trao/';

/** "Toàn quốc"; "Cấp tỉnh: Tỉnh Hà Tĩnh" when an area is given. */
export function movementScopeLabel(scope: MovementScope, area?: string): string {
  return area === undefined ? scopeLabels[scope] : `${scopeLabels[scope]}: ${area}`;
}

/** "từ năm 2021 đến năm 2025", "từ 15/05/2016", "đến năm 2025", "Chưa rõ". */
export function movementPeriodLabel(period: MovementData['period']): string {
  const parts = [
    period.from === undefined ? '' : `từ ${formatIssued(period.from)}`,
    period.to === undefined ? '' : `đến ${formatIssued(period.to)}`,
  ].filter((p) => p !== '');
  return parts.length === 0 ? 'Chưa rõ' : parts.join(' ');
}

/**
 * The pages of every movement, sorted by name (Vietnamese collation): each movement with the plans
 * whose `movements` field names it, the award decisions that reward those plans, the exemplars that
 * carry those plans out, and its timeline. Pure.
 */
export function buildMovementViews<TExemplar extends MovementExemplar>(
  movements: readonly MovementEntryInput[],
  site: SiteModel,
  awards: AwardsModel,
  exemplars: readonly TExemplar[],
): MovementView<TExemplar>[] {
  return movements
    .map((movement) => movementView(movement, site, awards, exemplars))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

function movementView<TExemplar extends MovementExemplar>(
  movement: MovementEntryInput,
  site: SiteModel,
  awards: AwardsModel,
  exemplars: readonly TExemplar[],
): MovementView<TExemplar> {
  const { id, data } = movement;
  const plans = site.documents.filter((doc) => {
    const entry = site.entries.get(doc.id)?.data;
    return entry?.status === 'full' && entry.movements.some((m) => m.id === id);
  });
  const planIds = new Set(plans.map((p) => p.id));
  const decisions = awards.decisions.filter((d) => d.rewards.some((r) => planIds.has(r)));
  const linkedExemplars = exemplars.filter(
    (e) => e.movementIds.includes(movement.id) || e.documentIds.some((d) => planIds.has(d)),
  );
  const timeline = movementTimeline(
    plans.map((plan) => {
      const entry = site.entries.get(plan.id)?.data;
      return {
        id: plan.id,
        href: plan.href,
        displayName: plan.linkLabel,
        issued: plan.issued,
        milestones: entry?.status === 'full' ? entry.milestones : [],
      };
    }),
    decisions,
  );
  const organization =
    data.launchedBy === undefined ? undefined : site.organizations.get(data.launchedBy.id);
  const launchDocument =
    data.launchedByDocument === undefined
      ? undefined
      : site.documentById.get(data.launchedByDocument.id);
  return {
    id,
    href: movementHref(id),
    name: data.name,
    aliases: data.aliases,
    description: data.description,
    illustrative: data.illustrative,
    scopeLabel: movementScopeLabel(data.scope, data.area),
    periodLabel: movementPeriodLabel(data.period),
    launchedBy:
      data.launchedBy === undefined
        ? undefined
        : {
            label: organization?.data.name ?? data.launchedBy.id,
            href: organization === undefined ? undefined : organizationHref(data.launchedBy.id),
          },
    launchedByDocument:
      launchDocument === undefined
        ? undefined
        : { label: launchDocument.fullTitle, href: launchDocument.href },
    plans,
    decisions,
    exemplars: linkedExemplars,
    timeline,
  };
}

/** The movements a document names, as links, in the order of `views` (for the plan page). */
export function movementsNamedBy(
  views: readonly Pick<MovementView<MovementExemplar>, 'href' | 'name' | 'plans'>[],
  documentId: string,
): { href: string; name: string }[] {
  return movementsByPlan(views).get(documentId) ?? [];
}

type MovementLinkSource = Pick<MovementView<MovementExemplar>, 'href' | 'name' | 'plans'>;

const movementsByPlanCache = new WeakMap<
  readonly MovementLinkSource[],
  ReadonlyMap<string, { href: string; name: string }[]>
>();

/**
 * Plan id → links to the movements whose plans include it, in the order of `views`; once per list of
 * views, since every document page asks (a national movement names thousands of plans).
 */
function movementsByPlan(
  views: readonly MovementLinkSource[],
): ReadonlyMap<string, { href: string; name: string }[]> {
  const known = movementsByPlanCache.get(views);
  if (known !== undefined) return known;
  const byPlan = new Map<string, { href: string; name: string }[]>();
  for (const view of views) {
    const link = { href: view.href, name: view.name };
    for (const id of new Set(view.plans.map((plan) => plan.id))) {
      const list = byPlan.get(id);
      if (list === undefined) byPlan.set(id, [link]);
      else list.push(link);
    }
  }
  movementsByPlanCache.set(views, byPlan);
  return byPlan;
}

/** "2 kế hoạch · 1 quyết định khen thưởng · 0 điển hình": the counts the list of movements shows. */
export function movementCountsLabel(
  view: Pick<MovementView<MovementExemplar>, 'plans' | 'decisions' | 'exemplars'>,
): string {
  return [
    `${String(view.plans.length)} kế hoạch`,
    `${String(view.decisions.length)} quyết định khen thưởng`,
    `${String(view.exemplars.length)} điển hình`,
  ].join(' · ');
}
