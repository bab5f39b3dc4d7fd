import { mkdtemp, readFile, readdir, rm, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runImport } from '../../../src/lib/importer/runImport';
import { overridesDir, seedFiles, sourcesDir } from './seedImport';

const seedPaths = seedFiles.map((name) => join(sourcesDir, name));
let out: string;

beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'importer-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Every file under the content folder, path → text. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), await readFile(path, 'utf8'));
  }
  return files;
}

const importInto = (
  files: readonly string[],
  options: { dryRun?: boolean; overrides?: string } = {},
) =>
  runImport({
    files,
    outDir: out,
    overridesDir: options.overrides ?? overridesDir,
    dryRun: options.dryRun ?? false,
  });

/** A plan of the Ban Thường vụ Tỉnh ủy Gia Lai, standing in for the text of Kế hoạch 25-KH/TU. */
const giaLaiPlan = [
  'Số 25-KH/TU',
  'Gia Lai, ngày 05 tháng 12 năm 2025',
  'KẾ HOẠCH',
  'thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới',
  '',
  'Thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng, Ban Thường vụ Tỉnh ủy Gia Lai ban hành Kế hoạch như sau:',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '',
  '1. Quán triệt Chỉ thị số 41-CT/TW trong toàn Đảng bộ tỉnh.',
  '',
  'Nơi nhận:',
  '- Ban Bí thư (b/c),',
  '- Lưu VT.',
  '',
  'T/M BAN THƯỜNG VỤ',
  'BÍ THƯ',
  'Nguyễn Văn An',
].join('\n');

describe('importing into a content folder', () => {
  test('writes the plans, stubs, organizations and copies of the sources', async () => {
    const outcome = await importInto(seedPaths);
    expect(outcome.problems).toEqual([]);
    const files = [...(await snapshot(out)).keys()];
    expect([
      files.filter((f) => f.startsWith('documents/')).length,
      files.filter((f) => f.startsWith('organizations/')).length,
      files.filter((f) => f.startsWith('sources/')).length,
    ]).toEqual([26, 25, 5]);
  });

  test('a second import of the same texts gives byte-identical files and writes nothing', async () => {
    await importInto(seedPaths);
    const before = await snapshot(out);
    const again = await importInto(seedPaths);
    expect([again.written, await snapshot(out)]).toEqual([[], before]);
  });

  test('importing the seeds one by one gives the same files as importing them together', async () => {
    await importInto(seedPaths);
    const together = await snapshot(out);
    await rm(out, { recursive: true, force: true });
    for (const path of seedPaths) await importInto([path]);
    expect(await snapshot(out)).toEqual(together);
  });

  test('a stub shared by several plans is written once', async () => {
    const outcome = await importInto(seedPaths);
    expect(
      outcome.written.filter((p) => p === 'documents/chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26.md'),
    ).toHaveLength(1);
  });

  test('importing one plan reuses the organizations and stubs already there', async () => {
    await importInto(seedPaths.slice(0, 1));
    const outcome = await importInto(seedPaths.slice(3, 4));
    expect(outcome.written).not.toContain('organizations/bo-chinh-tri.json');
  });

  test('a dry run writes nothing', async () => {
    const outcome = await importInto(seedPaths, { dryRun: true });
    expect([outcome.written.length > 0, await readdir(out)]).toEqual([true, []]);
  });
});

describe('stubs and full documents', () => {
  test('importing a plan whose stub exists replaces the stub under the same id', async () => {
    await importInto(seedPaths.slice(0, 1));
    const path = join(out, 'plan-25.txt');
    await writeFile(path, giaLaiPlan);
    const outcome = await importInto([path]);
    expect([outcome.problems, outcome.result?.reports[0]?.id]).toEqual([
      [],
      'ke-hoach-25-kh-tu-ban-thuong-vu-tinh-uy-gia-lai-2025-12-05',
    ]);
  });

  test('the replaced stub is now a full document', async () => {
    await importInto(seedPaths.slice(0, 1));
    const path = join(out, 'plan-25.txt');
    await writeFile(path, giaLaiPlan);
    await importInto([path]);
    const text = await readFile(
      join(out, 'documents/ke-hoach-25-kh-tu-ban-thuong-vu-tinh-uy-gia-lai-2025-12-05.md'),
      'utf8',
    );
    expect(text).toMatch(/^---\nstatus: full\n/u);
  });

  test('a full document is never turned back into a stub by a plan that cites it', async () => {
    const path = join(out, 'plan-25.txt');
    await writeFile(path, giaLaiPlan);
    await importInto([path]);
    const outcome = await importInto(seedPaths.slice(0, 1));
    expect(outcome.written).not.toContain(
      'documents/ke-hoach-25-kh-tu-ban-thuong-vu-tinh-uy-gia-lai-2025-12-05.md',
    );
  });

  test('a text imported from elsewhere is copied to sources/', async () => {
    const path = join(out, 'plan-25.txt');
    await writeFile(path, giaLaiPlan);
    await importInto([path]);
    expect(await readFile(join(out, 'sources/plan-25.txt'), 'utf8')).toBe(giaLaiPlan);
  });
});

describe('all or nothing', () => {
  test('a bad override file stops the import and writes nothing', async () => {
    const overrides = join(out, 'overrides');
    await mkdir(overrides);
    await cp(overridesDir, overrides, { recursive: true });
    await writeFile(join(overrides, '003_aae8b3caacfcac39.yaml'), 'province: Lâm Đồng\n');
    const outcome = await importInto(seedPaths, { overrides });
    expect([outcome.problems.map((p) => [p.file, p.field]), (await readdir(out)).sort()]).toEqual([
      [['overrides/003_aae8b3caacfcac39.yaml', 'province']],
      ['overrides'],
    ]);
  });

  test('an override that matches no citation stops the import', async () => {
    const overrides = join(out, 'overrides');
    await mkdir(overrides);
    await writeFile(
      join(overrides, '002_6d63e611e3fe6721.yaml'),
      'citations:\n  - match: { number: 99-CT/TW }\n    title: { value: về việc khác, reason: Thử một trích dẫn không có. }\n',
    );
    const outcome = await importInto(seedPaths.slice(2, 3), { overrides });
    expect(outcome.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('matches no citation in the text') as unknown,
    ]);
  });

  test('a text that is not a plan is reported with its file name', async () => {
    const path = join(out, 'notes.txt');
    await writeFile(path, 'Ghi chú cuộc họp\n\nkhông phải kế hoạch');
    const outcome = await importInto([path]);
    expect(outcome.problems).toEqual([
      expect.objectContaining({ source: 'notes.txt', file: 'sources/notes.txt' }),
    ]);
  });

  test('a missing input file is reported', async () => {
    const outcome = await importInto([join(out, 'missing.txt')]);
    expect(outcome.problems.map((p) => p.field)).toEqual(['file']);
  });
});
