import { z } from 'astro/zod';
import { organizationBranches, organizationLevels } from '../lib/organizations/organizationTerms';
import { partialDateField } from './shared/partialDate';
import { idReference } from './shared/idReference';

/**
 * An organization that issues or receives documents (cơ quan, tổ chức): a Party committee or its
 * standing committee, a People's Committee, the Front …
 * File: `content/organizations/<id>.json`, where the id is the ASCII slug of the name.
 *
 * Validity dates follow the 1 July 2025 reorganisation (63 provinces → 34, district level abolished):
 * a document keeps the issuer as it was on its issue date; the merged body is in `successors`.
 */
export const organizationSchema = z.object({
  /** Full name as the organization writes it: "Ban Thường vụ Tỉnh ủy Gia Lai". */
  name: z.string().trim().min(2).describe('Tên đầy đủ của cơ quan, tổ chức'),
  /** Short name used in lists, e.g. "Tỉnh ủy Gia Lai". */
  shortName: z.string().trim().min(2).optional().describe('Tên ngắn'),
  /** Administrative level: central, province, district (before 1 July 2025), commune. */
  level: z.enum(organizationLevels).describe('Cấp: central, province, district, commune'),
  /** Branch: party, state, front, council. */
  branch: z.enum(organizationBranches).describe('Khối: party, state, front, council'),
  /** The organization it belongs to (Ban Thường vụ → Tỉnh ủy; UBND phường → UBND tỉnh). */
  parent: idReference('organizations').optional().describe('Cơ quan cấp trên (id)'),
  /** Province name with diacritics, as of the organization's validity ("Gia Lai", "Lâm Đồng"). */
  province: z.string().trim().min(2).optional().describe('Tỉnh, thành phố'),
  validFrom: partialDateField.optional().describe('Có hiệu lực từ (YYYY, YYYY-MM hoặc YYYY-MM-DD)'),
  /** Last day it existed under this name, e.g. 2025-06-30 for district committees. */
  validTo: partialDateField.optional().describe('Hết hiệu lực (YYYY, YYYY-MM hoặc YYYY-MM-DD)'),
  /** Earlier names, each with the last day it was used. */
  formerNames: z
    .array(z.object({ name: z.string().trim().min(2), until: partialDateField.optional() }))
    .default([])
    .describe('Tên cũ'),
  /** Bodies that took over after a merger (sáp nhập, hợp nhất). */
  successors: z.array(idReference('organizations')).default([]).describe('Cơ quan kế thừa (id)'),
  /** Other ways documents name it ("UBND phường Quyết Thắng", "Ủy ban nhân dân phường Quyết Thắng"). */
  aliases: z.array(z.string().trim().min(2)).default([]).describe('Cách gọi khác trong văn bản'),
});

/** An organization as read from its file (references resolved to `{ collection, id }`). */
export type Organization = z.output<typeof organizationSchema>;
/** An organization as written in its file. */
export type OrganizationInput = z.input<typeof organizationSchema>;
