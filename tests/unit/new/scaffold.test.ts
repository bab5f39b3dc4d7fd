import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkMdx } from '../../../src/lib/mdxSafety/checkMdx';
import { scaffold, scaffoldKindAliases, scaffoldSchemas } from '../../../src/lib/new/scaffold';
import { writeScaffold } from '../../../src/lib/new/writeScaffold';
import { checkPlaceholders } from '../../../src/lib/validation/checkPlaceholders';
import { parseSource } from '../../../src/lib/validation/parseSource';

const today = '2026-11-21';

describe('a new story (npm run new -- exemplar "…")', () => {
  const draft = scaffold('exemplar', 'Nguyễn Thị Mai', today);
  const { data, content } = matter(draft.text);

  test('is a draft named after the ASCII slug of the name', () => {
    expect(draft.path).toBe('exemplars/_nguyen-thi-mai.mdx');
    expect(draft.publishedPath).toBe('exemplars/nguyen-thi-mai.mdx');
  });
  test('passes the schema as written', () => {
    expect(scaffoldSchemas.exemplar.safeParse(data).error?.issues ?? []).toEqual([]);
  });
  test('is safe MDX as written', () => {
    expect(checkMdx(content).problems).toEqual([]);
  });
  test('explains every field in Vietnamese, from the schema', () => {
    expect(draft.text).toContain('# Mô tả ảnh cho người không nhìn thấy ảnh (alt)');
    expect(draft.text).toContain('# Người trong ảnh: none (không nhận ra ai)');
  });
  test('marks what is still to write, so that publishing it early fails', () => {
    const entry = parseSource({
      collection: 'exemplars',
      id: 'nguyen-thi-mai',
      file: 'content/exemplars/nguyen-thi-mai.mdx',
      text: draft.text,
    }).entry;
    const fields = checkPlaceholders(entry).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'summary',
        'cover.alt',
        'cover.credit',
        'place.commune',
        'documents.0',
        'body',
      ]),
    );
  });
});

describe('a new plan (npm run new -- plan "…")', () => {
  const draft = scaffold('plan', 'Công tác thi đua, khen thưởng năm 2027', today);
  test('passes the schema of a full document as written', () => {
    const { data } = matter(draft.text);
    expect(scaffoldSchemas.plan.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(draft.path).toBe('documents/_ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2027.md');
  });
});

describe('a new award decision (npm run new -- award "…")', () => {
  const draft = scaffold('award', 'Về việc tặng Giấy khen cho tập thể Tổ dân phố số 3', today);
  test('is JSON that passes the schema as written', () => {
    const data: unknown = JSON.parse(draft.text);
    expect(scaffoldSchemas.award.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(draft.path).toBe('award-decisions/_quyet-dinh-ve-viec-tang-giay-khen-cho-tap-the.json');
  });
  test('explains its fields in the next steps (JSON has no comments)', () => {
    expect(draft.nextSteps[0]).toContain('issuer: Cơ quan ban hành (id)');
  });
});

test('editors may name the kind in Vietnamese', () => {
  expect(scaffoldKindAliases['dien-hinh']).toBe('exemplar');
  expect(scaffoldKindAliases['ke-hoach']).toBe('plan');
  expect(scaffoldKindAliases['khen-thuong']).toBe('award');
});

describe('writing the draft', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'new-entry-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('creates the file and says where', async () => {
    const outcome = await writeScaffold(dir, 'exemplar', 'Lò Thị Mai', today);
    expect(outcome).toMatchObject({ written: true, file: join(dir, 'exemplars/_lo-thi-mai.mdx') });
    expect(await readFile(join(dir, 'exemplars/_lo-thi-mai.mdx'), 'utf8')).toContain(
      'name: Lò Thị Mai',
    );
  });

  test('refuses to overwrite the draft', async () => {
    const file = join(dir, 'exemplars/_lo-thi-mai.mdx');
    await writeFile(file, 'đã sửa');
    const outcome = await writeScaffold(dir, 'exemplar', 'Lò Thị Mai', today);
    expect(outcome).toMatchObject({ written: false, file });
    expect(await readFile(file, 'utf8')).toBe('đã sửa');
  });

  test('refuses when the story is already published', async () => {
    await mkdir(join(dir, 'exemplars'), { recursive: true });
    await writeFile(join(dir, 'exemplars/nguyen-van-hau.mdx'), 'đã đăng');
    const outcome = await writeScaffold(dir, 'exemplar', 'Nguyễn Văn Hậu', today);
    expect(outcome.written).toBe(false);
    if (!outcome.written) expect(outcome.reason).toContain('lệnh không ghi đè');
  });
});
