import { flattenSections, parsePlanBody } from '../documents/parsePlanBody';
import { isFullDocument } from '../../schemas/documents';
import { formatIssued } from '../format/dates';
import { formatDocumentNumber } from '../format/documentNames';
import { truncate } from '../format/truncate';
import { distributionMarkerLabel } from '../format/distributionMarkers';
import { milestoneKindLabel } from '../format/labels';
import { implementersTree } from '../hierarchy/implementersTree';
import { upwardChain } from '../hierarchy/upwardChain';
import {
  citationsOf,
  resolveTree,
  trimTree,
  type Citation,
  type RelatedDocument,
} from './relatedDocuments';
import { planBodyView, type PlanBodyView } from './planBodyView';
import { sectionLabels, tableOfContents, type TocEntry } from './sectionLabels';
import type { DocumentSummary, SiteModel } from './siteModel';
import { documentSourceHref, organizationHref } from './urls';

/** A row of a metadata table: label, value, and a link when the value has a page. */
export interface MetadataRow {
  readonly label: string;
  readonly value: string;
  readonly href?: string | undefined;
}

/** A task assigned by the plan (Tổ chức thực hiện). */
export interface AssignmentRow {
  readonly organization: string;
  readonly organizationHref?: string | undefined;
  readonly task: string;
  readonly sectionAnchor: string;
  readonly sectionLabel: string;
}

/** A milestone (Mốc thời gian), formatted. */
export interface MilestoneRow {
  readonly kindLabel: string;
  readonly dateLabel: string;
  readonly date: string;
  readonly period?: string | undefined;
  readonly organization?: string | undefined;
  readonly text: string;
  readonly sectionAnchor: string;
  readonly sectionLabel: string;
}

/** A line of Nơi nhận with its markers explained. */
export interface DistributionRow {
  readonly name: string;
  readonly markers: readonly string[];
  readonly archive: boolean;
}

/** The signature block. */
export interface SignatoryBlock {
  readonly capacity?: string | undefined;
  readonly onBehalfOf?: string | undefined;
  readonly position: string;
  readonly name: string;
}

/** The Pagefind contract of a document page (see the search page): values as the index stores them. */
export interface PagefindData {
  /** Kind, number and trích yếu. */
  readonly title: string;
  readonly number?: string | undefined;
  readonly issuer: string;
  /** "26/12/2024", "tháng 02/2024", "năm 2025", "Chưa rõ ngày". */
  readonly date: string;
  readonly kind: string;
  readonly level: string;
  readonly year?: string | undefined;
  /** Sortable date key: "2025-12-05", "2024-02-00", "0000-00-00" when unknown. */
  readonly sortDate: string;
}

/** Everything the page `/van-ban/<id>/` shows. */
export interface DocumentPageProps {
  readonly summary: DocumentSummary;
  readonly metadata: readonly MetadataRow[];
  readonly citedAs?: string | undefined;
  /** The body ready to render, for full documents. */
  readonly body?: PlanBodyView | undefined;
  readonly toc: readonly TocEntry[];
  /** Căn cứ: what it rests on and carries out, with their chains up to the top. */
  readonly bases: readonly RelatedDocument[];
  /**
   * Văn bản thực hiện: who carries it out, downward; only the first level when the tree has more than
   * {@link implementersShownLimit} documents (see `implementersTotal`).
   */
  readonly implementers: readonly RelatedDocument[];
  /** Documents in the whole tree of implementers (more than shown when it was trimmed). */
  readonly implementersTotal: number;
  /** Văn bản dẫn chiếu: what it cites. */
  readonly cites: readonly DocumentSummary[];
  /** Documents that rest on or cite this one (implementers are in `implementers`). */
  readonly citedBy: readonly Citation[];
  /** How many documents rest on or cite it (more than `citedBy` holds above {@link citationsShownLimit}). */
  readonly citedByTotal: number;
  /** Every document that points at this one, however (for referenced stubs). */
  readonly allCitations: readonly Citation[];
  /** How many documents point at it (more than `allCitations` holds above {@link citationsShownLimit}). */
  readonly allCitationsTotal: number;
  readonly assignments: readonly AssignmentRow[];
  readonly milestones: readonly MilestoneRow[];
  readonly distribution: readonly DistributionRow[];
  readonly signatory?: SignatoryBlock | undefined;
  readonly sourceHref?: string | undefined;
  readonly pagefind: PagefindData;
  /** All the page's own text shown in its indexed body: the words the search index gets (SearchableBody). */
  readonly indexableText: string;
  /** The `<title>`: display name and the trích yếu, shortened. */
  readonly pageTitle: string;
  /** The meta description. */
  readonly description: string;
}

/**
 * At most this many documents in the "Văn bản thực hiện" tree of a document page; a directive carried
 * out by thousands of plans shows only the plans that carry it out directly (about 60 bytes gzip each).
 */
export const implementersShownLimit = 300;

/**
 * At most this many citing documents (newest first) in the "Được căn cứ, dẫn chiếu bởi" list of a
 * document page; a law or directive every plan rests on would otherwise list the whole corpus.
 */
