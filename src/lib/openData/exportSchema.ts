import { z } from 'astro/zod';
import { partialDatePattern } from '../dates/partialDate';
import {
  awardClassLabels,
  awardClasses,
  awardDecisionStatusLabels,
  awardDecisionStatuses,
  awardFormGroupLabels,
  awardFormGroups,
  awardeeTypeLabels,
  awardeeTypes,
  commendationTypes,
} from '../awards/awardTerms';
import { organizationLevels } from '../organizations/organizationTerms';
import { contentField, type ContentFieldSource } from './contentFieldSource';

/**
 * The shape of the exported JSON files (`/khen-thuong/khen-thuong.json`, `/khen-thuong/<id>/khen-thuong.json`,
 * `/du-lieu/hinh-thuc-khen-thuong.json`), as zod schemas. They are the documentation: /du-lieu/ lists
 * every field from these schemas (`schemaFields`), /du-lieu/khen-thuong.schema.json is their JSON
 * Schema, and the tests validate the built files against them.
 *
 * A field copied from content takes its description from the content schema (`contentField`), so the
 * two cannot drift; the `contentFields` metadata records where it comes from, and a test checks that
 * every content field is either exported or deliberately left out (`omittedContentFields`).
 *
 * Keys are stable: every key is always present, `null` when the value is absent. Dates are ISO 8601.
 */

const decision = (path: string, when?: string): ContentFieldSource =>
  contentField('awardDecisions', path, when);
const awardForm = (path: string): ContentFieldSource => contentField('awardForms', path);

/**
 * A field's description: the content schema's text (with an export `note` in brackets), or `fallback`
 * where the content schema has none.
 *
 * @throws Error when neither exists: every exported field must be described
 */
function fromContent(
  source: ContentFieldSource,
  options: { note?: string; fallback?: string } = {},
) {
  const text = source.description ?? options.fallback;
  if (text === undefined) {
    throw new Error(`content field ${source.key} has no description; give it .describe() text.`);
  }
  return options.note === undefined ? text : `${text} (${options.note})`;
}

/** Sets a field's description and the content fields it is copied from. */
function described<T extends z.ZodType>(
  schema: T,
  description: string,
  sources: readonly ContentFieldSource[] = [],
): T {
  return schema.meta(
    sources.length === 0
      ? { description }
      : { description, contentFields: sources.map((s) => s.key) },
  );
}

/** A field copied from one content field, described by it. */
function copied<T extends z.ZodType>(
  schema: T,
  source: ContentFieldSource,
  options: { note?: string; fallback?: string } = {},
): T {
  return described(schema, fromContent(source, options), [source]);
}

const labelList = (labels: Readonly<Record<string, string>>): string =>
  Object.entries(labels)
    .map(([code, label]) => `${code} (${label})`)
    .join(', ');

/** A whole or partial ISO 8601 date: `2025`, `2025-03`, `2025-03-05`. */
const partialDate = z
  .string()
  .regex(partialDatePattern)
  .meta({ typeLabel: 'ngày ISO 8601 (YYYY-MM-DD, YYYY-MM hoặc YYYY)' });

/** A full ISO 8601 day: `2025-03-05`. */
const day = z.iso.date();

const linkedDocumentSchema = z.object({
  id: described(z.string(), 'Mã văn bản trên trang (phần cuối đường dẫn /van-ban/<id>/)'),
  name: described(z.string(), 'Tên văn bản: loại và số, ký hiệu, ví dụ "Luật 06/2022/QH15"'),
  url: described(z.url().nullable(), 'Địa chỉ trang văn bản; null khi trang chưa có văn bản này'),
});

