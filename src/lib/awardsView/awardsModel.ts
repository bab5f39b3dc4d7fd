import type { AwardDecision, Awardee } from '../../schemas/awardDecisions';
import type { AwardForm } from '../../schemas/awardForms';
import {
  awardDecisionStatusLabels,
  awardFormGroupLabels,
  awardFormGroups,
  awardeeTypes,
  commendationTypeLabels,
  type AwardDecisionStatus,
  type AwardFormGroup,
  type AwardeeType,
} from '../awards/awardTerms';
import { publishedAwardees } from '../awards/publishedAwardees';
import { partialDateYear } from '../dates/partialDate';
import { formatIssued, issuedSortKey } from '../format/dates';
import { noNumberLabel } from '../format/documentNames';
import { levelLabel } from '../format/labels';
import { truncate } from '../format/truncate';
import type { OrganizationLevel } from '../organizations/organizationTerms';
import type { SiteModel } from '../site/siteModel';
import { organizationHref } from '../site/urls';
import { vietnameseCollator } from '../text/vietnameseCollator';
import { awardeeCountLabel, countByType, type AwardeeTypeCounts } from './awardeeCounts';
import {
  consultationView,
  type Consultation,
  type ConsultationStateInput,
  type ConsultationView,
} from './consultationView';
import { sortDecisionsNewestFirst } from './sortDecisions';
import { awardDecisionHref, awardFormHref } from './urls';

/** An `awardForms` collection entry, or a plain object of the same shape (tests). */
export interface AwardFormEntryInput {
  readonly id: string;
  readonly data: AwardForm;
}

/** An `awardDecisions` collection entry, or a plain object of the same shape (tests). */
export interface AwardDecisionEntryInput {
  readonly id: string;
  readonly data: AwardDecision;
}

/** What lists and links need to show an award form. */
export interface AwardFormSummary {
  readonly id: string;
  readonly href: string;
  readonly name: string;
  readonly group: AwardFormGroup;
  readonly groupLabel: string;
  readonly verified: boolean;
}

/** The kind every award decision page gives the search index (filter "Loại văn bản"). */
export const awardDecisionKindLabel = 'Quyết định khen thưởng';

/** What every list, link and card needs to show an award decision or proposed list; text formatted. */
export interface DecisionSummary {
  readonly id: string;
  readonly href: string;
  /** "Quyết định 120/QĐ-UBND"; "Dự thảo quyết định" for a proposed list without a number. */
  readonly displayName: string;
  /** Whether the display name tells the decision apart (it has a number). */
  readonly hasNumber: boolean;
  /** The display name, followed by the short title when there is no number. */
  readonly linkLabel: string;
  /** Trích yếu: "Về việc tặng Giấy khen …". */
  readonly title: string;
  /** "Quyết định 120/QĐ-UBND về việc tặng Giấy khen …". */
  readonly fullTitle: string;
  readonly numberPrinted?: string | undefined;
  readonly status: AwardDecisionStatus;
  /** "Đang lấy ý kiến" (or "Chờ quyết định", "Sắp lấy ý kiến"), "Đã quyết định", "Đã thu hồi". */
  readonly statusLabel: string;
  /** Invented sample data, shown with the notice "Dữ liệu minh họa". */
  readonly illustrative: boolean;
  readonly issuerId: string;
  readonly issuerName: string;
  readonly issuerHref?: string | undefined;
  readonly level?: OrganizationLevel | undefined;
  readonly levelLabel: string;
  /** Issue date, when it has one (a proposed list may not). */
  readonly issued?: string | undefined;
  /** "20/12/2024"; "niêm yết 16/11/2026" for a proposed list without an issue date. */
  readonly dateLabel: string;
  /** The date lists sort by: the issue date, or the day a proposed list was posted. */
  readonly sortDate?: string | undefined;
  /** Sortable key of `sortDate` ("2024-12-20"; "0000-00-00" when unknown). */
  readonly sortKey: string;
  readonly year?: number | undefined;
  readonly commendationTypeLabel: string;
  /** Published awardees only. */
  readonly awardeeCount: number;
  readonly awardeeCounts: AwardeeTypeCounts;
  /** "2 cá nhân, 1 tập thể". */
  readonly awardeeCountLabel: string;
  /** Types among the published awardees, in the order individual, collective, household. */
  readonly awardeeTypes: readonly AwardeeType[];
  /** Award forms among the published awardees, in order of first appearance. */
  readonly awardFormIds: readonly string[];
  /** Ids of the documents (plans, movements) it rewards. */
  readonly rewards: readonly string[];
  /** Ids of its legal bases. */
  readonly basedOn: readonly string[];
  /** The consultation of a proposed list, as of the build date. */
  readonly consultation?: ConsultationView | undefined;
}

