import { z } from 'astro/zod';
import { findPersonalData } from '../lib/awards/personalData';
import { partialDateProblem } from '../lib/dates/partialDate';
import { exemplarKinds, photoPeople } from '../lib/exemplars/exemplarTerms';
import { altTextProblem } from '../lib/exemplars/altText';
import { imagePathPattern } from '../lib/exemplars/imagePath';
import { idReference } from './shared/idReference';
import { partialDateField } from './shared/partialDate';
import { cmsHints } from '../lib/cms/cmsHints';

/**
 * A stand-in for Astro's `image()` helper where no Astro build runs (the validation pass, scripts,
 * tests): checks the path's shape and keeps it as text. Whether the file exists is checked by
 * `src/lib/validation/checkExemplars.ts`; Astro's own `image()` then reads and optimises it.
 */
export const imagePathStandIn = () => {
  const schema = z.string().regex(imagePathPattern, {
    message:
      'must be the path of a photo next to the story, starting with "./", e.g. "./images/ten-anh.jpg" (JPEG, PNG, WebP or AVIF; no web addresses, no absolute paths, no "..") / đường dẫn ảnh phải có dạng "./images/ten-anh.jpg"',
  });
  cmsHints.add(schema, { image: true });
  return schema;
};

/** A full calendar day, ISO 8601 (YYYY-MM-DD); unquoted YAML dates are accepted. */
const dayField = partialDateField.superRefine((value, ctx) => {
  // A day that does not exist is already reported by partialDateField; here only a partial date is.
  if (value.length !== 10 && partialDateProblem(value) === null) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a full day YYYY-MM-DD; got "${value}" / ngày phải viết đủ dạng YYYY-MM-DD`,
    });
  }
});
cmsHints.add(dayField, { date: 'day' });

/** Text a story may publish: no citizen ID, phone, e-mail, date of birth or street address. */
const publicText = (schema: z.ZodString) =>
  schema.superRefine((value, ctx) => {
    const finding = findPersonalData(value);
    if (finding !== null) ctx.addIssue({ code: 'custom', message: finding.message });
  });

/**
 * An exemplar (điển hình tiên tiến): a person, a collective, a good deed or a model practice, told as a
 * short story. File: `content/exemplars/<id>.mdx`, id = ASCII slug of the name (`npm run new --
 * exemplar "<tên>"` makes it); the front matter holds the fields below, the story follows in MDX that
 * may use only the components Figure, Quote, AwardList and Gallery (src/lib/mdxSafety/).
 *
 * Photos of people need their consent (`consent: true`); photos of children under 16 need their
 * parent's or guardian's consent as well (`guardianConsent: true`). The refinement below enforces it.
 *
 * @param image Astro's `image()` helper (src/content.config.ts), or {@link imagePathStandIn} where no
 *   Astro build runs
 */
export function exemplarSchema<TImage extends z.ZodType>(image: () => TImage) {
  const coverSchema = z
    .object({
      /** The photo file, next to the story: `./images/<ten-anh>.jpg`. */
      image: image().describe(
        'Ảnh bìa: đường dẫn tệp ảnh, bắt đầu bằng "./images/" (ví dụ ./images/ten-anh.jpg); ảnh ngang, rộng ít nhất 1200 điểm ảnh',
      ),
      /** What the photo shows, for people who cannot see it. */
      alt: publicText(z.string().trim()).describe(
        'Mô tả ảnh cho người không nhìn thấy ảnh (alt): ai, đang làm gì, ở đâu; một câu, không phải tên tệp',
      ),
      /** Who took or made the photo. */
      credit: publicText(z.string().trim().min(2)).describe(
        'Tác giả ảnh, nguồn ảnh: "Ảnh: Nguyễn Văn A", "Ảnh: Báo Lai Châu"',
      ),
      /** Under what terms the site may publish it. */
      licence: z
        .string()
        .trim()
        .min(2)
        .optional()
        .describe('Giấy phép, quyền sử dụng ảnh: "CC BY 4.0", "Tác giả đồng ý cho đăng"'),
      /** Who can be recognised in it: none, adults, minors. */
      people: z
        .enum(photoPeople)
        .describe(
          'Người trong ảnh: none (không nhận ra ai), adults (có người lớn nhận ra được), minors (có trẻ em dưới 16 tuổi)',
        ),
    })
    .superRefine((cover, ctx) => {
      // The photo's type depends on the image helper (a path, or Astro's image metadata).
      const image: unknown = (cover as Record<string, unknown>)['image'];
      const problem = altTextProblem(cover.alt, image);
      if (problem !== null) ctx.addIssue({ code: 'custom', path: ['alt'], message: problem });
    })
    .describe('Ảnh bìa');

  return z
    .object({
      /** Invented sample data: pages show "Dữ liệu minh họa". */
      illustrative: z
        .boolean()
        .default(false)
        .describe('Dữ liệu minh họa: true nếu câu chuyện được bịa ra làm mẫu; trang sẽ ghi rõ'),
      kind: z
        .enum(exemplarKinds)
        .describe(
          'Loại điển hình: individual (cá nhân), collective (tập thể), goodDeed (gương người tốt, việc tốt), practice (mô hình hay, cách làm sáng tạo)',
        ),
      /** Full name of the person, name of the collective or of the practice, with diacritics. */
      name: publicText(z.string().trim().min(2).max(150)).describe(
        'Tên: họ và tên người, tên tập thể hoặc tên mô hình, viết có dấu',
      ),
      /** The organization the exemplar belongs to, when it has an entry. */
      organization: idReference('organizations')
        .optional()
        .describe('Cơ quan, tổ chức (id: tên tệp trong content/organizations/, không có .json)'),
      /** The unit in words, when it has no entry: "Tổ dân phố số 5", "Trường THCS Bắc Sơn". */
      unit: publicText(z.string().trim().min(2))
        .optional()
        .describe('Đơn vị, nơi công tác hoặc sinh hoạt, ghi bằng chữ: "Tổ dân phố số 5"'),
      place: z
        .object({
          /** Hamlet, residential group: nothing more precise is published. */
          hamlet: publicText(z.string().trim().min(2))
            .optional()
            .describe('Thôn, bản, tổ dân phố, khu phố (không ghi số nhà, đường phố)'),
          commune: z.string().trim().min(2).describe('Xã, phường, đặc khu: "Phường Quyết Thắng"'),
          province: z.string().trim().min(2).describe('Tỉnh, thành phố: "Lai Châu"'),
        })
        .describe('Địa bàn'),
      /** Plans and other documents the story carries out (kế hoạch phát động, chỉ thị). */
      documents: z
        .array(idReference('documents'))
        .default([])
        .describe(
          'Kế hoạch, văn bản liên quan (id: tên tệp trong content/documents/, không có .md)',
        ),
      /** Award decisions that honour the people of the story. */
      awardDecisions: z
        .array(idReference('awardDecisions'))
        .default([])
        .describe(
          'Quyết định khen thưởng liên quan (id: tên tệp trong content/award-decisions/, không có .json)',
        ),
      /** Emulation movements of content/movements/ the story belongs to (linked both ways). */
      movements: z
        .array(idReference('movements'))
        .default([])
        .describe('Phong trào thi đua (id: tên tệp trong content/movements/, không có .json)'),
      /** The movement in words, for a campaign or call that has no entry in content/movements/. */
      movement: z
        .string()
        .trim()
        .min(3)
        .optional()
        .describe('Phong trào thi đua: "Toàn dân đoàn kết xây dựng đời sống văn hóa"'),
      /** One to three sentences for cards, search results and link previews. */
      summary: publicText(z.string().trim().min(20).max(300)).describe(
        'Tóm tắt: một đến ba câu, tối đa 300 ký tự; hiện trên thẻ, kết quả tìm kiếm và khi chia sẻ',
      ),
      date: dayField.describe('Ngày đăng bài (YYYY-MM-DD)'),
      cover: coverSchema,
      /** The people who can be recognised in the photos agreed to publication. */
      consent: z
        .boolean()
        .default(false)
        .describe(
          'Người trong ảnh (ảnh bìa và ảnh trong bài) đã đồng ý cho đăng: true; bắt buộc khi ảnh có người',
        ),
      /** A parent or guardian of every child in the photos agreed. */
      guardianConsent: z
        .boolean()
        .default(false)
        .describe(
          'Cha, mẹ hoặc người giám hộ của trẻ em trong ảnh đã đồng ý cho đăng: true; bắt buộc khi ảnh có trẻ em',
        ),
      tags: z
        .array(z.string().trim().min(2))
        .default([])
        .describe('Từ khóa, mỗi từ khóa một dòng "- từ khóa"'),
    })
    .superRefine((entry, ctx) => {
      const people = entry.cover.people;
      if (people !== 'none' && !entry.consent) {
        ctx.addIssue({
          code: 'custom',
          path: ['consent'],
          message:
            'the cover shows people (cover.people: ' +
            people +
            '), so consent: true is required: publish a photo of a person only after they agreed; otherwise use a photo without recognisable people / ảnh có người: chỉ đăng khi người trong ảnh đã đồng ý, rồi ghi consent: true',
        });
      }
      if (people === 'minors' && !entry.guardianConsent) {
        ctx.addIssue({
          code: 'custom',
          path: ['guardianConsent'],
          message:
            'the cover shows children under 16 (cover.people: minors), so guardianConsent: true is required: a parent or guardian of each child must agree first / ảnh có trẻ em: cần cha mẹ hoặc người giám hộ đồng ý, rồi ghi guardianConsent: true',
        });
      }
    });
}

/** The schema as the validation pass, scripts and tests read files: photo paths stay text. */
export const exemplarFileSchema = exemplarSchema(imagePathStandIn);

/** An exemplar as read from its file by the validation pass (cover image as its path). */
export type ExemplarData = z.output<typeof exemplarFileSchema>;
/** An exemplar as written in its front matter. */
export type ExemplarInput = z.input<typeof exemplarFileSchema>;
/** The fields of an exemplar other than the cover photo, whatever the photo's type. */
export type ExemplarFields = Omit<ExemplarData, 'cover'> & {
  readonly cover: Omit<ExemplarData['cover'], 'image'>;
};