/** One published awardee. Withheld awardees (`published: false` in content) are never exported. */
export const openDataAwardeeSchema = z.object({
  type: copied(z.enum(awardeeTypes), decision('awardees[].type'), {
    fallback: `Loại đối tượng: ${labelList(awardeeTypeLabels)}`,
  }),
  typeLabel: described(
    z.string(),
    `Loại đối tượng bằng tiếng Việt: ${Object.values(awardeeTypeLabels).join(', ')}`,
  ),
  name: (() => {
    const individual = decision('awardees[].name', 'type: individual');
    const collective = decision('awardees[].name', 'type: collective');
    const household = decision('awardees[].headName');
    return described(
      z.string(),
      [
        `${fromContent(individual)} (cá nhân)`,
        `${fromContent(collective)} (tập thể)`,
        `${fromContent(household)} (hộ gia đình)`,
      ].join('; '),
      [individual, collective, household],
    );
  })(),
  position: copied(z.string().nullable(), decision('awardees[].position'), {
    note: 'cá nhân; null khi quyết định không ghi hoặc với tập thể, hộ gia đình',
  }),
  unit: copied(z.string().nullable(), decision('awardees[].unit'), {
    note: 'cá nhân; null với tập thể, hộ gia đình',
  }),
  hamlet: copied(z.string().nullable(), decision('awardees[].hamlet'), {
    note: 'hộ gia đình; null với cá nhân, tập thể',
  }),
  commune: copied(z.string().nullable(), decision('awardees[].commune'), {
    note: 'hộ gia đình; null với cá nhân, tập thể',
  }),
  awardForm: described(
    z.object({
      id: copied(z.string(), decision('awardees[].awardForm'), {
        note: 'mã trong danh mục /du-lieu/hinh-thuc-khen-thuong.json',
      }),
      name: copied(z.string(), awardForm('name')),
      group: copied(z.enum(awardFormGroups), awardForm('group')),
    }),
    'Hình thức khen thưởng hoặc danh hiệu thi đua',
  ),
  class: copied(z.enum(awardClasses).nullable(), decision('awardees[].class'), {
    note: 'null khi hình thức không chia hạng',
  }),
  classLabel: described(
    z.string().nullable(),
    `Hạng bằng tiếng Việt: ${Object.values(awardClassLabels).join(', ')}; null khi không chia hạng`,
  ),
  achievement: copied(z.string(), decision('awardees[].achievement')),
});

/** One award decision or proposed list, with its published awardees. */
export const openDataDecisionSchema = z.object({
  id: described(
    z.string(),
    'Mã quyết định trên trang (phần cuối đường dẫn /khen-thuong/<id>/); không đổi sau khi công bố',
  ),
  url: described(z.url(), 'Địa chỉ trang quyết định'),
  illustrative: copied(z.boolean(), decision('illustrative'), {
    note: 'true: quyết định này do trang tự tạo để minh họa, không có thật',
  }),
  status: copied(z.enum(awardDecisionStatuses), decision('status'), {
    fallback: `Trạng thái: ${labelList(awardDecisionStatusLabels)}`,
  }),
  statusLabel: described(
    z.string(),
    `Trạng thái bằng tiếng Việt: ${Object.values(awardDecisionStatusLabels).join(', ')}`,
  ),
  number: copied(z.string().nullable(), decision('number'), {
    note: 'như in trên quyết định; null với danh sách đang lấy ý kiến chưa có quyết định',
  }),
  issued: (() => {
    const decided = decision('issued', 'status: decided, revoked');
    const proposed = decision('issued', 'status: proposed');
    return described(
      partialDate.nullable(),
      `${fromContent(decided)}; với danh sách đang lấy ý kiến có thể chỉ có năm, năm-tháng hoặc null`,
      [decided, proposed],
    );
  })(),
  issuer: described(
    z.object({
      id: copied(z.string(), decision('issuer'), { note: 'mã cơ quan trên trang' }),
      name: copied(z.string(), contentField('organizations', 'name')),
      url: described(z.url(), 'Địa chỉ trang cơ quan'),
    }),
    'Cơ quan ban hành',
  ),
  title: copied(z.string(), decision('title')),
  commendationType: copied(z.enum(commendationTypes), decision('commendationType')),
  commendationTypeLabel: described(z.string(), 'Loại hình khen thưởng bằng tiếng Việt'),
  signatory: copied(
    z
      .object({
        capacity: copied(z.string().nullable(), decision('signatory.capacity'), {
          note: 'null khi người ký ký tên mình',
        }),
        onBehalfOf: copied(z.string().nullable(), decision('signatory.onBehalfOf'), {
          note: 'null khi không ghi',
        }),
        position: copied(z.string(), decision('signatory.position')),
        name: copied(z.string(), decision('signatory.name')),
      })
      .nullable(),
    decision('signatory'),
    { note: 'null khi chưa có hoặc chưa nhập' },
  ),
  basedOn: copied(z.array(linkedDocumentSchema), decision('basedOn')),
  rewards: copied(z.array(linkedDocumentSchema), decision('rewards')),
  consultation: copied(
    z
      .object({
        posted: copied(day, decision('consultation.posted')),
        closes: copied(day, decision('consultation.closes')),
        howToComment: copied(z.string(), decision('consultation.howToComment')),
        where: copied(z.string(), decision('consultation.where')),
      })
      .nullable(),
    decision('consultation'),
    {
      fallback: 'Lấy ý kiến nhân dân về danh sách đề nghị khen thưởng',
      note: 'chỉ với trạng thái proposed; null với trạng thái khác',
    },
  ),
  revocation: copied(
    z
      .object({
        decision: copied(z.string(), decision('revocation.decision')),
        date: copied(day, decision('revocation.date')),
        reason: copied(z.string(), decision('revocation.reason')),
      })
      .nullable(),
    decision('revocation'),
    {
      fallback: 'Thu hồi, hủy bỏ quyết định khen thưởng',
      note: 'chỉ với trạng thái revoked; null với trạng thái khác',
    },
  ),
  awardeeCounts: described(
    z.object({
      individual: described(z.number().int(), 'Số cá nhân được công bố'),
      collective: described(z.number().int(), 'Số tập thể được công bố'),
      household: described(z.number().int(), 'Số hộ gia đình được công bố'),
      total: described(z.number().int(), 'Tổng số đối tượng được công bố'),
    }),
    'Số đối tượng trong danh sách được công bố, theo loại',
  ),
  awardees: copied(z.array(openDataAwardeeSchema), decision('awardees'), {
    note: 'chỉ những đối tượng được công bố, theo thứ tự trong quyết định',
  }),
  downloads: described(
    z.object({
      csv: described(z.url(), 'Tệp CSV của quyết định này'),
      json: described(z.url(), 'Tệp JSON của quyết định này'),
    }),
    'Tệp tải về của quyết định này',
  ),
});