/** Everything the award pages need, computed once per build. */
export interface AwardsModel {
  /** Every decision and proposed list, newest first (proposed lists by the day they were posted). */
  readonly decisions: readonly DecisionSummary[];
  readonly decisionById: ReadonlyMap<string, DecisionSummary>;
  /** The entries as read, for the decision pages. Withheld awardees are still in here: read awardees only through `publishedAwardees()`. */
  readonly entries: ReadonlyMap<string, AwardDecisionEntryInput>;
  /** Award forms in catalogue order: by group, then Vietnamese dictionary order. */
  readonly forms: readonly AwardFormSummary[];
  readonly formById: ReadonlyMap<string, AwardFormSummary>;
  readonly formEntries: ReadonlyMap<string, AwardFormEntryInput>;
  /** The documents and organizations model, for issuers and the documents decisions point at. */
  readonly site: SiteModel;
  /** The day the site was built (ISO), against which consultations and authorities are judged. */
  readonly today: string;
}

/** Where a consultation stands on a day: `consultationState` of src/lib/awards. */
export type ConsultationStateFn = (
  consultation: Consultation,
  todayIso: string,
) => ConsultationStateInput;

/** The build's day and clock-dependent helpers, passed in so that the model stays pure. */
export interface AwardsModelOptions {
  /** The build date (ISO day), `buildDate()`. */
  readonly today: string;
  /** `consultationState` from src/lib/awards. */
  readonly consultationState: ConsultationStateFn;
}

/**
 * The badge of a proposed list follows its consultation: "Đang lấy ý kiến" while open, "Chờ quyết
 * định" once closed, "Sắp lấy ý kiến" before it is posted.
 */
export const proposedStatusLabels: Readonly<Record<ConsultationView['state'], string>> = {
  open: 'Đang lấy ý kiến',
  closed: 'Chờ quyết định',
  notStarted: 'Sắp lấy ý kiến',
};

/**
 * The short name of a decision: "Quyết định 120/QĐ-UBND"; "Dự thảo quyết định" for a proposed list
 * that has no number yet; "Quyết định (chưa có số)" otherwise.
 */
export function decisionDisplayName(data: Pick<AwardDecision, 'status' | 'number'>): string {
  if (data.number?.sequence) return `Quyết định ${data.number.printed}`;
  return data.status === 'proposed' ? 'Dự thảo quyết định' : `Quyết định ${noNumberLabel}`;
}

/** The trích yếu joined to a name the way citations write it: "… về việc tặng Giấy khen …". */
function joinTitle(name: string, title: string): string {
  const lowered = /^Về\s/u.test(title) ? `v${title.slice(1)}` : title;
  return `${name} ${lowered}`;
}

/** Unique values in first-seen order. */
function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Summarises one decision: issuer from the site model, counts from the published awardees only, the
 * consultation judged on `today`.
 */