export const citationsShownLimit = 300;

/**
 * Computes the props of a document page.
 *
 * @throws {Error} when `id` is not a document of the model
 */
export function documentPage(model: SiteModel, id: string): DocumentPageProps {
  const entry = model.entries.get(id);
  const summary = model.documentById.get(id);
  if (entry === undefined || summary === undefined) throw new Error(`No document "${id}"`);
  const data = entry.data;
  const full = isFullDocument(data) ? data : undefined;
  const citedAs = data.status === 'referenced' ? data.citedAs : undefined;

  const body = full ? parsePlanBody(entry.body ?? '') : undefined;
  const labels = sectionLabels(body?.sections ?? []);
  const label = (anchor: string): string => labels.get(anchor) ?? anchor;

  const metadata: MetadataRow[] = [
    { label: 'Loại văn bản', value: summary.kindLabel },
    { label: 'Số ký hiệu', value: formatDocumentNumber(data.number) },
    { label: 'Cơ quan ban hành', value: summary.issuerName, href: summary.issuerHref },
    { label: 'Cấp', value: summary.levelLabel },
    ...(full?.place === undefined ? [] : [{ label: 'Địa danh', value: full.place }]),
    { label: 'Ngày ban hành', value: summary.issuedLabel },
    { label: 'Trạng thái', value: summary.statusLabel },
  ];

  const cites = (model.graph.outgoing.get(id) ?? [])
    .filter((e) => e.relation === 'cites')
    .map((e) => model.documentById.get(e.to))
    .filter((d): d is DocumentSummary => d !== undefined);

  const assignments: AssignmentRow[] = (full?.assignments ?? []).map((a) => ({
    organization: a.organization,
    organizationHref:
      a.organizationId !== undefined && model.organizations.has(a.organizationId.id)
        ? organizationHref(a.organizationId.id)
        : undefined,
    task: a.task,
    sectionAnchor: a.section,
    sectionLabel: label(a.section),
  }));

  const milestones: MilestoneRow[] = [...(full?.milestones ?? [])]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((m) => ({
      kindLabel: milestoneKindLabel(m.kind),
      dateLabel: formatIssued(m.date),
      date: m.date,
      period: m.period,
      organization: m.organization,
      text: m.text,
      sectionAnchor: m.section,
      sectionLabel: label(m.section),
    }));

  const distribution: DistributionRow[] = (full?.distribution ?? []).map((d) => ({
    name: d.name,
    markers: d.markers.map(distributionMarkerLabel),
    archive: d.archive,
  }));

  const signatory = full?.signatory;
  const citedBy = citationsOf(model, id, ['basedOn', 'cites']);
  const allCitations = citationsOf(model, id);
  const implementers = trimTree(
    resolveTree(model, implementersTree(model.graph, id)),
    implementersShownLimit,
  );
  const pagefind: PagefindData = {
    title: summary.fullTitle,
    number: summary.numberPrinted,
    issuer: summary.issuerName,
    date: summary.issuedLabel,
    kind: summary.kindLabel,
    level: summary.levelLabel,
    year: summary.year === undefined ? undefined : String(summary.year),
    sortDate: summary.sortKey,
  };

  const bodyText = body
    ? [
        ...body.preamble,
        ...flattenSections(body.sections).flatMap(({ section }) => [
          section.text,
          ...section.paragraphs,
        ]),
        ...body.closing,
      ]
    : [];
  const indexableText = [
    summary.fullTitle,
    summary.issuerName,
    full?.place ?? '',
    citedAs ?? '',
    ...bodyText,
    ...assignments.flatMap((a) => [a.organization, a.task]),
    ...milestones.map((m) => m.text),
    signatory ? `${signatory.position} ${signatory.name}` : '',
    ...metadata.map((row) => row.value),
  ]
    .filter((t) => t !== '')
    .join('\n');

  return {
    summary,
    metadata,
    citedAs,
    body: body ? planBodyView(body) : undefined,
    toc: body ? tableOfContents(body.sections) : [],
    bases: resolveTree(model, upwardChain(model.graph, id)),
    implementers: implementers.nodes,
    implementersTotal: implementers.total,
    cites,
    citedBy: citedBy.slice(0, citationsShownLimit),
    citedByTotal: citedBy.length,
    allCitations: allCitations.slice(0, citationsShownLimit),
    allCitationsTotal: allCitations.length,
    assignments,
    milestones,
    distribution,
    signatory: signatory && {
      capacity: signatory.capacity,
      onBehalfOf: signatory.onBehalfOf,
      position: signatory.position,
      name: signatory.name,
    },
    sourceHref: full?.source === undefined ? undefined : documentSourceHref(id),
    pagefind,
    indexableText,
    pageTitle: `${summary.displayName}: ${truncate(summary.title, 90)}`,
    description: `${truncate(summary.fullTitle, 120)}. Cơ quan ban hành: ${summary.issuerName}. Ngày ban hành: ${summary.issuedLabel}.`,
  };
}
