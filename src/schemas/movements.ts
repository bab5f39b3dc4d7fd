import { z } from 'astro/zod';
import { idReference } from './shared/idReference';
import { partialDateField } from './shared/partialDate';

/** How far a movement reaches: the whole country, a province, a commune, a sector or a Party bloc. */
export const movementScopes = ['national', 'province', 'commune', 'sector', 'bloc'] as const;

/**
 * A named, long-running emulation movement (phong trào thi đua), e.g. "Toàn dân đoàn kết xây dựng đời
 * sống văn hóa". File: `content/movements/<id>.json`, id = ASCII slug of the name. Plans link to it
 * through their `movements` field, which the importer fills when a plan quotes the name or an alias.
 */
export const movementSchema = z.object({
  /** The name as plans usually quote it, with diacritics, without quotation marks. */
  name: z
    .string()
    .trim()
    .min(3)
    .max(200)
    .describe(
      'Tên phong trào như các kế hoạch thường trích, viết có dấu, không có dấu ngoặc kép: "Dân vận khéo"',
    ),
  /** Other wordings plans use: province versions, word order, older names. */
  aliases: z
    .array(z.string().trim().min(3).max(250))
    .default([])
    .describe(
      'Tên gọi khác gặp trong văn bản (mỗi tên một dòng): bản của từng tỉnh, cách viết khác, tên cũ; dùng để nhận ra phong trào khi nhập kế hoạch',
    ),
  /** The organization that launched it, when it has an entry. */
  launchedBy: idReference('organizations')
    .optional()
    .describe(
      'Cơ quan phát động (id: tên tệp trong content/organizations/, không có .json); bỏ trống nếu chưa rõ',
    ),
  /** The document that launched it, when the site holds it (full or referenced). */
  launchedByDocument: idReference('documents')
    .optional()
    .describe(
      'Văn bản phát động (id: tên tệp trong content/documents/, không có .md); bỏ trống nếu chưa rõ',
    ),
  /** When it runs; either end may be missing or partial. */
  period: z
    .object({
      from: partialDateField
        .optional()
        .describe('Bắt đầu (YYYY, YYYY-MM hoặc YYYY-MM-DD); bỏ trống nếu chưa rõ'),
      to: partialDateField
        .optional()
        .describe('Kết thúc (YYYY, YYYY-MM hoặc YYYY-MM-DD); bỏ trống nếu phong trào còn kéo dài'),
    })
    .default({})
    .describe('Thời gian phong trào'),
  scope: z
    .enum(movementScopes)
    .describe(
      'Phạm vi: national (toàn quốc), province (một tỉnh), commune (một xã, phường), sector (một ngành), bloc (một khối, đảng bộ khối)',
    ),
  /** Where, in words, when the scope is local: "Tỉnh Hà Tĩnh", "Phường Quyết Thắng (Lai Châu)". */
  area: z
    .string()
    .trim()
    .min(2)
    .optional()
    .describe('Địa bàn hoặc ngành, ghi bằng chữ khi phạm vi không phải toàn quốc: "Tỉnh Hà Tĩnh"'),
  /** One to three sentences; only what the sources support, uncertain facts marked as such. */
  description: z
    .string()
    .trim()
    .min(20)
    .max(600)
    .describe(
      'Giới thiệu: một đến ba câu, chỉ ghi điều có nguồn; điều chưa chắc chắn ghi rõ "(cần đối chiếu)"',
    ),
  /** Invented sample data: pages show "Dữ liệu minh họa". */
  illustrative: z
    .boolean()
    .default(false)
    .describe(
      'Dữ liệu minh họa: true nếu phong trào được bịa ra làm mẫu; phong trào thật ghi false',
    ),
});

/** A movement as read from its file. */
export type MovementData = z.output<typeof movementSchema>;
/** A movement as written in its file. */
export type MovementInput = z.input<typeof movementSchema>;
/** The scope of a movement. */
export type MovementScope = (typeof movementScopes)[number];
