import type { Milestone } from '../../schemas/documents';
import {
  branchLabels,
  levelLabels,
  type OrganizationBranch,
  type OrganizationLevel,
} from '../organizations/organizationTerms';

/** A milestone kind (sơ kết, tổng kết, hạn báo cáo, hạn hoàn thành). */
export type MilestoneKind = Milestone['kind'];

export const milestoneLabels: Readonly<Record<MilestoneKind, string>> = {
  interimReview: 'Sơ kết',
  finalReview: 'Tổng kết',
  reportDue: 'Hạn báo cáo',
  deadline: 'Hạn hoàn thành',
};

/** The Vietnamese name of a milestone kind: "Sơ kết", "Tổng kết", "Hạn báo cáo", "Hạn hoàn thành". */
export function milestoneKindLabel(kind: MilestoneKind): string {
  return milestoneLabels[kind];
}

/** The Vietnamese name of a level, or "Chưa rõ cấp" when unknown. */
export function levelLabel(level: OrganizationLevel | undefined): string {
  return level === undefined ? 'Chưa rõ cấp' : levelLabels[level];
}

/** The Vietnamese name of a branch (khối). */
export function branchLabel(branch: OrganizationBranch): string {
  return branchLabels[branch];
}

/** Relations between documents, as the site shows them. */
export type RelationKind = 'basedOn' | 'implements' | 'cites';

const relationLabels: Readonly<Record<RelationKind, string>> = {
  basedOn: 'căn cứ',
  implements: 'thực hiện',
  cites: 'dẫn chiếu',
};

const incomingLabels: Readonly<Record<RelationKind, string>> = {
  basedOn: 'Căn cứ vào văn bản này',
  implements: 'Thực hiện văn bản này',
  cites: 'Dẫn chiếu văn bản này',
};

/**
 * How another document relates to the one on the page, seen from the page: "Thực hiện văn bản này",
 * "Căn cứ vào văn bản này", "Dẫn chiếu văn bản này".
 */
export function incomingRelationLabel(relation: RelationKind): string {
  return incomingLabels[relation];
}

/** How a document relates to another, in words: "căn cứ", "thực hiện", "dẫn chiếu". */
export function relationLabel(relation: RelationKind): string {
  return relationLabels[relation];
}

const diagramLevelLabels: Readonly<Record<OrganizationLevel, readonly string[]>> = {
  central: ['Trung ương'],
  province: ['Cấp tỉnh'],
  district: ['Cấp huyện', '(trước 01/7/2025)'],
  commune: ['Cấp xã'],
};

/** A level's name in lines short enough for the diagram's margin. */
export function diagramLevelLabel(level: OrganizationLevel): readonly string[] {
  return diagramLevelLabels[level];
}
