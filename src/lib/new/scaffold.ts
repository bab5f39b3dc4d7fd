import type { z } from 'astro/zod';
import { awardDecisionSchema, decidedDecisionSchema } from '../../schemas/awardDecisions';
import { fullDocumentSchema } from '../../schemas/documents';
import { exemplarFileSchema } from '../../schemas/exemplars';
import { placeholderIdMark, placeholderMark } from '../exemplars/exemplarTerms';
import { toSlug } from '../text/toSlug';

/** What `npm run new` can make: a story, a plan, an award decision. */
export const scaffoldKinds = ['exemplar', 'plan', 'award'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

/** Vietnamese words editors may type instead: `npm run new -- dien-hinh "…"`. */
export const scaffoldKindAliases: Readonly<Record<string, ScaffoldKind>> = {
  exemplar: 'exemplar',
  'dien-hinh': 'exemplar',
  plan: 'plan',
  'ke-hoach': 'plan',
  award: 'award',
  'khen-thuong': 'award',
  'quyet-dinh': 'award',
};

/** A draft to write: where (inside the content folder) and what. */
export interface Scaffold {
  readonly kind: ScaffoldKind;
  /** Path inside the content folder, POSIX separators: `exemplars/_ten-dien-hinh.mdx`. */
  readonly path: string;
  /** The same path without the leading `_`: where the file goes once published. */
  readonly publishedPath: string;
  readonly text: string;
  /** What to do next, in Vietnamese, one step a line. */
  readonly nextSteps: readonly string[];
}

const mark = (what: string): string => `${placeholderMark}: ${what}`;

/** The `.describe()` text of a schema field, or "" (the comments come from the schemas: no drift). */
function described(schema: z.ZodType | undefined): string {
  return schema?.description ?? '';
}

/** A YAML comment block, wrapped at about 100 columns, indented like the field it explains. */
function comment(text: string, indent = ''): string[] {
  if (text === '') return [];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > 100) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(`${indent}# ${line}`);
  return lines;
}

