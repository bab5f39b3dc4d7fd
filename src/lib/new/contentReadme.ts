import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { awardDecisionSchema } from '../../schemas/awardDecisions';
import { fullDocumentSchema } from '../../schemas/documents';
import { exemplarFileSchema } from '../../schemas/exemplars';
import { allowedComponents } from '../mdxSafety/allowedComponents';
import { schemaFields } from '../openData/schemaFields';
import { validateSources } from '../validation/validateSources';
import type { Problem, ProblemCheck } from '../validation/problem';

/**
 * The parts of content/README.md that are generated from the code, so that the guide cannot drift from
 * what is validated: the field tables (from the schemas' own descriptions), the allowed components of
 * stories, and the errors editors may meet (produced by running the validation pass on examples).
 * Each part sits between `<!-- BẮT ĐẦU TỰ ĐỘNG: <name> -->` and `<!-- KẾT THÚC TỰ ĐỘNG: <name> -->`;
 * tests/unit/exemplars/contentReadme.test.ts fails when the README differs and rewrites it with
 * `UPDATE_README=1`.
 */

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** A Markdown table of a schema's fields: path, required, type, meaning (the `.describe()` text). */
export function fieldTable(schema: z.ZodType): string {
  const rows = schemaFields(schema, 'input').map((f) => {
    const when = f.when === null ? '' : ` (khi ${f.when})`;
    const required = f.required ? 'bắt buộc' : 'không bắt buộc';
    return `| \`${f.path}\`${when} | ${required} | ${cell(f.type)} | ${cell(f.description ?? '')} |`;
  });
  return ['| Trường | | Kiểu | Ý nghĩa |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The allowed components of stories: what each shows, its props, an example. */
export function componentGuide(): string {
  return allowedComponents
    .map((c) => {
      const props = c.props
        .map(
          (p) =>
            `- \`${p.name}="…"\` (${p.required ? 'bắt buộc' : 'không bắt buộc'}): ${p.description}`,
        )
        .join('\n');
      return [`### ${c.name}`, '', c.description, '', props, '', '```mdx', c.example, '```'].join(
        '\n',
      );
    })
    .join('\n\n');
}

/** A valid story, as data and body, that each error example breaks in one way. */
function baseStory(): { data: Record<string, unknown>; body: string } {
  return {
    data: {
      kind: 'individual',
      name: 'Lò Thị Mai',
      place: { commune: 'Phường Quyết Thắng', province: 'Lai Châu' },
      summary: 'Chị Mai vận động các hộ trong bản cùng giữ đường bản sạch đẹp mỗi tuần.',
      date: '2026-03-02',
      cover: {
        image: './images/lo-thi-mai.jpg',
        alt: 'Chị Mai cùng hai người hàng xóm quét đường bản buổi sáng',
        credit: 'Ảnh: Hội LHPN phường',
        people: 'adults',
      },
      consent: true,
    },
    body: 'Chị Mai là chi hội trưởng.\n\n## Cách làm\n\nMỗi sáng Chủ nhật, cả bản cùng quét dọn.\n',
  };
}

/** One error an editor may meet: how it is caused, and how to fix it in Vietnamese. */
interface ErrorExample {
  /** A short Vietnamese title. */
  readonly title: string;
  /** What the editor wrote, shown as an example. */
  readonly wrote: string;
  /** How to fix it, in Vietnamese. */
  readonly fix: string;
  /** The check that reports it. */
  readonly check: ProblemCheck;
  /** Changes the base story (data and body) into the faulty one; may rename the file. */
  readonly make: (story: { data: Record<string, unknown>; body: string }) => {
    data: Record<string, unknown>;
    body: string;
    id?: string;
  };
}

const without = (data: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));

const withCover = (data: Record<string, unknown>, cover: Record<string, unknown>) => ({
  ...data,
  cover: { ...(data['cover'] as Record<string, unknown>), ...cover },
});

const errorExamples: readonly ErrorExample[] = [
  {
    title: 'Thiếu trường bắt buộc',
    wrote: 'bỏ quên dòng summary: …',
    fix: 'Thêm trường còn thiếu (xem bảng trường ở trên).',
    check: 'schema',
    make: ({ data, body }) => ({ data: without(data, 'summary'), body }),
  },
  {
    title: 'Ngày không có thật',
    wrote: 'date: 2026-02-30',
    fix: 'Viết ngày có thật theo dạng năm-tháng-ngày: 2026-02-28.',
    check: 'schema',
    make: ({ data, body }) => ({ data: { ...data, date: '2026-02-30' }, body }),
  },
  {
    title: 'Tên trường viết sai',
    wrote: 'sumary: … (thiếu chữ m)',
    fix: 'Sửa tên trường cho đúng; trang bỏ qua các trường nó không biết.',
    check: 'unknownField',
    make: ({ data, body }) => ({ data: { ...data, sumary: 'Tóm tắt' }, body }),
  },
  {
    title: 'Ảnh có người nhưng chưa có sự đồng ý',
    wrote: 'cover.people: adults, không có consent: true',
    fix: 'Chỉ đăng ảnh có người khi họ đã đồng ý, rồi ghi consent: true. Nếu chưa hỏi được, hãy dùng ảnh khác.',
    check: 'schema',
    make: ({ data, body }) => ({ data: without(data, 'consent'), body }),
  },
  {
    title: 'Ảnh có trẻ em nhưng chưa có sự đồng ý của cha mẹ',
    wrote: 'cover.people: minors, không có guardianConsent: true',
    fix: 'Hỏi cha, mẹ hoặc người giám hộ của từng em; khi đã đồng ý, ghi guardianConsent: true.',
    check: 'schema',
    make: ({ data, body }) => ({ data: withCover(data, { people: 'minors' }), body }),
  },
  {
    title: 'Mô tả ảnh là tên tệp',
    wrote: 'cover.alt: lo-thi-mai.jpg',
    fix: 'Viết một câu nói ảnh có gì: ai, đang làm gì, ở đâu.',
    check: 'schema',
    make: ({ data, body }) => ({ data: withCover(data, { alt: 'lo-thi-mai.jpg' }), body }),
  },
  {
    title: 'Ảnh lấy từ trang web khác',
    wrote: 'cover.image: https://…/anh.jpg',
    fix: 'Tải ảnh về (khi được phép), lưu vào content/exemplars/images/ rồi ghi ./images/<tên tệp>.',
    check: 'schema',
    make: ({ data, body }) => ({
      data: withCover(data, { image: 'https://example.vn/anh.jpg' }),
      body,
    }),
  },
  {
    title: 'Không tìm thấy tệp ảnh',
    wrote: 'cover.image: ./images/lo-thi-mai.jpg nhưng chưa lưu ảnh',
    fix: 'Lưu ảnh vào content/exemplars/images/ đúng tên đã ghi (chữ thường, đúng đuôi .jpg hoặc .png).',
    check: 'image',
    make: (story) => story,
  },
  {
    title: 'Id không tồn tại',
    wrote: 'documents: - ke-hoach-khong-co',
    fix: 'Chép đúng tên tệp (không có đuôi) trong content/documents/, content/award-decisions/ hoặc content/organizations/; thông báo gợi ý các id gần nhất.',
    check: 'reference',
    make: ({ data, body }) => ({ data: { ...data, documents: ['ke-hoach-khong-co'] }, body }),
  },
  {
    title: 'Còn chỗ chưa điền',
    wrote: 'unit: "CẦN ĐIỀN: đơn vị"',
    fix: 'Thay chữ "CẦN ĐIỀN: …" bằng nội dung thật, hoặc xóa dòng nếu trường không bắt buộc.',
    check: 'placeholder',
    make: ({ data, body }) => ({ data: { ...data, unit: 'CẦN ĐIỀN: đơn vị' }, body }),
  },
  {
    title: 'Tên tệp có dấu hoặc khoảng trắng',
    wrote: 'content/exemplars/Lò Thị Mai.mdx',
    fix: 'Đặt tên tệp bằng chữ thường không dấu, nối bằng dấu gạch ngang: lo-thi-mai.mdx (npm run new làm việc này).',
    check: 'fileName',
    make: (story) => ({ ...story, id: 'Lò Thị Mai' }),
  },
  {
    title: 'Dùng lệnh import hoặc export',
    wrote: "import Anh from './anh.astro'",
    fix: 'Xóa dòng đó: các thành phần Figure, Gallery, Quote, AwardList dùng được ngay, không cần import.',
    check: 'mdx',
    make: ({ data, body }) => ({ data, body: `import Anh from './anh.astro'\n\n${body}` }),
  },
  {
    title: 'Dấu ngoặc nhọn { }',
    wrote: 'Năm {2026}',
    fix: 'Bỏ dấu ngoặc nhọn. Nếu cần viết dấu { như chữ thường, viết \\{. Ghi chú cho biên tập viên viết là {/* ghi chú */}.',
    check: 'mdx',
    make: ({ data, body }) => ({ data, body: `${body}\nNăm {2026} là năm thứ hai.\n` }),
  },
  {
    title: 'Thành phần không được phép',
    wrote: '<Video src="…" />',
    fix: 'Chỉ dùng Figure, Gallery, Quote, AwardList (xem mục Thành phần dùng trong bài).',
    check: 'mdx',
    make: ({ data, body }) => ({ data, body: `${body}\n<Video src="clip.mp4" />\n` }),
  },
  {
    title: 'Thẻ HTML',
    wrote: '<iframe …>, <script>, <img …>, <br>',
    fix: 'Xóa thẻ HTML. Ảnh viết bằng ![mô tả](./images/ten-anh.jpg) trong <Figure>; xuống dòng bằng một dòng trống.',
    check: 'mdx',
    make: ({ data, body }) => ({
      data,
      body: `${body}\n<iframe src="https://example.vn"></iframe>\n`,
    }),
  },
  {
    title: 'Thuộc tính viết bằng { }',
    wrote: '<Figure caption={tieuDe} …>',
    fix: 'Viết mọi thuộc tính bằng chữ trong ngoặc kép: caption="…".',
    check: 'mdx',
    make: ({ data, body }) => ({
      data,
      body: `${body}\n<Figure caption={tieuDe} credit="Ảnh: A">\n  ![Chị Mai quét đường bản](./images/lo-thi-mai.jpg)\n</Figure>\n`,
    }),
  },
  {
    title: 'Thiếu thuộc tính bắt buộc',
    wrote: '<Figure caption="…"> (thiếu credit)',
    fix: 'Thêm thuộc tính còn thiếu, ví dụ credit="Ảnh: Nguyễn Văn A".',
    check: 'mdx',
    make: ({ data, body }) => ({
      data,
      body: `${body}\n<Figure caption="Buổi sáng">\n  ![Chị Mai quét đường bản](./images/lo-thi-mai.jpg)\n</Figure>\n`,
    }),
  },
  {
    title: 'Ảnh nằm ngoài Figure hoặc Gallery',
    wrote: '![Chị Mai quét đường](./images/lo-thi-mai.jpg) đứng riêng',
    fix: 'Đặt ảnh giữa <Figure caption="…" credit="…"> và </Figure> để ảnh có chú thích và tác giả.',
    check: 'mdx',
    make: ({ data, body }) => ({
      data,
      body: `${body}\n![Chị Mai quét đường bản](./images/lo-thi-mai.jpg)\n`,
    }),
  },
  {
    title: 'Thẻ chưa đóng',
    wrote: '<Quote by="…"> mà không có </Quote>',
    fix: 'Đóng mọi thành phần: <Quote …> … </Quote>, hoặc viết <AwardList … /> có "/>" ở cuối.',
    check: 'mdx',
    make: ({ data, body }) => ({
      data,
      body: `${body}\n<Quote by="Chị Mai">\n\nMình làm trước.\n`,
    }),
  },
  {
    title: 'Tiêu đề cấp 1',
    wrote: '# Câu chuyện',
    fix: 'Tiêu đề trong bài bắt đầu bằng "## " (tên điển hình đã là tiêu đề của trang).',
    check: 'mdx',
    make: ({ data, body }) => ({ data, body: `# Câu chuyện\n\n${body}` }),
  },
  {
    title: 'Thông tin cá nhân trong bài',
    wrote: 'Gọi chị Mai: 0912 345 678',
    fix: 'Xóa số điện thoại, số CCCD, ngày sinh, thư điện tử, số nhà. Chỉ ghi tên, đơn vị, thôn, xã.',
    check: 'personalData',
    make: ({ data, body }) => ({ data, body: `${body}\nGọi chị Mai: 0912 345 678.\n` }),
  },
];

/** The problems the validation pass reports for one faulty story, in memory. */
function problemsOf(example: ErrorExample): Problem[] {
  const story = example.make(baseStory());
  const id = story.id ?? 'lo-thi-mai';
  const file = `content/exemplars/${id}.mdx`;
  const text = `---\n${stringify(story.data)}---\n\n${story.body}`;
  const result = validateSources(
    { contentRoot: 'content', sources: [{ collection: 'exemplars', id, file, text }], drafts: [] },
    {
      today: new Date('2026-11-21'),
      fileSize: (path) => (example.check === 'image' ? null : path.length),
    },
  );
  return result.problems.filter((p) => p.check === example.check);
}

/**
 * The error catalogue: for each example, the Vietnamese line, the message and the fix exactly as the
 * validation pass prints them, and how to fix it in Vietnamese.
 *
 * @throws {Error} when an example no longer produces its problem (the catalogue would be out of date)
 */
export function errorCatalogue(): string {
  return errorExamples
    .map((example) => {
      const problem = problemsOf(example)[0];
      if (problem === undefined) {
        throw new Error(
          `The README error example "${example.title}" no longer produces a "${example.check}" problem.`,
        );
      }
      const where =
        problem.line === undefined ? problem.field : `dòng ${problem.line}, ${problem.field}`;
      return [
        `### ${example.title}`,
        '',
        `Ví dụ: ${example.wrote}`,
        '',
        '```text',
        problem.vi,
        `✗ ${where}: ${problem.message}`,
        `Fix: ${problem.fix}`,
        '```',
        '',
        `**Cách sửa:** ${example.fix}`,
      ].join('\n');
    })
    .join('\n\n');
}

/** Every generated section of content/README.md by name. */
export function generatedSections(): Record<string, string> {
  return {
    'truong-dien-hinh': fieldTable(exemplarFileSchema),
    'thanh-phan': componentGuide(),
    'truong-quyet-dinh': fieldTable(awardDecisionSchema),
    'truong-ke-hoach': fieldTable(fullDocumentSchema),
    'loi-thuong-gap': errorCatalogue(),
  };
}

const begin = (name: string): string => `<!-- BẮT ĐẦU TỰ ĐỘNG: ${name} -->`;
const end = (name: string): string => `<!-- KẾT THÚC TỰ ĐỘNG: ${name} -->`;

/**
 * The README with every generated section replaced by its current text.
 *
 * @returns the new text, and the names of sections whose markers are missing
 */
export function applyGeneratedSections(
  readme: string,
  sections: Readonly<Record<string, string>>,
): { text: string; missing: string[] } {
  let text = readme;
  const missing: string[] = [];
  for (const [name, body] of Object.entries(sections)) {
    const start = text.indexOf(begin(name));
    const stop = text.indexOf(end(name));
    if (start < 0 || stop < start) {
      missing.push(name);
      continue;
    }
    const note =
      '<!-- Phần này được tạo từ mã nguồn; không sửa tay. Cập nhật: UPDATE_README=1 npx vitest run tests/unit/exemplars/contentReadme.test.ts -->';
    text = `${text.slice(0, start)}${begin(name)}\n${note}\n\n${body}\n\n${text.slice(stop)}`;
  }
  return { text, missing };
}
