import { describe, expect, test } from 'vitest';
import {
  cleanDocumentNumber,
  parseDocumentNumber,
} from '../../../src/lib/documents/parseDocumentNumber';

describe('numbers in state form (numbered per calendar year)', () => {
  test.each([
    [
      '33/KH-UBND',
      {
        printed: '33/KH-UBND',
        sequence: '33',
        year: null,
        typeCode: 'KH',
        issuerCode: 'UBND',
        kind: 'plan',
      },
    ],
    [
      '98/2023/NĐ-CP',
      {
        printed: '98/2023/NĐ-CP',
        sequence: '98',
        year: 2023,
        typeCode: 'NĐ',
        issuerCode: 'CP',
        kind: 'decree',
      },
    ],
    [
      '19/CT-TTg',
      {
        printed: '19/CT-TTg',
        sequence: '19',
        year: null,
        typeCode: 'CT',
        issuerCode: 'TTg',
        kind: 'directive',
      },
    ],
    [
      '4663/KH-UBND',
      {
        printed: '4663/KH-UBND',
        sequence: '4663',
        year: null,
        typeCode: 'KH',
        issuerCode: 'UBND',
        kind: 'plan',
      },
    ],
    [
      '238/UBND-KGVX',
      {
        printed: '238/UBND-KGVX',
        sequence: '238',
        year: null,
        typeCode: null,
        issuerCode: 'UBND-KGVX',
        kind: null,
      },
    ],
    [
      '06/2022/QH15',
      {
        printed: '06/2022/QH15',
        sequence: '06',
        year: 2022,
        typeCode: null,
        issuerCode: 'QH15',
        kind: null,
      },
    ],
  ])('%s is read as its parts', (raw, expected) => {
    expect(parseDocumentNumber(raw)).toEqual({ form: 'state', ...expected });
  });
});

describe('numbers in Party form (numbered per committee term)', () => {
  test.each([
    ['42-KH/ĐU', '42', 'KH', 'ĐU', 'plan'],
    ['41-CT/TW', '41', 'CT', 'TW', 'directive'],
    ['01-KL/TW', '01', 'KL', 'TW', 'conclusion'],
    ['11-NQ/TU', '11', 'NQ', 'TU', 'resolution'],
  ])('%s has sequence %s, type %s, issuer code %s', (raw, sequence, typeCode, issuerCode, kind) => {
    expect(parseDocumentNumber(raw)).toEqual({
      printed: raw,
      form: 'party',
      sequence,
      year: null,
      typeCode,
      issuerCode,
      kind,
    });
  });
});

describe('numbers as copies print them', () => {
  test.each([
    ['Số 42- KH/ĐU', '42-KH/ĐU'],
    ['08 - CT/TU', '08-CT/TU'],
    ['25- KH/TU', '25-KH/TU'],
    ['11- NQ/TU', '11-NQ/TU'],
    ['Số: 33/KH-UBND', '33/KH-UBND'],
    ['số 98 / 2023 / NĐ-CP', '98/2023/NĐ-CP'],
    ['41–CT/TW', '41-CT/TW'],
  ])('%j is read as %s', (raw, printed) => {
    expect(parseDocumentNumber(raw)?.printed).toBe(printed);
  });

  test.each([['Số: /KH-UBND'], ['/KH-UBND']])(
    'a blank sequence (%j) is kept with sequence null',
    (raw) => {
      expect(parseDocumentNumber(raw)).toMatchObject({
        printed: '/KH-UBND',
        sequence: null,
        kind: 'plan',
      });
    },
  );

  test('decomposed (NFD) text is read like composed text', () => {
    expect(parseDocumentNumber('42-KH/ĐU'.normalize('NFD'))?.printed).toBe('42-KH/ĐU');
  });

  test('cleaning removes "Số:" and the spaces inside the symbol', () => {
    expect(cleanDocumentNumber('Số: 25 - KH/TU')).toBe('25-KH/TU');
  });
});

describe('text that is not a document number', () => {
  test.each([
    [''],
    ['hello'],
    ['2024'],
    ['12/2024'],
    ['KH-UBND'],
    ['1.1'],
    ['số 5'],
    ['Kế hoạch này'],
  ])('%j gives null', (raw) => {
    expect(parseDocumentNumber(raw)).toBeNull();
  });
});

describe('long text that looks like a number', () => {
  // Found by tests/unit/property/importer.property.test.ts: a code pattern that could split a run of
  // letters in many ways backtracked exponentially (seven hyphenated words: about a second; ten:
  // never returned).
  test.each([
    ['1-KH/' + 'AAAAAAAAAA-'.repeat(7) + '!'],
    ['1/' + 'AAAAAAAAAA-'.repeat(7) + '!'],
    ['1/2025/' + 'AAAAAAAAAA-'.repeat(7) + '!'],
  ])('%j gives null at once', (raw) => {
    const start = performance.now();
    expect(parseDocumentNumber(raw)).toBeNull();
    expect(performance.now() - start).toBeLessThan(100);
  });
});