/** A YAML scalar, quoted when YAML could misread it. */
function yamlText(value: string): string {
  return /^[\p{L}\p{N}][^:#'"\n]*$/u.test(value) && !/^\d{4}-\d{2}/.test(value)
    ? value
    : JSON.stringify(value);
}

/** The first `words` words of a title, as an id fragment. */
function titleSlug(title: string, words = 8): string {
  return toSlug(title.split(/\s+/).slice(0, words).join(' '));
}

function exemplarScaffold(name: string, today: string): Scaffold {
  const slug = toSlug(name);
  const shape = exemplarFileSchema.shape;
  const cover = shape.cover.shape;
  const place = shape.place.shape;
  const lines = [
    '---',
    '# BẢN NHÁP: tên tệp bắt đầu bằng "_" nên bài chưa được đăng.',
    `# Điền mọi chỗ ghi "${placeholderMark}", rồi đổi tên tệp bỏ dấu "_" ở đầu để đăng bài.`,
    '# Sau đó chạy: npm run check:content. Hướng dẫn đầy đủ: content/README.md',
    '',
    ...comment(described(shape.kind)),
    'kind: individual',
    ...comment(described(shape.name)),
    `name: ${yamlText(name)}`,
    ...comment(`${described(shape.unit)}. Xóa dòng này nếu không có.`),
    `unit: ${yamlText(mark('đơn vị, nơi công tác'))}`,
    ...comment(`${described(shape.organization)}. Bỏ dấu # ở đầu dòng dưới nếu có.`),
    '# organization: uy-ban-nhan-dan-phuong-quyet-thang',
    ...comment(described(shape.place)),
    'place:',
    ...comment(`${described(place.hamlet)}. Xóa dòng này nếu không cần.`, '  '),
    `  hamlet: ${yamlText(mark('thôn, tổ dân phố'))}`,
    ...comment(described(place.commune), '  '),
    `  commune: ${yamlText(mark('xã, phường'))}`,
    ...comment(described(place.province), '  '),
    `  province: ${yamlText(mark('tỉnh, thành phố'))}`,
    ...comment(`${described(shape.documents)}. Mỗi id một dòng "- id".`),
    'documents:',
    `  - ${placeholderIdMark}-id-ke-hoach`,
    ...comment(`${described(shape.awardDecisions)}. Mỗi id một dòng "- id"; để [] nếu chưa có.`),
    'awardDecisions: []',
    ...comment(`${described(shape.movement)}. Xóa dòng này nếu không có.`),
    `movement: ${yamlText(mark('tên phong trào thi đua'))}`,
    ...comment(described(shape.summary)),
    `summary: ${yamlText(mark('một đến ba câu tóm tắt câu chuyện: ai, đã làm gì, kết quả ra sao.'))}`,
    ...comment(described(shape.date)),
    `date: ${today}`,
    ...comment(described(shape.cover)),
    'cover:',
    ...comment(
      `${described(cover.image)}. Lưu ảnh vào content/exemplars/images/ với đúng tên này.`,
      '  ',
    ),
    `  image: ./images/${slug}.jpg`,
    ...comment(described(cover.alt), '  '),
    `  alt: ${yamlText(mark('mô tả ảnh: ai, đang làm gì, ở đâu'))}`,
    ...comment(described(cover.credit), '  '),
    `  credit: ${yamlText(mark('Ảnh: tên tác giả'))}`,
    ...comment(`${described(cover.licence)}. Xóa dòng này nếu không có.`, '  '),
    `  licence: ${yamlText(mark('giấy phép, quyền sử dụng ảnh'))}`,
    ...comment(described(cover.people), '  '),
    '  people: none',
    ...comment(described(shape.consent)),
    'consent: false',
    ...comment(described(shape.guardianConsent)),
    'guardianConsent: false',
    ...comment(described(shape.tags)),
    'tags: []',
    '---',
    '',
    mark('đoạn mở đầu: một hai câu giới thiệu người, tập thể hoặc việc làm.'),
    '',
    '## Câu chuyện',
    '',
    mark(
      'kể lại việc làm, cách làm: khi nào, ở đâu, thế nào. Viết đoạn văn bình thường; để một dòng trống giữa hai đoạn.',
    ),
    '',
    '{/* Ghi chú cho biên tập viên (không hiện trên trang). Có thể dùng:',
    '  <Figure caption="Chú thích" credit="Ảnh: tác giả">',
    '    ![Mô tả ảnh](./images/ten-anh.jpg)',
    '  </Figure>',
    '  <Quote by="Tên người nói" role="Chức vụ">Lời nói.</Quote>',
    '  <Gallery credit="Ảnh: tác giả"> (hai ảnh trở lên, mỗi ảnh một dòng) </Gallery>',
    '  <AwardList decision="id quyết định khen thưởng" />',
    '  Xem content/README.md. Xóa ghi chú này khi xong. */}',
    '',
    '## Kết quả và nhân rộng',
    '',
    mark('kết quả đạt được, được khen thưởng gì, cách làm được nhân rộng ra sao.'),
    '',
  ];
  return {
    kind: 'exemplar',
    path: `exemplars/_${slug}.mdx`,
    publishedPath: `exemplars/${slug}.mdx`,
    text: lines.join('\n'),
    nextSteps: [
      `Mở tệp, điền mọi chỗ ghi "${placeholderMark}" (các dòng bắt đầu bằng # giải thích từng trường).`,
      `Lưu ảnh bìa vào content/exemplars/images/${slug}.jpg (ảnh ngang, rộng ít nhất 1200 điểm ảnh, dưới 5 MB).`,
      'Nếu ảnh có người nhận ra được: chỉ đăng khi họ đã đồng ý, ghi people: adults và consent: true; có trẻ em dưới 16 tuổi: people: minors và thêm guardianConsent: true.',
      `Khi xong, đổi tên tệp thành content/exemplars/${slug}.mdx (bỏ dấu "_") rồi chạy: npm run check:content`,
    ],
  };
}

function planScaffold(title: string, today: string): Scaffold {
  const slug = toSlug(`ke hoach ${title.split(/\s+/).slice(0, 8).join(' ')}`);
  const shape = fullDocumentSchema.shape;
  const month = today.slice(0, 7);
  const lines = [
    '---',
    '# BẢN NHÁP: tên tệp bắt đầu bằng "_" nên văn bản chưa được đăng.',
    '# Nếu có bản văn bản dạng chữ (.txt), nên dùng lệnh nhập thay cho tệp này:',
    '#   npm run import -- content/sources/<tệp>.txt',
    `# Nếu nhập tay: điền mọi chỗ ghi "${placeholderMark}", rồi đổi tên tệp bỏ dấu "_"; lệnh`,
    '# npm run check:content sẽ cho biết tên tệp đúng (theo loại, số, cơ quan, ngày ban hành).',
    '',
    'status: full',
    ...comment(described(shape.kind)),
    'kind: plan',
    ...comment(`${described(shape.number)}: "33/KH-UBND", "42-KH/ĐU". Bỏ dấu # ở đầu dòng dưới.`),
    '# number: 12/KH-UBND',
    ...comment(`${described(shape.issuer)}: tên tệp trong content/organizations/, không có .json`),
    `issuer: ${placeholderIdMark}-id-co-quan-ban-hanh`,
    ...comment(described(shape.issued)),
    `issued: "${month}"`,
    ...comment(`${described(shape.place)}: "Quyết Thắng"`),
    `place: ${yamlText(mark('địa danh'))}`,
    ...comment(described(shape.title)),
    `title: ${yamlText(title)}`,
    ...comment(`${described(shape.implements)}. Mỗi id một dòng "- id".`),
    'implements: []',
    ...comment(`${described(shape.basedOn)}. Mỗi id một dòng "- id".`),
    'basedOn: []',
    '---',
    '',
    mark(
      'dán toàn văn kế hoạch ở đây: mục lớn viết "## I. …", mục nhỏ "### 1. …", ý gạch đầu dòng "- …".',
    ),
    '',
  ];
  return {
    kind: 'plan',
    path: `documents/_${slug}.md`,
    publishedPath: `documents/${slug}.md`,
    text: lines.join('\n'),
    nextSteps: [
      'Nếu có bản văn bản dạng chữ, dùng lệnh nhập: npm run import -- content/sources/<tệp>.txt (và xóa bản nháp này).',
      `Nếu nhập tay: điền mọi chỗ ghi "${placeholderMark}", thêm số ký hiệu, cơ quan ban hành (id), ngày ban hành.`,
      'Đổi tên tệp bỏ dấu "_" rồi chạy npm run check:content: lệnh sẽ cho biết tên tệp đúng nếu cần đổi.',
    ],
  };
}

function awardScaffold(title: string, today: string): Scaffold {
  const slug = titleSlug(title);
  const id = slug.startsWith('quyet-dinh') ? slug : `quyet-dinh-${slug}`;
  const decision = {
    illustrative: false,
    status: 'decided',
    issuer: `${placeholderIdMark}-id-co-quan-ban-hanh`,
    issued: today,
    title,
    basedOn: [],
    rewards: [],
    commendationType: 'merit',
    awardees: [
      {
        type: 'individual',
        name: mark('họ và tên'),
        position: mark('chức vụ khi được khen'),
        unit: mark('đơn vị khi được khen'),
        awardForm: `${placeholderIdMark}-id-hinh-thuc-khen-thuong`,
        achievement: mark('thành tích, đúng như quyết định ghi'),
      },
    ],
  };
  const shape = decidedDecisionSchema.shape;
  const fields = (['number', 'issuer', 'issued', 'title', 'rewards', 'commendationType'] as const)
    .map((key) => `${key}: ${described(shape[key])}`)
    .join('; ');
  return {
    kind: 'award',
    path: `award-decisions/_${id}.json`,
    publishedPath: `award-decisions/${id}.json`,
    text: `${JSON.stringify(decision, null, 2)}\n`,
    nextSteps: [
      `Tệp JSON không ghi được chú thích; ý nghĩa các trường: ${fields}. Xem thêm content/README.md.`,
      `Điền mọi chỗ ghi "${placeholderMark}" và "${placeholderIdMark}-…"; thêm "number": "12/QĐ-UBND" (số, ký hiệu như in); mỗi người được khen là một khối { … } trong "awardees".`,
      'Chỉ ghi họ tên, chức vụ, đơn vị, hình thức khen thưởng và thành tích như quyết định công bố: không ghi số CCCD, ngày sinh, số điện thoại, địa chỉ nhà.',
      'Đổi tên tệp bỏ dấu "_" rồi chạy npm run check:content: lệnh sẽ cho biết tên tệp đúng (theo số, cơ quan, ngày ban hành).',
    ],
  };
}

/**
 * A new draft entry, valid against its schema as written (so that it can be checked at once), with its
 * placeholders marked "CẦN ĐIỀN" / "can-dien-…" and a name starting with `_` so that it is not
 * published: once renamed, `npm run check:content` reports every placeholder left (checkPlaceholders),
 * missing photo and wrong file name.
 *
 * Stories and plans carry a Vietnamese comment on every field, taken from the schemas' own
 * descriptions; award decisions are JSON, which has no comments, so their guide is in `nextSteps`.
 *
 * @param kind exemplar, plan or award
 * @param title the name of the exemplar, or the title (trích yếu) of the plan or decision
 * @param today the ISO day to date the draft with
 * @throws {Error} when the title has no letter or digit to make a file name from
 */
export function scaffold(kind: ScaffoldKind, title: string, today: string): Scaffold {
  const clean = title.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (kind === 'exemplar') return exemplarScaffold(clean, today);
  if (kind === 'plan') return planScaffold(clean, today);
  return awardScaffold(clean, today);
}

/** The schema a scaffold's data must pass, for tests. */
export const scaffoldSchemas = {
  exemplar: exemplarFileSchema,
  plan: fullDocumentSchema,
  award: awardDecisionSchema,
} as const;
