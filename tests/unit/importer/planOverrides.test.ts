import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePlanOverrides } from '../../../src/lib/importer/planOverrides';
import { overridesDir } from './seedImport';

describe.each(readdirSync(overridesDir).filter((name) => name.endsWith('.yaml')))('%s', (name) => {
  test('is a valid override file', () => {
    expect(
      parsePlanOverrides(readFileSync(join(overridesDir, name), 'utf8'), name).problems,
    ).toEqual([]);
  });
});

describe('a valid override file', () => {
  const parsed = parsePlanOverrides(
    [
      'issuer: { value: Ủy ban nhân dân phường Bắc Sơn, reason: Văn bản chỉ ghi "UBND phường". }',
      'issued: { value: 2025, reason: Năm in trên văn bản. }',
      'citations:',
      '  - match: { number: 11- NQ/TU, issued: "2023-06-01" }',
      '    issuer: { value: Thị ủy Bắc Sơn, reason: Ký hiệu TU của thị xã. }',
    ].join('\n'),
    'x.yaml',
  );
  test('gives the issuer', () => {
    expect(parsed.overrides?.issuer?.value).toBe('Ủy ban nhân dân phường Bắc Sơn');
  });
  test('reads a year written as a number as text', () => {
    expect(parsed.overrides?.issued?.value).toBe('2025');
  });
  test('gives the citation override', () => {
    expect(parsed.overrides?.citations[0]?.issuer?.value).toBe('Thị ủy Bắc Sơn');
  });
});

describe('an invalid override file is reported field by field', () => {
  test.each([
    ['issuer: Ủy ban nhân dân phường Bắc Sơn', 'issuer', 'write it as { value: …, reason: "…" }'],
    ['issuer: { value: Ủy ban nhân dân phường Bắc Sơn }', 'issuer.reason', 'add a reason (lý do)'],
    [
      'issuer: { value: X Y, reason: "ok" }',
      'issuer.reason',
      'write a short reason (at least 5 characters): why this value is right',
    ],
    [
      'issued: { value: "2025-02-29", reason: "Ngày in trên văn bản." }',
      'issued.value',
      '2025-02-29 is not a real day of the calendar',
    ],
    [
      'number: { value: "42", reason: "Số in trên văn bản." }',
      'number.value',
      'must be a document number as printed, e.g. "33/KH-UBND", "98/2023/NĐ-CP" or "42-KH/ĐU"',
    ],
    ['provnce: { value: Lâm Đồng, reason: "Huyện Đam Rông." }', 'file', 'unknown field "provnce"'],
    [
      'citations:\n  - match: { number: "11-NQ/TU" }\n    issuer: { value: Thị ủy Bắc Sơn, reason: "Ký hiệu TU." }\n    note: x',
      'citations.0',
      'unknown field "note"',
    ],
    ['issuer: [unclosed', 'file', 'the YAML cannot be read'],
  ])('%j: %s', (yaml, field, message) => {
    const parsed = parsePlanOverrides(yaml, 'content/overrides/x.yaml');
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({
        file: 'content/overrides/x.yaml',
        field,
        message: expect.stringContaining(message) as unknown,
      }),
    );
  });
});
