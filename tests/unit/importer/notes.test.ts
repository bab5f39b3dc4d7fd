import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildImport } from '../../../src/lib/importer/buildImport';
import { formatImportReport } from '../../../src/lib/importer/formatImportReport';
import { importSeeds, reportOf, sourcesDir } from './seedImport';

const withOverrides = importSeeds();

/** One seed imported with no override file at all. */
const bare = (fileName: string) =>
  buildImport({
    sources: [{ fileName, text: readFileSync(join(sourcesDir, fileName), 'utf8') }],
    overrides: new Map(),
    existing: { documents: [], organizations: [] },
  });

const fields = (notes: readonly { field: string }[]) => notes.map((n) => n.field);

describe.each([
  ['000_1630f053c66d56e5.txt', ['issued'], ['issued']],
  ['001_f14f69ecf0e9450c.txt', ['number', 'issued', 'province', 'issuer'], ['number', 'issued']],
  ['002_6d63e611e3fe6721.txt', ['number', 'issued', 'province'], ['number', 'issued']],
  [
    '003_aae8b3caacfcac39.txt',
    ['number', 'issued', 'province', 'citations', 'citations'],
    ['number', 'issued', 'citations', 'citations'],
  ],
  [
    '004_49c0ad69035881fa.txt',
    ['number', 'issued', 'province', 'issuer', 'citations'],
    ['number', 'issued'],
  ],
])('what %s does not state', (fileName, withoutFile, withFile) => {
  test(`without an override file: ${withoutFile.join(', ')}`, () => {
    expect(fields(reportOf(bare(fileName), fileName).draft.notes)).toEqual(withoutFile);
  });
  test(`with content/overrides: ${withFile.join(', ')}`, () => {
    expect(fields(reportOf(withOverrides, fileName).draft.notes)).toEqual(withFile);
  });
});

describe('guesses and how to settle them', () => {
  test('seed 004 without overrides guesses the issuer from the place', () => {
    const note = reportOf(
      bare('004_49c0ad69035881fa.txt'),
      '004_49c0ad69035881fa.txt',
    ).draft.notes.find((n) => n.field === 'issuer');
    expect(note?.override).toBe('issuer: { value: "Ủy ban nhân dân phường Bắc Sơn", reason: "…" }');
  });
  test('a blank number asks for the number as printed', () => {
    const note = reportOf(withOverrides, '002_6d63e611e3fe6721.txt').draft.notes.find(
      (n) => n.field === 'number',
    );
    expect(note?.override).toBe('number: { value: "…/KH-UBND", reason: "…" }');
  });
  test('a partial date asks for the missing day', () => {
    const note = reportOf(withOverrides, '002_6d63e611e3fe6721.txt').draft.notes.find(
      (n) => n.field === 'issued',
    );
    expect(note?.override).toBe('issued: { value: "2024-02-DD", reason: "…" }');
  });
  test('a citation without an issuer makes no stub until an override names it', () => {
    expect(bare('004_49c0ad69035881fa.txt').files.map((f) => f.path)).not.toContainEqual(
      expect.stringContaining('nghi-quyet-11-nq-tu') as unknown,
    );
  });
  test('the repaired date typo of seed 003 is reported', () => {
    expect(reportOf(withOverrides, '003_aae8b3caacfcac39.txt').draft.repairs).toContainEqual({
      kind: 'dateSlashes',
      before: '26/12//2024',
      after: '26/12/2024',
    });
  });
  test('the overrides applied are listed with their reasons', () => {
    expect(
      reportOf(withOverrides, '004_49c0ad69035881fa.txt').draft.applied.map((a) => a.field),
    ).toEqual(['issuer', 'province', 'citations 11-NQ/TU issuer']);
  });
});

describe('the report printed by npm run import', () => {
  const text = formatImportReport(withOverrides.reports, [], {
    outDir: 'content',
    overridesDir: 'content/overrides',
    written: [],
    unchanged: [],
    dryRun: true,
  });
  test.each([
    [
      'the summary of seed 000',
      'Kế hoạch 42-KH/ĐU · Ban Thường vụ Đảng ủy phường Quy Nhơn Tây · ngày: chưa rõ · tỉnh: Gia Lai',
    ],
    [
      'the counts of seed 002',
      'mục / sections: 3 (tổng 23) · căn cứ / basedOn: 3 · thực hiện / implements: 0 · dẫn chiếu / cites: 3 · nhiệm vụ / assignments: 4 · mốc / milestones: 2 · nơi nhận / distribution: 6',
    ],
    ['the heading of what is missing', 'Chưa xác định được / Could not determine:'],
    [
      'where to add an override',
      '→ thêm vào / add to content/overrides/000_1630f053c66d56e5.yaml:',
    ],
  ])('shows %s', (_what, line) => {
    expect(text).toContain(line);
  });
});
