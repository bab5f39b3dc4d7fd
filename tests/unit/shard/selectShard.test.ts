import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  knownProvinces,
  selectShard,
  selectEveryProvince,
  ShardSelectionError,
  type EntryKey,
} from '../../../src/lib/shard/selectShard';
import type { ContentSources, SourceFile } from '../../../src/lib/validation/contentSources';
import { readContentSources } from '../../../src/lib/validation/readContentSources';
import { validateContent } from '../../../src/lib/validation/validateContent';

const ids = (keys: readonly EntryKey[], collection: EntryKey['collection']): string[] =>
  keys.filter((k) => k.collection === collection).map((k) => k.id);

/** A small content set in memory: a central directive, a province carrying it out, a ward plan. */
function memoryContent(): ContentSources {
  const org = (id: string, data: Record<string, unknown>): SourceFile => ({
    collection: 'organizations',
    id,
    file: `content/organizations/${id}.json`,
    text: JSON.stringify({ name: id, ...data }),
  });
  const doc = (id: string, frontMatter: string, body = ''): SourceFile => ({
    collection: 'documents',
    id,
    file: `content/documents/${id}.md`,
    text: `---\n${frontMatter}\n---\n${body}`,
  });
  return {
    contentRoot: 'content',
    drafts: [],
    holidays: [{ name: '2025', file: 'content/holidays/2025.json', text: '{}' }],
    sources: [
      org('bo-chinh-tri', { level: 'central' }),
      org('tinh-uy-a', { level: 'province', province: 'Tỉnh Á' }),
      org('dang-uy-xa-b', { level: 'commune', province: 'Tỉnh Á', parent: 'tinh-uy-a' }),
      org('tinh-uy-c', { level: 'province', province: 'Tỉnh C' }),
      doc('chi-thi-1', 'issuer: bo-chinh-tri'),
      doc('ke-hoach-2', 'issuer: tinh-uy-a\nimplements:\n  - chi-thi-1\nsource: ke-hoach-2.txt'),
      doc('ke-hoach-3', 'issuer: dang-uy-xa-b\nimplements:\n  - ke-hoach-2'),
      doc('ke-hoach-4', 'issuer: tinh-uy-c\nimplements:\n  - chi-thi-1\n  - khong-co'),
      {
        collection: 'awardForms',
        id: 'bang-khen',
        file: 'content/award-forms/bang-khen.json',
        text: '{}',
      },
      {
        collection: 'awardDecisions',
        id: 'quyet-dinh-5',
        file: 'content/award-decisions/quyet-dinh-5.json',
        text: JSON.stringify({
          issuer: 'dang-uy-xa-b',
          awardees: [{ awardForm: 'bang-khen' }],
        }),
      },
      {
        collection: 'exemplars',
        id: 'guong-6',
        file: 'content/exemplars/guong-6.mdx',
        text: '---\norganization: tinh-uy-c\ncover:\n  image: ./images/anh-6.jpg\n---\n\n<AwardList decision="quyet-dinh-5" />\n',
      },
    ],
  };
}