const licenceSchema = described(
  z.object({
    name: described(z.string(), 'Tên ngắn của giấy phép'),
    url: described(z.url(), 'Địa chỉ văn bản giấy phép'),
  }),
  'Giấy phép sử dụng dữ liệu',
);

const fileHeader = {
  title: described(z.string(), 'Tên tập dữ liệu'),
  documentation: described(
    z.url(),
    'Trang mô tả dữ liệu: các trường, giấy phép, chính sách dữ liệu cá nhân',
  ),
  licence: licenceSchema,
};

/** A decisions file: all decisions (`/khen-thuong/khen-thuong.json`) or one (`/khen-thuong/<id>/…`). */
export const openDataDecisionsFileSchema = z.object({
  ...fileHeader,
  illustrative: described(
    z.boolean(),
    'true khi tệp có ít nhất một quyết định là dữ liệu minh họa (không có thật)',
  ),
  decisions: described(
    z.array(openDataDecisionSchema),
    'Các quyết định khen thưởng và danh sách đang lấy ý kiến, mới nhất trước',
  ),
});

const authorityExportSchema = z.object({
  conferredBy: copied(z.string(), awardForm('authorities[].conferredBy')),
  level: copied(z.enum(organizationLevels), awardForm('authorities[].level')),
  validFrom: copied(partialDate, awardForm('authorities[].validFrom')),
  validTo: copied(partialDate.nullable(), awardForm('authorities[].validTo'), {
    note: 'null khi vẫn đang áp dụng',
  }),
  source: copied(z.string(), awardForm('authorities[].source')),
});

/** One row of the award catalogue. */
export const openDataAwardFormSchema = z.object({
  id: described(z.string(), 'Mã hình thức khen thưởng, dùng trong awardees[].awardForm.id'),
  name: copied(z.string(), awardForm('name')),
  group: copied(z.enum(awardFormGroups), awardForm('group')),
  groupLabel: described(
    z.string(),
    `Nhóm bằng tiếng Việt: ${Object.values(awardFormGroupLabels).join(', ')}`,
  ),
  track: copied(z.enum(['state', 'party']), awardForm('track')),
  classes: copied(z.array(z.enum(awardClasses)), awardForm('classes')),
  recipients: copied(z.array(z.enum(awardeeTypes)), awardForm('recipients')),
  description: copied(z.string(), awardForm('description')),
  authorities: copied(z.array(authorityExportSchema), awardForm('authorities')),
  legalSource: copied(z.string(), awardForm('legalSource')),
  verified: copied(z.boolean(), awardForm('verified')),
  verificationNote: copied(z.string().nullable(), awardForm('verificationNote'), {
    note: 'null khi không có',
  }),
});

/** The award catalogue file: `/du-lieu/hinh-thuc-khen-thuong.json`. */
export const openDataAwardFormsFileSchema = z.object({
  ...fileHeader,
  awardForms: described(
    z.array(openDataAwardFormSchema),
    'Danh mục hình thức khen thưởng, danh hiệu thi đua',
  ),
});

/**
 * Content fields that are deliberately not exported, with the reason shown on /du-lieu/. Every other
 * content field of the award schemas must be copied into some exported field (tested).
 */
export const omittedContentFields: Readonly<Record<string, string>> = {
  'awardDecisions:awardees[].published':
    'Không xuất: đối tượng có published = false (không công bố) bị loại khỏi mọi tệp, nguồn tin và chỉ mục tìm kiếm.',
};

export type OpenDataAwardee = z.output<typeof openDataAwardeeSchema>;
export type OpenDataDecision = z.output<typeof openDataDecisionSchema>;
export type OpenDataDecisionsFile = z.output<typeof openDataDecisionsFileSchema>;
export type OpenDataAwardForm = z.output<typeof openDataAwardFormSchema>;
export type OpenDataAwardFormsFile = z.output<typeof openDataAwardFormsFileSchema>;
