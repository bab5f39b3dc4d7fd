import type { AwardDecision } from '../../schemas/awardDecisions';
import type { AwardForm } from '../../schemas/awardForms';
import type { DocumentData } from '../../schemas/documents';
import type { Organization } from '../../schemas/organizations';
import {
  awardClassLabels,
  awardDecisionStatusLabels,
  awardFormGroupLabels,
  awardFormGroups,
  awardeeTypeLabels,
  commendationTypeLabels,
} from '../awards/awardTerms';
import { awardeeName, publishedAwardees } from '../awards/publishedAwardees';
import { countByType } from '../awardsView/awardeeCounts';
import { awardDecisionHref } from '../awardsView/urls';
import { documentDisplayName } from '../format/documentNames';
import { compareNewestFirst } from '../format/sortByIssued';
import { documentHref, organizationHref } from '../site/urls';
import { vietnameseCollator } from '../text/vietnameseCollator';
import type { OpenDataAwardForm, OpenDataAwardee, OpenDataDecision } from './exportSchema';
import { absoluteUrl, decisionCsvHref, decisionJsonHref } from './openDataUrls';

/** A collection entry: its id (file name without extension) and its validated data. */
export interface Entry<T> {
  readonly id: string;
  readonly data: T;
}

/** The validated collections the open data is made from (Astro's `getCollection`, or test fixtures). */
export interface OpenDataSources {
  readonly awardDecisions: readonly Entry<AwardDecision>[];
  readonly awardForms: readonly Entry<AwardForm>[];
  readonly organizations: readonly Entry<Pick<Organization, 'name'>>[];
  readonly documents: readonly Entry<Pick<DocumentData, 'kind' | 'number'>>[];
}

/** Lookups by id, made once from the sources. */
export interface OpenDataLookups {
  readonly awardForms: ReadonlyMap<string, AwardForm>;
  readonly organizations: ReadonlyMap<string, Pick<Organization, 'name'>>;
  readonly documents: ReadonlyMap<string, Pick<DocumentData, 'kind' | 'number'>>;
}

/** Everything the open-data routes publish, computed once per build. */
export interface OpenData {
  /** Every decision and proposed list, newest first, with published awardees only. */
  readonly decisions: readonly OpenDataDecision[];
  readonly decisionById: ReadonlyMap<string, OpenDataDecision>;
  /** The award catalogue, by group (catalogue order), then name in Vietnamese dictionary order. */
  readonly awardForms: readonly OpenDataAwardForm[];
  /** The site address the absolute URLs were made with. */
  readonly site: string;
}

/** Builds the id lookups of the sources. */
export function openDataLookups(sources: Omit<OpenDataSources, 'awardDecisions'>): OpenDataLookups {
  const byId = <T>(entries: readonly Entry<T>[]) => new Map(entries.map((e) => [e.id, e.data]));
  return {
    awardForms: byId(sources.awardForms),
    organizations: byId(sources.organizations),
    documents: byId(sources.documents),
  };
}

/** Thrown when a decision names an issuer or award form the content does not have. */
export class OpenDataReferenceError extends Error {
  override name = 'OpenDataReferenceError';
}

function toAwardee(
  decisionId: string,
  awardee: AwardDecision['awardees'][number],
  lookups: OpenDataLookups,
): OpenDataAwardee {
  const form = lookups.awardForms.get(awardee.awardForm.id);
  if (form === undefined) {
    throw new OpenDataReferenceError(
      `content/award-decisions/${decisionId}.json: award form "${awardee.awardForm.id}" is not in content/award-forms/; fix the id or add the form.`,
    );
  }
  const individual = awardee.type === 'individual' ? awardee : undefined;
  const household = awardee.type === 'household' ? awardee : undefined;
  return {
    type: awardee.type,
    typeLabel: awardeeTypeLabels[awardee.type],
    name: awardeeName(awardee),
    position: individual?.position ?? null,
    unit: individual?.unit ?? null,
    hamlet: household?.hamlet ?? null,
    commune: household?.commune ?? null,
    awardForm: { id: awardee.awardForm.id, name: form.name, group: form.group },
    class: awardee.class ?? null,
    classLabel: awardee.class === undefined ? null : awardClassLabels[awardee.class],
    achievement: awardee.achievement,
  };
}

function linkedDocuments(
  refs: readonly { id: string }[],
  lookups: OpenDataLookups,
  site: string,
): OpenDataDecision['basedOn'] {
  return refs.map(({ id }) => {
    const doc = lookups.documents.get(id);
    return {
      id,
      name: doc === undefined ? id : documentDisplayName(doc),
      url: doc === undefined ? null : absoluteUrl(documentHref(id), site),
    };
  });
}

/**
 * One decision as exported: names and links resolved, published awardees only (through
 * `publishedAwardees`, so a withheld awardee is in no file), every key present (`null` when absent).
 *
 * @param entry the collection entry (id and validated data)
 * @param lookups award forms, organizations and documents by id
 * @param site the site address for absolute URLs, e.g. `https://thiduakhenthuong.gov.vn/`
 * @throws OpenDataReferenceError when the issuer or an award form is not in the content
 */
