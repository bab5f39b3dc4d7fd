import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { awardDecisionSchema } from '../../../src/schemas/awardDecisions';
import { importAwardDecision } from '../../../src/lib/importer/awardDecisionImport';
import type { RunImportResult } from '../../../src/lib/importer/runImport';
import { runImport } from '../../../src/lib/importer/runImport';
import { docxOf, pdfOf, scannedPdf } from './officeFixtures';
import { contentDir, overridesDir, seedFiles, sourcesDir } from './seedImport';

let dir: string;
const seedText = new Map<string, string>();
const outcomes = new Map<'txt' | 'docx' | 'pdf', RunImportResult>();

/** Imports the given files into a fresh content folder under the temp dir (dry run unless asked). */
async function importInto(name: string, files: readonly string[], dryRun = true) {
  const out = join(dir, name);
  await mkdir(out, { recursive: true });
  return { out, outcome: await runImport({ files, outDir: out, overridesDir, dryRun }) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'office-import-'));
  const inputs = join(dir, 'inputs');
  await mkdir(inputs);
  const docx: string[] = [];
  const pdf: string[] = [];
  for (const fileName of seedFiles) {
    const text = await readFile(join(sourcesDir, fileName), 'utf8');
    seedText.set(fileName, text);
    const stem = fileName.replace(/\.txt$/u, '');
    docx.push(join(inputs, `${stem}.docx`));
    pdf.push(join(inputs, `${stem}.pdf`));
    await writeFile(join(inputs, `${stem}.docx`), await docxOf(text));
    await writeFile(join(inputs, `${stem}.pdf`), await pdfOf(text));
  }
  outcomes.set(
    'txt',
    (
      await importInto(
        'txt',
        seedFiles.map((f) => join(sourcesDir, f)),
      )
    ).outcome,
  );
  outcomes.set('docx', (await importInto('docx', docx)).outcome);
  outcomes.set('pdf', (await importInto('pdf', pdf)).outcome);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const outcomeOf = (kind: 'txt' | 'docx' | 'pdf'): RunImportResult => {
  const outcome = outcomes.get(kind);
  if (outcome === undefined) throw new Error(`no import of ${kind}`);
  return outcome;
};

/** The metadata of each plan: the report's draft fields and counts, by source file. */
const metadata = (kind: 'txt' | 'docx' | 'pdf') =>
  Object.fromEntries(
    (outcomeOf(kind).result?.reports ?? []).map((r) => [
      r.draft.sourceFile,
      {
        id: r.id,
        number: r.draft.number,
        issuer: r.issuerId,
        issued: r.draft.issued,
        place: r.draft.place,
        title: r.draft.title,
        counts: r.counts,
      },
    ]),
  );

/** The front matter of every written document and organization, by path (provenance `source` kept: same stem). */
const frontMatter = (kind: 'txt' | 'docx' | 'pdf') =>
  Object.fromEntries(
    (outcomeOf(kind).result?.files ?? []).map((f) => [
      f.path,
      f.path.endsWith('.md') ? (/^---\n([\s\S]*?)\n---\n/u.exec(f.text)?.[1] ?? '') : f.text,
    ]),
  );

describe.each(['docx', 'pdf'] as const)('importing the seeds as .%s', (kind) => {
  test('reports no problem and imports five plans', () => {
    expect([outcomeOf(kind).problems, outcomeOf(kind).result?.reports.length]).toEqual([[], 5]);
  });
  test('gives the same number, issuer, date, place, title and counts as the .txt', () => {
    expect(metadata(kind)).toEqual(metadata('txt'));
  });
  test('gives the same front matter for every document and organization as the .txt', () => {
    expect(frontMatter(kind)).toEqual(frontMatter('txt'));
  });
  test('stores the extracted text as sources/<stem>.txt and says where it came from', () => {
    expect([
      outcomeOf(kind).written.filter((p) => p.startsWith('sources/')),
      outcomeOf(kind).extracted?.map((e) => [e.from.endsWith(`.${kind}`), e.to]),
    ]).toEqual([
      seedFiles.map((f) => `sources/${f}`),
      seedFiles.map((f) => [true, `sources/${f}`]),
    ]);
  });
});

test('the Word text of a seed is its text, block for block', async () => {
  const { readOfficeText } = await import('../../../src/lib/importer/officeText');
  const text = seedText.get(seedFiles[0] ?? '') ?? '';
  const blocks = (t: string) =>
    t
      .split(/\n\s*\n/u)
      .map((b) => b.trim())
      .filter((b) => b !== '');
  expect(blocks((await readOfficeText(await docxOf(text), 'docx', 'x.docx')).text)).toEqual(
    blocks(text.normalize('NFC')),
  );
});

describe('files that give no text', () => {
  test('a scanned PDF (a page with only a rectangle) is refused with a clear message and nothing is written', async () => {
    const path = join(dir, 'scan.pdf');
    await writeFile(path, await scannedPdf());
    const { out, outcome } = await importInto('scan', [path], false);
    expect([outcome.problems.map((p) => p.message), await readdir(out)]).toEqual([
      [expect.stringContaining('tệp PDF là ảnh quét, không có lớp chữ') as unknown],
      [],
    ]);
  });
  test('a damaged PDF is refused with its file name', async () => {
    const path = join(dir, 'broken.pdf');
    await writeFile(path, '%PDF-1.7\nnot really a pdf');
    const { outcome } = await importInto('broken', [path], false);
    expect(outcome.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^broken\.pdf: tệp PDF bị hỏng/u) as unknown,
    ]);
  });
  test('another kind of file is refused, listing the supported kinds', async () => {
    const { outcome } = await importInto('odt', [join(dir, 'plan.odt')], false);
    expect(outcome.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('supported: .txt, .docx, .pdf') as unknown,
    ]);
  });
});

