import { formatIssued } from '../format/dates';
import { formatDocumentNumber } from '../format/documentNames';
import { truncate } from '../format/truncate';
import type { MetadataRow, PagefindData, SignatoryBlock } from '../site/documentPage';
import type { DocumentSummary } from '../site/siteModel';
import { awardeeCountLabel, countByType } from './awardeeCounts';
import { awardeeTable, type AwardeeTableView } from './awardeeTable';
import { awardDecisionKindLabel, type AwardsModel, type DecisionSummary } from './awardsModel';
import type { ConsultationView } from './consultationView';

/** The notice of a revoked decision. */
export interface RevocationView {
  /** "88/QĐ-UBND". */
  readonly decisionNumber: string;
  readonly dateLabel: string;
  readonly reason: string;
  /** "Quyết định này đã bị thu hồi theo Quyết định số 88/QĐ-UBND ngày 02/10/2025." */
  readonly sentence: string;
}

/** An award form conferred by the decision, with how many published awardees received it. */
export interface ConferredForm {
  readonly id: string;
  readonly name: string;
  readonly href?: string | undefined;
  readonly count: number;
  /** "2 cá nhân, 1 tập thể". */
  readonly countLabel: string;
}

/** Everything the page `/khen-thuong/<id>/` shows. */
export interface DecisionPageView {
  readonly summary: DecisionSummary;
  readonly metadata: readonly MetadataRow[];
  /** Căn cứ: documents the site knows. */
  readonly bases: readonly DocumentSummary[];
  /** The plans and movements it rewards. */
  readonly rewards: readonly DocumentSummary[];
  readonly revocation?: RevocationView | undefined;
  readonly consultation?: ConsultationView | undefined;
  readonly table: AwardeeTableView;
  readonly forms: readonly ConferredForm[];
  readonly signatory?: SignatoryBlock | undefined;
  readonly pagefind: PagefindData;
  /** All the page's own indexed text, published awardees included: the words the search index gets (SearchableBody). */
  readonly indexableText: string;
  readonly pageTitle: string;
  readonly description: string;
}

function documents(model: AwardsModel, ids: readonly string[]): DocumentSummary[] {
  return ids
    .map((id) => model.site.documentById.get(id))
    .filter((d): d is DocumentSummary => d !== undefined);
}

/**
 * Computes the decision page. Awardees come only through `publishedAwardees()`, so a withheld awardee
 * is in neither the table, the counts nor the indexed text.
 *
 * @throws {Error} when `id` is not a decision of the model
 */
export function decisionPage(model: AwardsModel, id: string): DecisionPageView {
  const entry = model.entries.get(id);
  const summary = model.decisionById.get(id);
  if (entry === undefined || summary === undefined) throw new Error(`No award decision "${id}"`);
  const data = entry.data;

  const revocation: RevocationView | undefined =
    data.status === 'revoked'
      ? {
          decisionNumber: data.revocation.decision.printed,
          dateLabel: formatIssued(data.revocation.date),
          reason: data.revocation.reason,
          sentence: `Quyết định này đã bị thu hồi theo Quyết định số ${data.revocation.decision.printed} ngày ${formatIssued(data.revocation.date)}.`,
        }
      : undefined;

  const caption =
    data.status === 'proposed'
      ? `Danh sách đề nghị khen thưởng: ${summary.awardeeCountLabel}`
      : `Danh sách khen thưởng theo ${summary.displayName}: ${summary.awardeeCountLabel}`;
  const table = awardeeTable(data, model.formById, caption);

  const forms: ConferredForm[] = summary.awardFormIds.map((formId) => {
    const form = model.formById.get(formId);
    const rows = table.rows.filter((r) => r.formId === formId);
    return {
      id: formId,
      name: form?.name ?? formId,
      href: form?.href,
      count: rows.length,
      countLabel: awardeeCountLabel(countByType(rows)),
    };
  });

  const signatory = data.signatory;
  const signedBy =
    signatory === undefined
      ? undefined
      : `${signatory.name} (${[signatory.capacity, signatory.onBehalfOf, signatory.position]
          .filter((p) => p !== undefined)
          .join(' ')})`;

  const proposed = data.status === 'proposed';
  const metadata: MetadataRow[] = [
    {
      label: 'Loại văn bản',
      value: proposed ? 'Dự thảo quyết định khen thưởng' : awardDecisionKindLabel,
    },
    { label: 'Số ký hiệu', value: formatDocumentNumber(data.number) },
    {
      label: proposed ? 'Cơ quan xét, quyết định' : 'Cơ quan ban hành',
      value: summary.issuerName,
      href: summary.issuerHref,
    },
    { label: 'Cấp', value: summary.levelLabel },
    {
      label: 'Ngày ban hành',
      value: data.issued === undefined ? 'Chưa ban hành' : formatIssued(data.issued),
    },
    ...(signedBy === undefined ? [] : [{ label: 'Người ký', value: signedBy }]),
    { label: 'Loại hình khen thưởng', value: summary.commendationTypeLabel },
    {
      label: 'Trạng thái',
      value:
        revocation === undefined
          ? summary.statusLabel
          : `${summary.statusLabel} (Quyết định số ${revocation.decisionNumber} ngày ${revocation.dateLabel})`,
    },
    { label: 'Số được khen thưởng', value: summary.awardeeCountLabel },
    ...(summary.illustrative
      ? [{ label: 'Nguồn dữ liệu', value: 'Dữ liệu minh họa, không có thật' }]
      : []),
  ];

  const pagefind: PagefindData = {
    // Search results show this title: sample data says so there too.
    title: summary.illustrative ? `${summary.fullTitle} (dữ liệu minh họa)` : summary.fullTitle,
    number: summary.numberPrinted,
    issuer: summary.issuerName,
    date: summary.dateLabel,
    kind: awardDecisionKindLabel,
    level: summary.levelLabel,
    year: summary.year === undefined ? undefined : String(summary.year),
    sortDate: summary.sortKey,
  };

  const indexableText = [
    summary.fullTitle,
    summary.issuerName,
    summary.commendationTypeLabel,
    revocation === undefined ? '' : `${revocation.sentence} ${revocation.reason}`,
    ...table.rows.flatMap((r) => [
      r.name,
      r.position ?? '',
      r.unit ?? '',
      r.formName,
      r.achievement,
    ]),
    signedBy ?? '',
    ...metadata.map((row) => row.value),
  ]
    .filter((t) => t !== '')
    .join('\n');

  return {
    summary,
    metadata,
    bases: documents(model, summary.basedOn),
    rewards: documents(model, summary.rewards),
    revocation,
    consultation: summary.consultation,
    table,
    forms,
    signatory: signatory && {
      capacity: signatory.capacity,
      onBehalfOf: signatory.onBehalfOf,
      position: signatory.position,
      name: signatory.name,
    },
    pagefind,
    indexableText,
    pageTitle: `${summary.displayName}: ${truncate(summary.title, 90)}`,
    description: `${truncate(summary.fullTitle, 120)}. ${summary.issuerName}, ${summary.dateLabel}. ${summary.statusLabel}; ${summary.awardeeCountLabel.toLowerCase()} được khen thưởng.`,
  };
}
