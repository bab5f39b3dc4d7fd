import { readdirSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { checkMdx } from '../../../src/lib/mdxSafety/checkMdx';
import { exemplarFileSchema, type ExemplarInput } from '../../../src/schemas/exemplars';

/** A valid story's front matter; each test changes one thing. */
const valid = (): ExemplarInput => ({
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
});

const issues = (input: unknown) => {
  const result = exemplarFileSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

const withPeople = (people: 'none' | 'adults' | 'minors', extra: Partial<ExemplarInput> = {}) => {
  const input = valid();
  return { ...input, ...extra, cover: { ...input.cover, people } };
};

describe('consent of the people in the photos', () => {
  test('a photo without recognisable people needs no consent', () => {
    expect(issues(withPeople('none'))).toEqual([]);
  });

  test('a photo of a person without consent is refused, on the consent field', () => {
    expect(issues(withPeople('adults'))).toEqual([
      {
        path: 'consent',
        message: expect.stringContaining(
          'the cover shows people (cover.people: adults), so consent: true is required',
        ) as string,
      },
    ]);
  });

  test('the message says in Vietnamese what to do', () => {
    expect(issues(withPeople('adults'))[0]?.message).toContain(
      'chỉ đăng khi người trong ảnh đã đồng ý, rồi ghi consent: true',
    );
  });

  test('a photo of a person with consent passes', () => {
    expect(issues(withPeople('adults', { consent: true }))).toEqual([]);
  });

  test('a photo of a child with consent but without the guardian’s is refused', () => {
    expect(issues(withPeople('minors', { consent: true }))).toEqual([
      {
        path: 'guardianConsent',
        message: expect.stringContaining(
          'the cover shows children under 16 (cover.people: minors), so guardianConsent: true is required',
        ) as string,
      },
    ]);
  });

  test('a photo of a child without any consent gives both problems', () => {
    expect(issues(withPeople('minors')).map((i) => i.path)).toEqual(['consent', 'guardianConsent']);
  });

  test('a photo of a child with both consents passes', () => {
    expect(issues(withPeople('minors', { consent: true, guardianConsent: true }))).toEqual([]);
  });
});

describe('the cover photo', () => {
  const cover = (change: Record<string, unknown>) => {
    const input = valid();
    return { ...input, cover: { ...input.cover, ...change } };
  };

  test.each([
    ['the file name', 'lo-thi-mai.jpg', 'looks like a file name'],
    ['the file name without extension', 'lo thi mai', 'is the file name'],
    ['a camera name', 'IMG_2031', 'looks like a file name'],
    ['a word that says nothing', 'Ảnh', 'says nothing about the photo'],
    ['empty', '   ', 'the alt text is empty'],
  ])('an alt text that is %s is refused', (_what, alt, message) => {
    expect(issues(cover({ alt }))).toEqual([
      { path: 'cover.alt', message: expect.stringContaining(message) as string },
    ]);
  });

  test('a credit is required', () => {
    const input = valid();
    const cover: Record<string, unknown> = { ...input.cover };
    delete cover['credit'];
    expect(issues({ ...input, cover }).map((i) => i.path)).toEqual(['cover.credit']);
  });

  test.each(['https://example.vn/a.jpg', 'images/a.jpg', './images/a.gif', '../a.jpg'])(
    'the path %s is refused',
    (image) => {
      expect(issues(cover({ image })).map((i) => i.path)).toEqual(['cover.image']);
    },
  );
});

describe('other fields', () => {
  test('a summary over 300 characters is refused', () => {
    expect(issues({ ...valid(), summary: 'a'.repeat(301) }).map((i) => i.path)).toEqual([
      'summary',
    ]);
  });
  test('a phone number in the summary is refused', () => {
    expect(
      issues({ ...valid(), summary: 'Liên hệ chị Mai qua số 0912 345 678 để học cách làm.' }),
    ).toEqual([{ path: 'summary', message: expect.stringContaining('phone') as string }]);
  });
  test('a date that does not exist is refused', () => {
    expect(issues({ ...valid(), date: '2026-02-30' }).map((i) => i.path)).toEqual(['date']);
  });
  test('references are read as { collection, id }', () => {
    const parsed = exemplarFileSchema.parse({ ...valid(), documents: ['ke-hoach-mau'] });
    expect(parsed.documents).toEqual([{ collection: 'documents', id: 'ke-hoach-mau' }]);
    expect(parsed.illustrative).toBe(false);
  });
});

describe('the sample stories in content/exemplars/', () => {
  const folder = new URL('../../../content/exemplars/', import.meta.url);
  const files = readdirSync(folder).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
  const stories = files.map((file) => ({
    file,
    ...matter(readFileSync(new URL(file, folder), 'utf8')),
  }));

  test('there is one of each kind, all marked illustrative', () => {
    const data = stories.map((s) => exemplarFileSchema.parse(s.data));
    expect(new Set(data.map((d) => d.kind))).toEqual(
      new Set(['individual', 'collective', 'goodDeed', 'practice']),
    );
    expect(data.every((d) => d.illustrative)).toBe(true);
  });

  test.each(files)('%s passes the schema and the MDX check', (file) => {
    const story = stories.find((s) => s.file === file);
    expect(issues(story?.data)).toEqual([]);
    expect(checkMdx(story?.content ?? '').problems).toEqual([]);
  });
});
