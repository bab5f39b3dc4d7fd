import type { DocumentKind } from '../documents/documentKinds';
import type { DocumentData } from '../../schemas/documents';
import type { Organization } from '../../schemas/organizations';
import type { OrganizationLevel } from '../organizations/organizationTerms';
import { partialDateYear } from '../dates/partialDate';
import { formatIssued, issuedSortKey } from '../format/dates';
import { documentDisplayName, documentFullTitle, kindLabel } from '../format/documentNames';
import { levelLabel } from '../format/labels';
import { sortNewestFirst } from '../format/sortByIssued';
import { buildDocumentGraph, type DocumentGraph } from '../hierarchy/documentGraph';
import { compactOrganizationName } from '../format/compactOrganizationName';
import { truncate } from '../format/truncate';
import { documentHref, organizationHref } from './urls';

/** A `documents` collection entry, or a plain object of the same shape (tests). */
export interface DocumentEntryInput {
  readonly id: string;
  readonly data: DocumentData;
  /** The Markdown body, for full documents. */
  readonly body?: string | undefined;
}

/** An `organizations` collection entry, or a plain object of the same shape. */
export interface OrganizationEntryInput {
  readonly id: string;
  readonly data: Organization;
}

/** What every list, link and card needs to show a document; all text already formatted. */
export interface DocumentSummary {
  readonly id: string;
  readonly href: string;
  readonly kind: DocumentKind;
  readonly kindLabel: string;
  /** "Chỉ thị 41-CT/TW", "Kế hoạch (chưa có số)". */
  readonly displayName: string;
  /** Display name and trích yếu. */
  readonly fullTitle: string;
  /** Whether the number tells the document apart ("42-KH/ĐU"); false for "(chưa có số)". */
  readonly hasNumber: boolean;
  /** The trích yếu cut to about 100 characters, for trees and link names. */
  readonly shortTitle: string;
  /**
   * A name that tells the document apart in a list of links: the display name, followed by the short
   * title when the document has no number ("Kế hoạch (chưa có số): Công tác thi đua …").
   */
  readonly linkLabel: string;
  /** Trích yếu. */
  readonly title: string;
  /** The number as printed, when there is one ("41-CT/TW", "/KH-UBND"). */
  readonly numberPrinted?: string | undefined;
  readonly status: 'full' | 'referenced';
  /** "Toàn văn" or "Chỉ có thông tin trích dẫn". */
  readonly statusLabel: string;
  readonly issuerId: string;
  readonly issuerName: string;
  /** The short name for tight spaces (diagram boxes), or the name with the usual abbreviations. */
  readonly issuerShortName: string;
  /** Link to the issuer's page, when the issuer has an entry. */
  readonly issuerHref?: string | undefined;
  readonly level?: OrganizationLevel | undefined;
  readonly levelLabel: string;
  readonly issued?: string | undefined;
  /** "26/12/2024", "tháng 02/2024", "năm 2025", "Chưa rõ ngày". */
  readonly issuedLabel: string;
  readonly year?: number | undefined;
  /** Sortable date key ("2024-02-00"; "0000-00-00" when unknown). */
  readonly sortKey: string;
}

/** Everything the pages need, computed once per build. */
export interface SiteModel {
  /** Every document, newest first, unknown dates last. */
  readonly documents: readonly DocumentSummary[];
  readonly documentById: ReadonlyMap<string, DocumentSummary>;
  readonly entries: ReadonlyMap<string, DocumentEntryInput>;
  readonly organizations: ReadonlyMap<string, OrganizationEntryInput>;
  readonly graph: DocumentGraph;
}

/** The labels for a document's status. */
export const statusLabels = {
  full: 'Toàn văn',
  referenced: 'Chỉ có thông tin trích dẫn',
} as const;

/** Summarises one document, resolving its issuer through `organizations`. */
export function summarizeDocument(
  entry: DocumentEntryInput,
  organizations: ReadonlyMap<string, OrganizationEntryInput>,
): DocumentSummary {
  const { id, data } = entry;
  const issuer = organizations.get(data.issuer.id);
  const level = issuer?.data.level;
  const displayName = documentDisplayName(data);
  const hasNumber = Boolean(data.number?.sequence);
  const shortTitle = truncate(data.title, 100);
  return {
    id,
    href: documentHref(id),
    kind: data.kind,
    kindLabel: kindLabel(data.kind),
    displayName,
    fullTitle: documentFullTitle(data),
    hasNumber,
    shortTitle,
    linkLabel: hasNumber ? displayName : `${displayName}: ${shortTitle}`,
    title: data.title,
    numberPrinted: data.number?.printed,
    status: data.status,
    statusLabel: statusLabels[data.status],
    issuerId: data.issuer.id,
    issuerName: issuer?.data.name ?? data.issuer.id,
    issuerShortName:
      issuer?.data.shortName ??
      (issuer === undefined ? data.issuer.id : compactOrganizationName(issuer.data.name)),
    issuerHref: issuer ? organizationHref(issuer.id) : undefined,
    level,
    levelLabel: levelLabel(level),
    issued: data.issued,
    issuedLabel: formatIssued(data.issued),
    year: data.issued === undefined ? undefined : partialDateYear(data.issued),
    sortKey: issuedSortKey(data.issued),
  };
}

/**
 * Builds the site model from the two collections: summaries sorted newest first, lookups by id and the
 * document graph.
 */
export function buildSiteModel(
  documents: readonly DocumentEntryInput[],
  organizations: readonly OrganizationEntryInput[],
): SiteModel {
  const orgs = new Map(organizations.map((o) => [o.id, o]));
  const summaries = sortNewestFirst(
    documents.map((d) => summarizeDocument(d, orgs)),
    (s) => ({ issued: s.issued, name: s.fullTitle }),
  );
  return {
    documents: summaries,
    documentById: new Map(summaries.map((s) => [s.id, s])),
    entries: new Map(documents.map((d) => [d.id, d])),
    organizations: orgs,
    graph: buildDocumentGraph(documents, organizations),
  };
}
