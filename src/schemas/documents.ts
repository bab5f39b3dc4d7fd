import { z } from 'astro/zod';
import { documentKinds } from '../lib/documents/documentKinds';
import { partialDateField } from './shared/partialDate';
import { documentNumberField } from './shared/documentNumber';
import { idReference } from './shared/idReference';

/**
 * Signing capacity (thẩm quyền ký): state TM. (thay mặt), KT. (ký thay), TL. (thừa lệnh), TUQ. (thừa ủy
 * quyền), Q. (quyền); Party T/M, T/L. Source: Nghị định 30/2020/NĐ-CP art. 13; Hướng dẫn 36-HD/VPTW.
 */
export const signatoryCapacities = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'T/M', 'T/L'] as const;

export const signatorySchema = z
  .object({
    /** TM., KT., T/M … as printed; absent when the signer signs in their own name ("CHỦ TỊCH"). */
    capacity: z.enum(signatoryCapacities).optional().describe('Quyền hạn ký: TM., KT., T/M …'),
    /** The body in whose name it is signed: "BAN THƯỜNG VỤ", "ỦY BAN NHÂN DÂN". */
    onBehalfOf: z.string().trim().min(2).optional().describe('Thay mặt cơ quan nào'),
    /** Position as printed: "PHÓ BÍ THƯ", "CHỦ TỊCH". */
    position: z.string().trim().min(2).describe('Chức vụ người ký'),
    /** Full name of the signer. */
    name: z.string().trim().min(2).describe('Họ tên người ký'),
  })
  .describe('Người ký');

/** One line of "Nơi nhận". Markers are kept as printed: "b/c", "t/h", "để đăng tải", "chỉ đạo" … */
const distributionEntrySchema = z.object({
  name: z.string().trim().min(1).describe('Nơi nhận'),
  markers: z
    .array(z.string().trim().min(1))
    .default([])
    .describe('Ghi chú: b/c, t/h, để đăng tải …'),
  /** The archive line ("Lưu: VT", "Lưu VP Đảng ủy"). */
  archive: z.boolean().default(false).describe('Dòng lưu văn bản'),
});

/** Milestone kinds (GLOSSARY.md): sơ kết, tổng kết, hạn báo cáo, hạn hoàn thành. */
export const milestoneKinds = ['interimReview', 'finalReview', 'reportDue', 'deadline'] as const;

const milestoneSchema = z.object({
  kind: z
    .enum(milestoneKinds)
    .describe('Loại mốc: interimReview, finalReview, reportDue, deadline'),
  /** The date, or the last day of the period ("quý I năm 2025" → 2025-03-31). */
  date: partialDateField.describe('Ngày (YYYY, YYYY-MM hoặc YYYY-MM-DD)'),
  /** The period as written when the text names one ("quý I năm 2025", "6 tháng"). */
  period: z.string().trim().min(1).optional().describe('Khoảng thời gian như văn bản ghi'),
  /** The organization responsible, as written, when the text names one. */
  organization: z.string().trim().min(1).optional().describe('Đơn vị chịu trách nhiệm'),
  /** The sentence the milestone comes from. */
  text: z.string().trim().min(1).describe('Câu trong văn bản'),
  /** Anchor of the section the sentence is in (see parsePlanBody). */
  section: z.string().trim().min(1).describe('Mục chứa câu này'),
});

const assignmentSchema = z.object({
  /** The organization as the plan names it ("Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phường"). */
  organization: z.string().trim().min(2).describe('Cơ quan, đơn vị được giao'),
  /** The organization's entry, when it is known. */
  organizationId: idReference('organizations').optional().describe('Id cơ quan (nếu có)'),
  task: z.string().trim().min(2).describe('Nhiệm vụ được giao'),
  section: z.string().trim().min(1).describe('Mục chứa nhiệm vụ'),
});

const identityFields = {
  /** Kind of document: plan, directive, resolution, conclusion, decision, guidance, law, decree, circular … */
  kind: z.enum(documentKinds).describe('Loại văn bản'),
  /** Number and symbol as printed (số, ký hiệu): "42-KH/ĐU", "33/KH-UBND", "/KH-UBND" when left blank. */
  number: documentNumberField.optional().describe('Số, ký hiệu như in trên văn bản'),
  /** The issuing organization (cơ quan ban hành). */
  issuer: idReference('organizations').describe('Cơ quan ban hành (id)'),
  /** Issue date, whole or in part: 2025, 2024-02, 2025-12-05. */
  issued: partialDateField.optional().describe('Ngày ban hành (YYYY, YYYY-MM hoặc YYYY-MM-DD)'),
  /** Trích yếu: the one-line subject, with diacritics. */
  title: z.string().trim().min(3).describe('Trích yếu'),
  /** Documents this one carries out (thực hiện, cụ thể hóa). */
  implements: z.array(idReference('documents')).default([]).describe('Văn bản được thực hiện (id)'),
};

/**
 * A document known only because another cites it (văn bản chỉ được trích dẫn): no body, no page text.
 * File: `content/documents/<id>.md` with front matter only.
 */
export const referencedDocumentSchema = z.object({
  status: z.literal('referenced'),
  ...identityFields,
  /** The citation as first met, for provenance: "Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị". */
  citedAs: z.string().trim().min(3).optional().describe('Trích dẫn gốc'),
});

/**
 * A document whose full text the site holds (usually an imported plan). File:
 * `content/documents/<id>.md`: front matter as below, the body in the shape `parsePlanBody` reads.
 */
export const fullDocumentSchema = z.object({
  status: z.literal('full'),
  ...identityFields,
  /** Địa danh: the place line ("Quyết Thắng", "Bắc Sơn"). */
  place: z.string().trim().min(2).optional().describe('Địa danh'),
  /** Legal bases (căn cứ). */
  basedOn: z.array(idReference('documents')).default([]).describe('Căn cứ (id)'),
  /** Documents mentioned in the body that are neither a basis nor implemented (dẫn chiếu). */
  cites: z.array(idReference('documents')).default([]).describe('Văn bản được dẫn chiếu (id)'),
  /** Emulation movements the plan names in quotation marks (filled by the importer). */
  movements: z
    .array(idReference('movements'))
    .default([])
    .describe('Phong trào thi đua văn bản nêu tên (id: tên tệp trong content/movements/)'),
  signatory: signatorySchema.optional(),
  distribution: z.array(distributionEntrySchema).default([]).describe('Nơi nhận'),
  assignments: z.array(assignmentSchema).default([]).describe('Tổ chức thực hiện: ai làm gì'),
  milestones: z
    .array(milestoneSchema)
    .default([])
    .describe('Mốc thời gian: sơ kết, tổng kết, báo cáo'),
  /** The original text this entry was imported from, relative to `content/sources/`. */
  source: z.string().trim().min(1).optional().describe('Tệp văn bản gốc trong content/sources/'),
});

/** Every văn bản the site knows: full text or a referenced stub, told apart by `status`. */
export const documentSchema = z.discriminatedUnion('status', [
  fullDocumentSchema,
  referencedDocumentSchema,
]);

export type DocumentData = z.output<typeof documentSchema>;
export type DocumentInput = z.input<typeof documentSchema>;
export type FullDocumentData = z.output<typeof fullDocumentSchema>;
export type ReferencedDocumentData = z.output<typeof referencedDocumentSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type Assignment = z.output<typeof assignmentSchema>;
export type DistributionEntry = z.output<typeof distributionEntrySchema>;
export type Signatory = z.output<typeof signatorySchema>;

/** True for a document whose full text the site holds. */
export const isFullDocument = (d: DocumentData): d is FullDocumentData => d.status === 'full';
