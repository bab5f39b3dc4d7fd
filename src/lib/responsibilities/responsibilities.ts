import { isFullDocument } from '../../schemas/documents';
import { formatPartialDate } from '../dates/partialDate';
import { milestoneKindLabel } from '../format/labels';
import type { DocumentSummary, SiteModel } from '../site/siteModel';
import { documentHref, organizationHref } from '../site/urls';
import { searchKey } from '../text/foldVietnamese';
import { toSlug } from '../text/toSlug';
import { sortVietnamese } from '../text/vietnameseCollator';

/** A task of one plan, with the link to the section that assigns it. */
export interface ResponsibilityTask {
  readonly task: string;
  /** The organization exactly as the plan writes it. */
  readonly organizationAsWritten: string;
  readonly sectionHref: string;
}

/** A deadline of a plan: "Hạn báo cáo – 15/05/2024 (6 tháng)", with its section. */
export interface PlanDeadline {
  readonly label: string;
  readonly sectionHref: string;
}

/** The tasks one plan gives an organization, with the plan's deadlines. */
export interface ResponsibilityPlan {
  readonly plan: DocumentSummary;
  readonly tasks: readonly ResponsibilityTask[];
  readonly deadlines: readonly PlanDeadline[];
}

/** An organization with tasks, across every plan. */
export interface ResponsibilityGroup {
  /** The URL slug: `/trach-nhiem/<slug>/`. */
  readonly slug: string;
  /** The organization's name: its entry's name, or the first spelling met. */
  readonly name: string;
  /** Other spellings the plans use for the same group. */
  readonly otherNames: readonly string[];
  /** Link to the organization's page, when the assignment names a known organization. */
  readonly organizationHref?: string | undefined;
  /**
   * For a name without an organization entry: the issuer whose plans use it ("phường" in a plan of
   * a ward means that ward).
   */
  readonly scopeName?: string | undefined;
  readonly plans: readonly ResponsibilityPlan[];
  readonly taskCount: number;
}

/**
 * The grouping key of an assignment. With `organizationId`, the id. Otherwise the name folded
 * ({@link searchKey}: no diacritics, lower case, spaces collapsed) and scoped by the plan's issuer:
 * names in plans are relative to the issuer ("Đảng ủy phường" in two wards' plans are two bodies), so
 * only spellings of one issuer's plans are merged.
 */
export function assignmentKey(
  assignment: {
    readonly organization: string;
    readonly organizationId?: { readonly id: string } | undefined;
  },
  issuerId: string,
): string {
  return assignment.organizationId === undefined
    ? `${searchKey(assignment.organization)}@${issuerId}`
    : `id:${assignment.organizationId.id}`;
}

interface Draft {
  slug: string;
  names: string[];
  organizationHref?: string | undefined;
  scopeName?: string | undefined;
  plans: Map<string, { summary: DocumentSummary; tasks: ResponsibilityTask[] }>;
}

const groupsByModel = new WeakMap<SiteModel, readonly ResponsibilityGroup[]>();

/**
 * Every organization that plans assign tasks to, with its tasks grouped by plan (newest plan first)
 * and each plan's deadlines; groups in Vietnamese dictionary order. Computed once per site model (the
 * list pages and the page of each organization read it).
 */
export function responsibilityGroups(model: SiteModel): readonly ResponsibilityGroup[] {
  const known = groupsByModel.get(model);
  if (known !== undefined) return known;
  const groups = computeResponsibilityGroups(model);
  groupsByModel.set(model, groups);
  return groups;
}

function computeResponsibilityGroups(model: SiteModel): ResponsibilityGroup[] {
  const drafts = new Map<string, Draft>();
  for (const summary of model.documents) {
    const entry = model.entries.get(summary.id);
    if (entry === undefined || !isFullDocument(entry.data)) continue;
    for (const a of entry.data.assignments) {
      const key = assignmentKey(a, summary.issuerId);
      let draft = drafts.get(key);
      if (draft === undefined) {
        const org = a.organizationId && model.organizations.get(a.organizationId.id);
        draft = {
          slug: org ? org.id : `${toSlug(a.organization)}-${summary.issuerId}`,
          names: org ? [org.data.name] : [],
          organizationHref: org ? organizationHref(org.id) : undefined,
          scopeName: org ? undefined : summary.issuerName,
          plans: new Map(),
        };
        drafts.set(key, draft);
      }
      if (!draft.names.includes(a.organization)) draft.names.push(a.organization);
      const plan = draft.plans.get(summary.id) ?? { summary, tasks: [] };
      plan.tasks.push({
        task: a.task,
        organizationAsWritten: a.organization,
        sectionHref: `${documentHref(summary.id)}#${a.section}`,
      });
      draft.plans.set(summary.id, plan);
    }
  }
  const groups = [...drafts.values()].map((d): ResponsibilityGroup => {
    const plans = [...d.plans].map(([id, p]): ResponsibilityPlan => {
      const entry = model.entries.get(id);
      const milestones = entry && isFullDocument(entry.data) ? entry.data.milestones : [];
      return {
        plan: p.summary,
        tasks: p.tasks,
        deadlines: milestones.map((m) => ({
          label: `${milestoneKindLabel(m.kind)}: ${formatPartialDate(m.date)}${m.period === undefined ? '' : ` (${m.period})`}`,
          sectionHref: `${documentHref(id)}#${m.section}`,
        })),
      };
    });
    const [name = d.slug, ...otherNames] = d.names;
    return {
      slug: d.slug,
      name,
      otherNames,
      organizationHref: d.organizationHref,
      scopeName: d.scopeName,
      plans,
      taskCount: plans.reduce((n, p) => n + p.tasks.length, 0),
    };
  });
  return sortVietnamese(groups, (g) => g.name);
}

/** The page of an organization's responsibilities. */
export function responsibilityHref(slug: string): string {
  return `/trach-nhiem/${slug}/`;
}
