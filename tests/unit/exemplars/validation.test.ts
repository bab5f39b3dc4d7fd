import { stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/lib/validation/validateContent';
import { validateSources } from '../../../src/lib/validation/validateSources';
import type { SourceFile } from '../../../src/lib/validation/contentSources';

const story = (data: Record<string, unknown>, body: string): string =>
  `---\n${stringify(data)}---\n\n${body}`;

const base = {
  kind: 'individual',
  name: 'Lò Thị Mai',
  place: { commune: 'Phường Quyết Thắng', province: 'Lai Châu' },
  summary: 'Chị Mai vận động các hộ trong bản cùng giữ đường bản sạch đẹp mỗi tuần.',
  date: '2026-03-02',
  cover: {
    image: './images/lo-thi-mai.jpg',
    alt: 'Chị Mai cùng hai người hàng xóm quét đường bản buổi sáng',
    credit: 'Ảnh: Hội LHPN phường',
    people: 'none',
  },
};

/** The 1-based line of the file that starts with `start`. */
const lineOf = (text: string, start: string): number =>
  text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

const source = (text: string, id = 'lo-thi-mai'): SourceFile => ({
  collection: 'exemplars',
  id,
  file: `content/exemplars/${id}.mdx`,
  text,
});

const run = (text: string, sizes: Record<string, number> = {}) =>
  validateSources(
    { contentRoot: 'content', sources: [source(text)], drafts: [] },
    {
      today: new Date('2026-11-21'),
      fileSize: (file) => sizes[file] ?? (file.endsWith('lo-thi-mai.jpg') ? 1000 : null),
    },
  );

describe('the validation pass on stories', () => {
  test('a valid story gives no problem and is counted', () => {
    const result = run(story(base, 'Chị Mai là chi hội trưởng.\n'));
    expect(result.problems).toEqual([]);
    expect(result.counts.exemplars).toBe(1);
  });

  test('unsafe MDX is reported with the file, the line in the file and the allowed components', () => {
    const text = story(base, 'Chữ.\n\n<iframe src="https://example.vn"></iframe>\n');
    const expectedLine = lineOf(text, '<iframe');
    const [problem] = run(text).problems;
    expect(problem).toMatchObject({
      file: 'content/exemplars/lo-thi-mai.mdx',
      field: 'body',
      line: expectedLine,
      check: 'mdx',
    });
    expect(problem?.message).toContain('Figure, Gallery, Quote, AwardList');
  });

  test('an AwardList naming no decision is a broken reference', () => {
    const text = story(base, '<AwardList decision="quyet-dinh-khong-co" />\n');
    const line = lineOf(text, '<AwardList');
    expect(run(text).problems).toEqual([
      expect.objectContaining({
        check: 'reference',
        line,
        message: `<AwardList decision="quyet-dinh-khong-co"> on line ${line}: no award decision "quyet-dinh-khong-co".`,
      }),
    ]);
  });

  test('a missing cover photo is reported with the path to save it at', () => {
    const problems = run(
      story({ ...base, cover: { ...base.cover, image: './images/khac.jpg' } }, 'Chữ.\n'),
    ).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'cover.image',
        check: 'image',
        message:
          'the photo ./images/khac.jpg does not exist: there is no file content/exemplars/images/khac.jpg.',
      }),
    ]);
  });

  test('a photo over 5 MB is reported', () => {
    const problems = run(story(base, 'Chữ.\n'), {
      'content/exemplars/images/lo-thi-mai.jpg': 8 * 1024 * 1024,
    }).problems;
    expect(problems.map((p) => p.message)).toEqual([
      'the photo content/exemplars/images/lo-thi-mai.jpg is 8.0 MB; photos must be at most 5 MB.',
    ]);
  });

  test('a layout field is refused: it would load code', () => {
    const problems = run(story({ ...base, layout: '../../src/x.astro' }, 'Chữ.\n')).problems;
    expect(problems.map((p) => p.check).sort()).toEqual(['mdx', 'unknownField']);
  });

  test('a placeholder left by npm run new is reported once published', () => {
    const problems = run(
      story({ ...base, unit: 'CẦN ĐIỀN: đơn vị' }, 'CẦN ĐIỀN: đoạn mở đầu\n'),
    ).problems;
    expect(problems.map((p) => [p.field, p.check])).toEqual([
      ['unit', 'placeholder'],
      ['body', 'placeholder'],
    ]);
  });

  test('a phone number in the story is personal data', () => {
    const text = story(base, 'Gọi chị Mai: 0912 345 678.\n');
    const line = lineOf(text, 'Gọi chị Mai');
    expect(run(text).problems).toEqual([
      expect.objectContaining({
        check: 'personalData',
        vi: `Lỗi: dòng ${line} có thông tin cá nhân không được công bố.`,
      }),
    ]);
  });

  test('references to plans, decisions and organizations are checked like any other', () => {
    const problems = run(
      story(
        { ...base, documents: ['ke-hoach-khong-co'], awardDecisions: ['quyet-dinh-khong-co'] },
        'Chữ.\n',
      ),
    ).problems;
    expect(problems.map((p) => p.field)).toEqual(['awardDecisions.0', 'documents.0']);
  });
});

describe('the shipped content', () => {
  test('every story in content/exemplars/ passes every check', async () => {
    const result = await validateContent('content');
    expect(result.problems.filter((p) => p.file.startsWith('content/exemplars/'))).toEqual([]);
    expect(result.counts.exemplars).toBeGreaterThanOrEqual(4);
  });
});