export function summarizeDecision(
  entry: AwardDecisionEntryInput,
  site: SiteModel,
  options: AwardsModelOptions,
): DecisionSummary {
  const { id, data } = entry;
  const issuer = site.organizations.get(data.issuer.id);
  const level = issuer?.data.level;
  const awardees: Awardee[] = publishedAwardees(data);
  const counts = countByType(awardees);
  const displayName = decisionDisplayName(data);
  const hasNumber = Boolean(data.number?.sequence);
  const proposed = data.status === 'proposed' ? data : undefined;
  const consultation =
    proposed === undefined
      ? undefined
      : consultationView(
          proposed.consultation,
          options.consultationState(proposed.consultation, options.today),
          options.today,
        );
  const sortDate = data.issued ?? proposed?.consultation.posted;
  const dateLabel =
    data.issued !== undefined
      ? formatIssued(data.issued)
      : proposed !== undefined
        ? `niêm yết ${formatIssued(proposed.consultation.posted)}`
        : formatIssued(undefined);
  return {
    id,
    href: awardDecisionHref(id),
    displayName,
    hasNumber,
    linkLabel: hasNumber ? displayName : `${displayName}: ${truncate(data.title, 100)}`,
    title: data.title,
    fullTitle: joinTitle(displayName, data.title),
    numberPrinted: hasNumber ? data.number?.printed : undefined,
    status: data.status,
    statusLabel:
      consultation === undefined
        ? awardDecisionStatusLabels[data.status]
        : proposedStatusLabels[consultation.state],
    illustrative: data.illustrative,
    issuerId: data.issuer.id,
    issuerName: issuer?.data.name ?? data.issuer.id,
    issuerHref: issuer ? organizationHref(issuer.id) : undefined,
    level,
    levelLabel: levelLabel(level),
    issued: data.issued,
    dateLabel,
    sortDate,
    sortKey: issuedSortKey(sortDate),
    year: sortDate === undefined ? undefined : partialDateYear(sortDate),
    commendationTypeLabel: commendationTypeLabels[data.commendationType],
    awardeeCount: awardees.length,
    awardeeCounts: counts,
    awardeeCountLabel: awardeeCountLabel(counts),
    awardeeTypes: awardeeTypes.filter((t) => counts[t] > 0),
    awardFormIds: unique(awardees.map((a) => a.awardForm.id)),
    rewards: data.rewards.map((r) => r.id),
    basedOn: data.basedOn.map((r) => r.id),
    consultation,
  };
}

/** Orders award forms as the catalogue does: by group (orders first), then by name. */
export function compareAwardForms(
  a: Pick<AwardFormSummary, 'group' | 'name'>,
  b: Pick<AwardFormSummary, 'group' | 'name'>,
): number {
  const byGroup = awardFormGroups.indexOf(a.group) - awardFormGroups.indexOf(b.group);
  return byGroup !== 0 ? byGroup : vietnameseCollator.compare(a.name, b.name);
}

/**
 * Builds the awards model from the two collections and the site model.
 *
 * @param options the build date and `consultationState`
 */
export function buildAwardsModel(
  forms: readonly AwardFormEntryInput[],
  decisions: readonly AwardDecisionEntryInput[],
  site: SiteModel,
  options: AwardsModelOptions,
): AwardsModel {
  const formSummaries = forms
    .map((f): AwardFormSummary => ({
      id: f.id,
      href: awardFormHref(f.id),
      name: f.data.name,
      group: f.data.group,
      groupLabel: awardFormGroupLabels[f.data.group],
      verified: f.data.verified,
    }))
    .sort(compareAwardForms);
  const summaries = sortDecisionsNewestFirst(
    decisions.map((d) => summarizeDecision(d, site, options)),
  );
  return {
    decisions: summaries,
    decisionById: new Map(summaries.map((s) => [s.id, s])),
    entries: new Map(decisions.map((d) => [d.id, d])),
    forms: formSummaries,
    formById: new Map(formSummaries.map((f) => [f.id, f])),
    formEntries: new Map(forms.map((f) => [f.id, f])),
    site,
    today: options.today,
  };
}
