import { stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { validateSources } from '../../../src/lib/validation/validateSources';
import { today } from './sources';

/**
 * Personal data that a story would publish outside its running text: the cover photo's description
 * and credit, and what its components show (caption, credit, by, role, title). Also the messages for
 * cover photo paths that leave the story's folder.
 */
const cover = {
  image: './images/lo-thi-mai.jpg',
  alt: 'Chị Mai cùng hai người hàng xóm quét đường bản buổi sáng',
  credit: 'Ảnh: Hội LHPN phường',
  people: 'none',
};
const front = {
  kind: 'individual',
  name: 'Lò Thị Mai',
  place: { commune: 'Phường Quyết Thắng', province: 'Lai Châu' },
  summary: 'Chị Mai vận động các hộ trong bản cùng giữ đường bản sạch đẹp mỗi tuần.',
  date: '2026-03-02',
  cover,
};

const run = (data: Record<string, unknown>, body = 'Chị Mai là chi hội trưởng.\n') =>
  validateSources(
    {
      contentRoot: 'content',
      sources: [
        {
          collection: 'exemplars',
          id: 'lo-thi-mai',
          file: 'content/exemplars/lo-thi-mai.mdx',
          text: `---\n${stringify(data)}---\n\n${body}`,
        },
      ],
      drafts: [],
    },
    { today, fileSize: (file) => (file.endsWith('/lo-thi-mai.jpg') ? 1000 : null) },
  ).problems;

describe('personal data in what a story shows besides its text', () => {
  test.each([
    ['cover.alt', { ...cover, alt: 'Chị Mai, số điện thoại 0912 345 678, quét đường' }, 'phone'],
    ['cover.credit', { ...cover, credit: 'Ảnh: Nguyễn Văn A, anguyen@gmail.com' }, 'e-mail'],
  ])('%s is refused', (field, changed, kind) => {
    const problems = run({ ...front, cover: changed });
    expect(problems.map((p) => [p.field, p.check])).toEqual([[field, 'schema']]);
    expect(problems[0]?.message).toContain(kind);
  });

  test.each([
    ['<Quote by="Chị Mai" role="Chi hội trưởng, ĐT 0912345678">', 'phone number'],
    ['<Quote by="Chị Mai, CCCD 012345678901">', 'citizen ID'],
  ])('a component prop: %s', (tag, kind) => {
    const body = `Chữ.\n\n${tag}\n  Rác mình thải ra thì mình lo.\n</Quote>\n`;
    const line = `---\n${stringify(front)}---\n\n${body}`.split('\n').indexOf(tag) + 1;
    const problems = run(front, body);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'body', line, check: 'personalData' }),
    ]);
    expect(problems[0]?.message).toContain(kind);
  });

  test('the id of an AwardList is not read as personal data', () => {
    const problems = run(front, 'Chữ.\n\n<AwardList decision="quyet-dinh-123456789-qd-ubnd" />\n');
    expect(problems.map((p) => p.check)).toEqual(['reference']);
  });
});

describe('cover photo paths that leave the story folder', () => {
  test.each([
    ['../../../etc/passwd'],
    ['./images/../../x.jpg'],
    ['/etc/ssl/private/key.jpg'],
    ['https://example.com/anh.jpg'],
    ['file:///etc/x.jpg'],
  ])('%s: the message names ".." and web addresses, the fix says what to write', (image) => {
    const problems = run({ ...front, cover: { ...cover, image } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'cover.image', check: 'schema' });
    expect(problems[0]?.message).toContain('no web addresses, no absolute paths, no "..")');
    expect(problems[0]?.fix).toBe(
      'save the photo in the folder images/ next to the story and write cover.image: ./images/<file name>.jpg (lower-case letters, digits and hyphens; no web address, no "..", no folder outside the story\'s).',
    );
  });
});
