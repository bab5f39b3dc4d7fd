import { z } from 'astro/zod';
import { awardClasses, commendationTypes } from '../lib/awards/awardTerms';
import { findPersonalData } from '../lib/awards/personalData';
import { partialDateProblem } from '../lib/dates/partialDate';
import { documentNumberField } from './shared/documentNumber';
import { idReference } from './shared/idReference';
import { partialDateField } from './shared/partialDate';
import { cmsHints } from '../lib/cms/cmsHints';
import { signatorySchema } from './documents';

/**
 * A text field of an awardee that must not carry personal data (citizen ID, phone, e-mail, date of
 * birth, street address): rejected with the reason (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).
 */
const publicText = (description: string) =>
  z
    .string()
    .trim()
    .min(1)
    .superRefine((value, ctx) => {
      const finding = findPersonalData(value);
      if (finding !== null) ctx.addIssue({ code: 'custom', message: finding.message });
    })
    .describe(description);

/** A full calendar day, ISO 8601 (YYYY-MM-DD). */
const dayField = partialDateField.superRefine((value, ctx) => {
  // A day that does not exist (2026-02-30) is already reported by partialDateField; here only a
  // partial date is, so an editor reads one message per mistake.
  if (value.length !== 10 && partialDateProblem(value) === null) {
    ctx.addIssue({ code: 'custom', message: `must be a full day YYYY-MM-DD; got "${value}"` });
  }
});
cmsHints.add(dayField, { date: 'day' });

const awardFields = {
  /** The award form or emulation title (id in content/award-forms/). */
  awardForm: idReference('awardForms').describe('Hình thức khen thưởng (id)'),
  /** Class, when the form has classes. */
  class: z.enum(awardClasses).optional().describe('Hạng: first, second, third'),
  /** The short citation (thành tích). */
  achievement: publicText('Thành tích'),
  /** False withholds this awardee everywhere: page, search index, CSV and JSON exports. */
  published: z.boolean().default(true).describe('Công bố (false: không hiển thị ở bất kỳ đâu)'),
};

/** An awardee (người, tập thể, hộ được khen), told apart by `type`. */
export const awardeeSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('individual'),
    /** Full name. */
    name: publicText('Họ và tên'),
    /** Position at the time of the award. */
    position: publicText('Chức vụ khi được khen').optional(),
    /** Unit at the time of the award. */
    unit: publicText('Đơn vị khi được khen'),
    ...awardFields,
  }),
  z.object({
    type: z.literal('collective'),
    /** Name of the collective: "Chi bộ thôn 3", "Trường Tiểu học Bắc Sơn". */
    name: publicText('Tên tập thể'),
    ...awardFields,
  }),
  z.object({
    type: z.literal('household'),
    /** Name of the head of household only. */
    headName: publicText('Họ tên chủ hộ'),
    /** Hamlet (thôn, bản, tổ dân phố): nothing more precise is published. */
    hamlet: publicText('Thôn, bản, tổ dân phố'),
    /** Commune (xã, phường, đặc khu). */
    commune: publicText('Xã, phường, đặc khu'),
    ...awardFields,
  }),
]);

const consultationSchema = z.object({
  /** Day the proposed list was posted for comment (YYYY-MM-DD). */
  posted: dayField.describe('Ngày niêm yết, đăng tải'),
  /** Last day comments are accepted (YYYY-MM-DD). */
  closes: dayField.describe('Hạn cuối nhận ý kiến'),
  /** How to comment, in Vietnamese. */
  howToComment: z.string().trim().min(5).describe('Cách góp ý'),
  /** Where the list is posted and comments are received. */
  where: z.string().trim().min(5).describe('Nơi niêm yết, nhận ý kiến'),
});

const revocationSchema = z.object({
  /** Number of the revoking decision as printed. */
  decision: documentNumberField.describe('Số quyết định thu hồi'),
  date: dayField.describe('Ngày thu hồi'),
  reason: z.string().trim().min(5).describe('Lý do thu hồi'),
});

const decisionFields = {
  /** Invented sample data: shown with the label "Dữ liệu minh họa" on every page and export. */
  illustrative: z.boolean().default(false).describe('Dữ liệu minh họa (không có thật)'),
  /** Number as printed; absent for a proposed list not yet decided. */
  number: documentNumberField.optional().describe('Số, ký hiệu quyết định'),
  /** The issuing organization (or the one that will decide a proposed list). */
  issuer: idReference('organizations').describe('Cơ quan ban hành (id)'),
  /** Trích yếu: "Về việc tặng Giấy khen …". */
  title: z.string().trim().min(3).describe('Trích yếu'),
  signatory: signatorySchema.optional(),
  /** Legal bases (căn cứ). */
  basedOn: z.array(idReference('documents')).default([]).describe('Căn cứ (id văn bản)'),
  /** The plan, directive or campaign document this decision rewards. */
  rewards: z
    .array(idReference('documents'))
    .default([])
    .describe('Kế hoạch, phong trào được khen thưởng (id)'),
  commendationType: z.enum(commendationTypes).describe('Loại hình khen thưởng'),
  awardees: z.array(awardeeSchema).min(1).describe('Danh sách được khen thưởng'),
};

/**
 * An award decision (quyết định khen thưởng) or a proposed list under public consultation.
 * File: `content/award-decisions/<id>.json`; id from `documentId()` with kind `decision`.
 *
 * Status: `proposed` (under consultation: posted, closes, how and where to comment), `decided`, or
 * `revoked` (with the revoking decision and reason; a revoked award stays visible, marked).
 */
export const proposedDecisionSchema = z
  .object({
    status: z.literal('proposed'),
    ...decisionFields,
    issued: partialDateField.optional().describe('Ngày ban hành'),
    consultation: consultationSchema,
  })
  .superRefine((value, ctx) => {
    const { posted, closes } = value.consultation;
    if (closes <= posted) {
      ctx.addIssue({
        code: 'custom',
        path: ['consultation', 'closes'],
        message: `the consultation closes (${closes}) on or before the day it is posted (${posted}); citizens need time to comment`,
      });
    }
  });

export const decidedDecisionSchema = z.object({
  status: z.literal('decided'),
  ...decisionFields,
  issued: dayField.describe('Ngày ban hành (YYYY-MM-DD)'),
});

export const revokedDecisionSchema = z
  .object({
    status: z.literal('revoked'),
    ...decisionFields,
    issued: dayField.describe('Ngày ban hành (YYYY-MM-DD)'),
    revocation: revocationSchema,
  })
  .superRefine((value, ctx) => {
    if (value.revocation.date < value.issued) {
      ctx.addIssue({
        code: 'custom',
        path: ['revocation', 'date'],
        message: `the award is revoked (${value.revocation.date}) before it was issued (${value.issued})`,
      });
    }
  });

export const awardDecisionSchema = z.discriminatedUnion('status', [
  proposedDecisionSchema,
  decidedDecisionSchema,
  revokedDecisionSchema,
]);

export type AwardDecision = z.output<typeof awardDecisionSchema>;
export type AwardDecisionInput = z.input<typeof awardDecisionSchema>;
export type Awardee = z.output<typeof awardeeSchema>;
