import { z } from 'astro/zod';
import { awardClasses, awardFormGroups, awardeeTypes } from '../lib/awards/awardTerms';
import { organizationLevels } from '../lib/organizations/organizationTerms';
import { partialDateField } from './shared/partialDate';

/**
 * Who may confer an award form, over a period. Authority changes over time (e.g. on 1 July 2025
 * commune chairs gained several titles when the district level was abolished), so every row is dated.
 */
export const authoritySchema = z
  .object({
    /** The office that confers it, in Vietnamese: "Chủ tịch nước", "Chủ tịch Ủy ban nhân dân cấp xã". */
    conferredBy: z.string().trim().min(2).describe('Người, cơ quan có thẩm quyền quyết định'),
    /** Administrative level of that office. */
    level: z.enum(organizationLevels).describe('Cấp: central, province, district, commune'),
    /** First day this authority applies (ISO 8601, whole or partial). */
    validFrom: partialDateField.describe('Áp dụng từ'),
    /** Last day it applied, when it has been superseded. */
    validTo: partialDateField.optional().describe('Áp dụng đến'),
    /** The legal source: law, article, clause. "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80". */
    source: z.string().trim().min(5).describe('Căn cứ pháp lý (luật, điều, khoản)'),
  })
  .superRefine((value, ctx) => {
    // A partial date compares as text: "2025-06-30" < "2025-07" and "2025" ≤ "2025-06-30".
    if (value.validTo !== undefined && value.validTo < value.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['validTo'],
        message: `validTo (${value.validTo}) is before validFrom (${value.validFrom}); an authority ends after it starts`,
      });
    }
  });

/**
 * One row of the award catalogue (danh mục hình thức khen thưởng, danh hiệu thi đua): an emulation
 * title or award form of Luật Thi đua, khen thưởng 06/2022/QH15, or a Party award form.
 * File: `content/award-forms/<id>.json`, id = ASCII slug of the name.
 */
export const awardFormSchema = z
  .object({
    /** Vietnamese name as the law writes it: "Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh". */
    name: z.string().trim().min(3).describe('Tên hình thức khen thưởng, danh hiệu thi đua'),
    /** Catalogue group: order, medal, honoraryTitle, prize, commemorativeMedal, certificateOfMerit, certificateOfCommendation, emulationTitle, partyAward. */
    group: z.enum(awardFormGroups).describe('Nhóm'),
    /** State (Nhà nước) or Party (Đảng) track. */
    track: z
      .enum(['state', 'party'])
      .describe('Khen thưởng của Nhà nước (state) hay của Đảng (party)'),
    /** Classes, when the form has them (Huân chương Lao động hạng Nhất, Nhì, Ba). */
    classes: z.array(z.enum(awardClasses)).default([]).describe('Các hạng: first, second, third'),
    /** Who can receive it. */
    recipients: z
      .array(z.enum(awardeeTypes))
      .min(1)
      .describe('Đối tượng: individual, collective, household'),
    /** One or two sentences for citizens: what it is for. */
    description: z.string().trim().min(10).describe('Mô tả ngắn'),
    /** Who may confer it, dated. */
    authorities: z.array(authoritySchema).min(1).describe('Thẩm quyền quyết định, theo thời gian'),
    /** The article that establishes the form or title. */
    legalSource: z.string().trim().min(5).describe('Điều luật quy định hình thức, danh hiệu này'),
    /** False where the article or authority could not be verified against the official text. */
    verified: z.boolean().describe('Đã đối chiếu với văn bản pháp luật chính thức chưa'),
    /**
     * What was checked, against which text, and what remains to check: "Thẩm quyền đối chiếu Điều 80
     * trên Công báo số 571+572/2022; Điều 24 chưa đối chiếu".
     */
    verificationNote: z
      .string()
      .trim()
      .min(10)
      .optional()
      .describe('Ghi chú đối chiếu: đã kiểm tra gì, với văn bản nào'),
  })
  .superRefine((value, ctx) => {
    if (new Set(value.classes).size !== value.classes.length) {
      ctx.addIssue({ code: 'custom', path: ['classes'], message: 'a class is listed twice' });
    }
    if (new Set(value.recipients).size !== value.recipients.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['recipients'],
        message: 'a recipient type is listed twice',
      });
    }
  });

export type AwardForm = z.output<typeof awardFormSchema>;
export type AwardFormInput = z.input<typeof awardFormSchema>;