const decisionText = `ỦY BAN NHÂN DÂN
PHƯỜNG QUYẾT THẮNG

Số: 45/QĐ-UBND

Quyết Thắng, ngày 12 tháng 5 năm 2025

QUYẾT ĐỊNH

Về việc tặng Giấy khen cho cá nhân có thành tích xuất sắc trong phong trào thi đua xây dựng đô thị văn minh năm 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG QUYẾT THẮNG

Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;

Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;

QUYẾT ĐỊNH:

Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho 03 cá nhân có thành tích xuất sắc (danh sách kèm theo).

Điều 2. Văn phòng HĐND và UBND phường, các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH

Hoàng Văn Chiến`;

const awardeeRows = [
  ['STT', 'Ho va ten', 'CHỨC VỤ, ĐƠN VỊ', 'Thành tích'],
  [
    '1',
    'Vàng Văn Lử',
    'Tổ trưởng, Tổ dân phố số 18, phường Quyết Thắng',
    'Vận động Nhân dân chỉnh trang vỉa hè tuyến phố chính.',
  ],
  [
    '2',
    'Lò Thị Mai',
    'Chi hội trưởng Chi hội Phụ nữ, Tổ dân phố số 5',
    'Dẫn đầu phân loại rác tại nguồn.',
  ],
  ['3', 'Tòng Văn Hải', 'Công an phường Quyết Thắng', 'Giữ gìn an ninh trật tự khu dân cư.'],
];

/** A content folder with the organizations, award forms and the two cited documents the decision needs. */
async function decisionContent(name: string): Promise<string> {
  const out = join(dir, name);
  await mkdir(join(out, 'documents'), { recursive: true });
  await cp(join(contentDir, 'organizations'), join(out, 'organizations'), { recursive: true });
  await cp(join(contentDir, 'award-forms'), join(out, 'award-forms'), { recursive: true });
  for (const id of [
    'luat-06-2022-qh15-quoc-hoi-2022-06-15',
    'nghi-dinh-98-2023-nd-cp-chinh-phu-2023-12-31',
  ]) {
    await cp(join(contentDir, 'documents', `${id}.md`), join(out, 'documents', `${id}.md`));
  }
  return out;
}

describe('an award decision in Word with a table of awardees', () => {
  const id = 'quyet-dinh-45-qd-ubnd-chu-tich-uy-ban-nhan-dan-phuong-quyet-thang-2025-05-12';

  test('becomes an award decision entry whose awardees validate', async () => {
    const out = await decisionContent('decision');
    const path = join(dir, 'qd-45.docx');
    await writeFile(path, await docxOf(decisionText, { rows: awardeeRows, after: 12 }));
    const outcome = await runImport({ files: [path], outDir: out, overridesDir });
    expect(outcome.problems).toEqual([]);
    const data: unknown = JSON.parse(
      await readFile(join(out, 'award-decisions', `${id}.json`), 'utf8'),
    );
    expect(awardDecisionSchema.safeParse(data).success).toBe(true);
    expect(data).toEqual({
      status: 'decided',
      number: '45/QĐ-UBND',
      issuer: 'chu-tich-uy-ban-nhan-dan-phuong-quyet-thang',
      issued: '2025-05-12',
      title:
        'Về việc tặng Giấy khen cho cá nhân có thành tích xuất sắc trong phong trào thi đua xây dựng đô thị văn minh năm 2025',
      signatory: { position: 'CHỦ TỊCH', name: 'Hoàng Văn Chiến' },
      basedOn: [
        'luat-06-2022-qh15-quoc-hoi-2022-06-15',
        'nghi-dinh-98-2023-nd-cp-chinh-phu-2023-12-31',
      ],
      commendationType: 'campaign',
      awardees: awardeeRows.slice(1).map(([, name, positionUnit = '', achievement]) => {
        const comma = positionUnit.indexOf(',');
        return {
          type: 'individual',
          name,
          ...(comma < 0 ? {} : { position: positionUnit.slice(0, comma) }),
          unit: comma < 0 ? positionUnit : positionUnit.slice(comma + 1).trim(),
          awardForm: 'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa',
          achievement,
        };
      }),
    });
  });

  test('a phone number in a cell is reported with the cell, and nothing is written', async () => {
    const out = await decisionContent('decision-phone');
    const path = join(dir, 'qd-45-phone.docx');
    const rows = awardeeRows.map((row, i) =>
      i === 2
        ? [row[0] ?? '', row[1] ?? '', 'Tổ dân phố số 5, ĐT 0912 345 678', row[3] ?? '']
        : row,
    );
    await writeFile(path, await docxOf(decisionText, { rows, after: 12 }));
    const outcome = await runImport({ files: [path], outDir: out, overridesDir });
    expect([
      outcome.problems.map((p) => [p.field, p.message]),
      await readdir(out).then((names) => names.includes('award-decisions')),
    ]).toEqual([[['awardees.1.unit', expect.stringContaining('phone') as unknown]], false]);
  });
});

describe('an award decision whose authority line has no letter', () => {
  // Found by tests/unit/property/importer.property.test.ts: the line after the trích yếu was made
  // into a slug to find the issuer, and toSlug threw "Cannot make a URL slug" instead of a problem.
  test('is reported as an unknown issuer, not a crash', () => {
    const text = decisionText.replace('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG QUYẾT THẮNG', '…');
    const result = importAwardDecision(
      { fileName: 'qd.docx', text, tables: [awardeeRows] },
      { documents: [], organizations: [], awardForms: [] },
    );
    expect(result.problems.find((p) => p.field === 'issuer')?.fix).toBe(
      'add content/organizations/<id>.json (name, level, branch, parent), then import again',
    );
  });
});
