/**
 * What each page type's card and the exemplar poster show, from the views the pages already compute
 * (src/lib/site, src/lib/awardsView, src/lib/exemplars). Pure: no file is read here; photos stay
 * paths.
 */
import { awardDecisionKindLabel, type DecisionSummary } from '../awardsView/awardsModel';
import type { ExemplarCard } from '../exemplars/exemplarCards';
import type { ExemplarKind } from '../exemplars/exemplarTerms';
import type { OrganizationPageProps } from '../site/organizationPage';
import type { DocumentSummary } from '../site/siteModel';
import type { ExemplarPosterInput } from './exemplarPoster';
import type { OgCardInput } from './ogCard';

/** The home page's card, also shared by every page without its own. */
export function homeOgCard(): OgCardInput {
  return {
    kindLabel: 'Trang thông tin công khai',
    title: 'Kế hoạch, chỉ thị, quyết định khen thưởng và điển hình tiên tiến',
    subtitle:
      'Công tác thi đua, khen thưởng: văn bản, danh sách khen thưởng, gương người tốt, việc tốt',
    illustrative: false,
  };
}

/** A document's card: kind, name and trích yếu, issuer, issue date; referenced stubs say so. */
export function documentOgCard(doc: DocumentSummary): OgCardInput {
  return {
    kindLabel: doc.kindLabel,
    note: doc.status === 'referenced' ? 'Thông tin trích dẫn' : undefined,
    title: doc.fullTitle,
    subtitle: doc.issuerName,
    meta: doc.issuedLabel,
    illustrative: false,
  };
}

/** An organization's card: name, level, branch and province, validity or number of documents. */
export function organizationOgCard(org: OrganizationPageProps): OgCardInput {
  return {
    kindLabel: 'Cơ quan, tổ chức',
    note: org.ended ? 'Đã hết hoạt động' : undefined,
    title: org.name,
    subtitle: [org.levelLabel, org.branchLabel, org.province]
      .filter((part): part is string => part !== undefined && part !== '')
      .join(' · '),
    meta: org.validity ?? `${org.issued.length} văn bản ban hành trên trang`,
    illustrative: false,
  };
}

/**
 * An award decision's card: "Quyết định khen thưởng" (or the consultation of a proposed list), its
 * status when not simply decided, number and trích yếu, issuer, date and how many were honoured.
 */
export function awardDecisionOgCard(decision: DecisionSummary): OgCardInput {
  return {
    kindLabel:
      decision.status === 'proposed' ? 'Lấy ý kiến danh sách khen thưởng' : awardDecisionKindLabel,
    note: decision.status === 'decided' ? undefined : decision.statusLabel,
    title: decision.fullTitle,
    subtitle: decision.issuerName,
    meta: [decision.dateLabel, decision.awardeeCountLabel].filter((p) => p !== '').join(' · '),
    illustrative: decision.illustrative,
  };
}

/** The cover photo of an exemplar on disk. */
export interface ExemplarCoverFile {
  /** Path of the photo file, absolute or relative to the project root; absent when not found. */
  readonly file?: string | undefined;
  /** "Ảnh: Nguyễn Văn A". */
  readonly credit: string;
}

/**
 * An exemplar's card: the cover photo (a navy panel with the kind when the file is unknown) beside
 * kind, name, summary, place and day.
 */
export function exemplarOgCard(
  card: ExemplarCard<unknown>,
  cover: ExemplarCoverFile | undefined,
): OgCardInput {
  return {
    kindLabel: card.kindLabel,
    title: card.name,
    subtitle: card.placeLabel,
    summary: card.summary,
    meta: card.dateLabel,
    illustrative: card.illustrative,
    cover: cover ?? {},
  };
}

/** The heading of an exemplar's poster, by kind. */
export const posterHeadings: Readonly<Record<ExemplarKind, string>> = {
  individual: 'Điển hình tiên tiến',
  collective: 'Điển hình tiên tiến',
  goodDeed: 'Gương người tốt, việc tốt',
  practice: 'Mô hình hay, cách làm sáng tạo',
};

/**
 * An exemplar's poster: heading by kind, photo, kind, name, place, summary, day and the story's
 * address (`pageUrl`, absolute; printed without "https://" and "www.").
 */
export function exemplarPosterData(
  card: ExemplarCard<unknown>,
  cover: ExemplarCoverFile,
  pageUrl: string,
): ExemplarPosterInput {
  return {
    heading: posterHeadings[card.kind],
    kindLabel: card.kindLabel,
    name: card.name,
    placeLabel: card.placeLabel,
    summary: card.summary,
    dateLabel: card.dateLabel,
    pageUrl: pageUrl.replace(/^https?:\/\/(?:www\.)?/u, ''),
    illustrative: card.illustrative,
    cover,
  };
}