describe('selecting a shard (in memory)', () => {
  test('a province owns its organizations and what they issue, and borrows what those refer to', () => {
    const shard = selectShard(memoryContent(), { provinces: ['tinh-a'] });
    expect(ids(shard.owned, 'organizations')).toEqual(['dang-uy-xa-b', 'tinh-uy-a']);
    expect(ids(shard.owned, 'documents')).toEqual(['ke-hoach-2', 'ke-hoach-3']);
    expect(ids(shard.owned, 'awardDecisions')).toEqual(['quyet-dinh-5']);
    expect(shard.borrowed).toEqual([
      { collection: 'documents', id: 'chi-thi-1' },
      { collection: 'organizations', id: 'bo-chinh-tri' },
    ]);
    expect(shard.files).toEqual([
      'award-decisions/quyet-dinh-5.json',
      'award-forms/bang-khen.json',
      'documents/chi-thi-1.md',
      'documents/ke-hoach-2.md',
      'documents/ke-hoach-3.md',
      'holidays/2025.json',
      'organizations/bo-chinh-tri.json',
      'organizations/dang-uy-xa-b.json',
      'organizations/tinh-uy-a.json',
      'sources/ke-hoach-2.txt',
    ]);
    expect(shard.name).toBe('Tỉnh Á');
  });

  test('references are followed transitively, also from a story to the award decisions it lists', () => {
    const shard = selectShard(memoryContent(), { provinces: ['tinh-c'] });
    expect(ids(shard.owned, 'exemplars')).toEqual(['guong-6']);
    // guong-6 → quyet-dinh-5 → its issuer dang-uy-xa-b → its parent tinh-uy-a.
    expect(shard.borrowed.map((k) => `${k.collection}/${k.id}`)).toEqual([
      'awardDecisions/quyet-dinh-5',
      'documents/chi-thi-1',
      'organizations/bo-chinh-tri',
      'organizations/dang-uy-xa-b',
      'organizations/tinh-uy-a',
    ]);
    expect(shard.files).toContain('exemplars/images/anh-6.jpg');
    // A reference to an entry the content lacks is left for validation to report.
    expect(shard.files.some((f) => f.includes('khong-co'))).toBe(false);
  });

  test('organizations can be chosen by id, and "trung-uong" selects the central ones', () => {
    const byId = selectShard(memoryContent(), { organizations: ['dang-uy-xa-b'] });
    expect(ids(byId.owned, 'organizations')).toEqual(['dang-uy-xa-b']);
    expect(ids(byId.borrowed, 'organizations')).toEqual(['bo-chinh-tri', 'tinh-uy-a']);
    expect(byId.name).toBe('dang-uy-xa-b');
    const central = selectShard(memoryContent(), { provinces: ['trung-uong'] });
    expect(central.owned.map((k) => k.id)).toEqual(['chi-thi-1', 'bo-chinh-tri']);
    expect(central.borrowed).toEqual([]);
    expect(central.name).toBe('Trung ương');
  });

  test('an unknown province lists the known ones; an unknown organization the nearest ids', () => {
    expect(() => selectShard(memoryContent(), { provinces: ['tinh-b'] })).toThrow(
      'unknown province "tinh-b" in SHARD_PROVINCES; the content has: tinh-a (Tỉnh Á), tinh-c (Tỉnh C), trung-uong (Trung ương).',
    );
    expect(() => selectShard(memoryContent(), { organizations: ['tinh-uy-b'] })).toThrow(
      /unknown organization in SHARD_ORGANIZATIONS: "tinh-uy-b" \(nearest: tinh-uy-a, tinh-uy-c/,
    );
    expect(() => selectShard(memoryContent(), {})).toThrow(ShardSelectionError);
  });
});

describe('one shard per province (selectEveryProvince)', () => {
  test('gives every province, the central organizations too, the shard selecting it alone gives', () => {
    const every = selectEveryProvince(memoryContent());
    expect(every.map((s) => s.province)).toEqual(['tinh-a', 'tinh-c', 'trung-uong']);
    for (const { province, selection } of every) {
      expect(selection).toEqual(selectShard(memoryContent(), { provinces: [province] }));
    }
  });
});

describe('the shipped content, one shard per province', () => {
  let content: Awaited<ReturnType<typeof readContentSources>>;
  const work: string[] = [];
  beforeAll(async () => {
    content = await readContentSources('content');
  });
  afterAll(async () => {
    await Promise.all(work.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  test('Gia Lai owns its two plans and borrows Chỉ thị 41-CT/TW and the Politburo, nothing of other provinces', () => {
    const shard = selectShard(content, { provinces: ['gia-lai'] });
    expect(ids(shard.owned, 'documents')).toEqual([
      'ke-hoach-25-kh-tu-ban-thuong-vu-tinh-uy-gia-lai-2025-12-05',
      'ke-hoach-42-kh-du-ban-thuong-vu-dang-uy-phuong-quy-nhon-tay',
    ]);
    expect(shard.borrowed).toEqual([
      { collection: 'documents', id: 'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26' },
      { collection: 'organizations', id: 'bo-chinh-tri' },
    ]);
    expect(shard.files.filter((f) => /lam-dong|thanh-hoa|bac-son/.test(f))).toEqual([]);
  });

  test('every province (and the central organizations) validates on its own with zero problems', async () => {
    const provinces = [...knownProvinces(content).keys()];
    expect(provinces).toEqual(expect.arrayContaining(['gia-lai', 'lam-dong', 'trung-uong']));
    for (const province of provinces) {
      const shard = selectShard(content, { provinces: [province] });
      const dir = await mkdtemp(join(tmpdir(), `shard-${province}-`));
      work.push(dir);
      for (const file of shard.files) {
        await mkdir(dirname(join(dir, file)), { recursive: true });
        await copyFile(join('content', file), join(dir, file));
      }
      const result = await validateContent(dir);
      expect(result.problems, province).toEqual([]);
      expect(result.counts.documents, province).toBeGreaterThan(0);
    }
  });
});
