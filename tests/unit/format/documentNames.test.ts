import { describe, expect, test } from 'vitest';
import {
  documentDisplayName,
  documentFullTitle,
  formatDocumentNumber,
} from '../../../src/lib/format/documentNames';
import { parseDocumentNumber } from '../../../src/lib/documents/parseDocumentNumber';
import type { DocumentKind } from '../../../src/lib/documents/documentKinds';

const number = (printed: string) => parseDocumentNumber(printed) ?? undefined;

describe('documentDisplayName: kind and number', () => {
  test.each<[DocumentKind, string | undefined, string]>([
    ['directive', '41-CT/TW', 'Chỉ thị 41-CT/TW'],
    ['plan', '42- KH/ĐU', 'Kế hoạch 42-KH/ĐU'],
    ['decree', '98/2023/NĐ-CP', 'Nghị định 98/2023/NĐ-CP'],
    ['plan', '/KH-UBND', 'Kế hoạch (chưa có số)'],
    ['plan', undefined, 'Kế hoạch (chưa có số)'],
  ])('%s %s → %s', (kind, printed, expected) => {
    expect(
      documentDisplayName({ kind, number: printed === undefined ? undefined : number(printed) }),
    ).toBe(expected);
  });
});

describe('documentFullTitle: the name followed by the trích yếu', () => {
  test.each([
    [
      { kind: 'plan' as const, number: number('42-KH/ĐU'), title: 'thực hiện Chỉ thị số 41-CT/TW' },
      'Kế hoạch 42-KH/ĐU thực hiện Chỉ thị số 41-CT/TW',
    ],
    [
      {
        kind: 'plan' as const,
        number: number('/KH-UBND'),
        title: 'Công tác thi đua, khen thưởng năm 2024',
      },
      'Kế hoạch (chưa có số) Công tác thi đua, khen thưởng năm 2024',
    ],
  ])('%j', (doc, expected) => {
    expect(documentFullTitle(doc)).toBe(expected);
  });
});

describe('formatDocumentNumber: the number for the metadata table', () => {
  test.each([
    ['41-CT/TW', '41-CT/TW'],
    ['/KH-UBND', '/KH-UBND (bản gốc để trống số)'],
  ])('%s → %s', (printed, expected) => {
    expect(formatDocumentNumber(number(printed))).toBe(expected);
  });

  test('no number → "Chưa có số"', () => {
    expect(formatDocumentNumber(undefined)).toBe('Chưa có số');
  });
});