export function toOpenDataDecision(
  entry: Entry<AwardDecision>,
  lookups: OpenDataLookups,
  site: URL | string,
): OpenDataDecision {
  const { id, data } = entry;
  const siteHref = String(site);
  const issuer = lookups.organizations.get(data.issuer.id);
  if (issuer === undefined) {
    throw new OpenDataReferenceError(
      `content/award-decisions/${id}.json: issuer "${data.issuer.id}" is not in content/organizations/; fix the id or add the organization.`,
    );
  }
  const awardees = publishedAwardees(data).map((a) => toAwardee(id, a, lookups));
  const counts = countByType(awardees);
  return {
    id,
    url: absoluteUrl(awardDecisionHref(id), siteHref),
    illustrative: data.illustrative,
    status: data.status,
    statusLabel: awardDecisionStatusLabels[data.status],
    number: data.number?.printed ?? null,
    issued: data.issued ?? null,
    issuer: {
      id: data.issuer.id,
      name: issuer.name,
      url: absoluteUrl(organizationHref(data.issuer.id), siteHref),
    },
    title: data.title,
    commendationType: data.commendationType,
    commendationTypeLabel: commendationTypeLabels[data.commendationType],
    signatory:
      data.signatory === undefined
        ? null
        : {
            capacity: data.signatory.capacity ?? null,
            onBehalfOf: data.signatory.onBehalfOf ?? null,
            position: data.signatory.position,
            name: data.signatory.name,
          },
    basedOn: linkedDocuments(data.basedOn, lookups, siteHref),
    rewards: linkedDocuments(data.rewards, lookups, siteHref),
    consultation: data.status === 'proposed' ? { ...data.consultation } : null,
    revocation:
      data.status === 'revoked'
        ? {
            decision: data.revocation.decision.printed,
            date: data.revocation.date,
            reason: data.revocation.reason,
          }
        : null,
    awardeeCounts: { ...counts, total: awardees.length },
    awardees,
    downloads: {
      csv: absoluteUrl(decisionCsvHref(id), siteHref),
      json: absoluteUrl(decisionJsonHref(id), siteHref),
    },
  };
}

/** "Quyết định số 45/QĐ-UBND", or "Danh sách đề nghị khen thưởng" for a list without a number. */
export function decisionDisplayName(decision: Pick<OpenDataDecision, 'number' | 'status'>): string {
  if (decision.number !== null && !decision.number.startsWith('/')) {
    return `Quyết định số ${decision.number}`;
  }
  return decision.status === 'proposed'
    ? 'Danh sách đề nghị khen thưởng'
    : 'Quyết định (chưa có số)';
}

/**
 * The day a decision is listed by: its issue date, or for a proposed list without one the day it was
 * posted for comment (ISO 8601, possibly partial).
 */
export function decisionSortDate(
  decision: Pick<OpenDataDecision, 'issued' | 'consultation'>,
): string | undefined {
  return decision.issued ?? decision.consultation?.posted ?? undefined;
}

/**
 * Orders decisions newest first (by `decisionSortDate`; undated last), equal dates by name and title
 * in Vietnamese dictionary order, then by id so the order never depends on file-system order.
 */
export function compareDecisionsNewestFirst(a: OpenDataDecision, b: OpenDataDecision): number {
  const byDate = compareNewestFirst(
    { issued: decisionSortDate(a), name: `${decisionDisplayName(a)} ${a.title}` },
    { issued: decisionSortDate(b), name: `${decisionDisplayName(b)} ${b.title}` },
  );
  return byDate !== 0 ? byDate : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One catalogue row as exported: every key present (`validTo: null` while an authority applies). */
export function toOpenDataAwardForm(entry: Entry<AwardForm>): OpenDataAwardForm {
  const { id, data } = entry;
  return {
    id,
    name: data.name,
    group: data.group,
    groupLabel: awardFormGroupLabels[data.group],
    track: data.track,
    classes: [...data.classes],
    recipients: [...data.recipients],
    description: data.description,
    authorities: data.authorities.map((a) => ({
      conferredBy: a.conferredBy,
      level: a.level,
      validFrom: a.validFrom,
      validTo: a.validTo ?? null,
      source: a.source,
    })),
    legalSource: data.legalSource,
    verified: data.verified,
    verificationNote: data.verificationNote ?? null,
  };
}

/**
 * Builds everything the open-data routes publish from the validated collections.
 *
 * @param sources the four collections (entries with id and validated data)
 * @param site the site address for absolute URLs (`Astro.site`)
 * @throws OpenDataReferenceError when a decision's issuer or award form is missing
 */
export function buildOpenData(sources: OpenDataSources, site: URL | string): OpenData {
  const lookups = openDataLookups(sources);
  const decisions = sources.awardDecisions
    .map((entry) => toOpenDataDecision(entry, lookups, site))
    .sort(compareDecisionsNewestFirst);
  const groupOrder = (group: OpenDataAwardForm['group']) => awardFormGroups.indexOf(group);
  const awardForms = sources.awardForms
    .map(toOpenDataAwardForm)
    .sort(
      (a, b) =>
        groupOrder(a.group) - groupOrder(b.group) || vietnameseCollator.compare(a.name, b.name),
    );
  return {
    decisions,
    decisionById: new Map(decisions.map((d) => [d.id, d])),
    awardForms,
    site: String(site),
  };
}
