import { describe, expect, test } from 'vitest';
import { normalisedNumber } from '../../../src/lib/validation/checkDuplicates';
import { parseDocumentNumber } from '../../../src/lib/documents/parseDocumentNumber';
import { documentId } from '../../../src/lib/documents/documentId';
import { boChinhTri, documentFile, organizationFile, validate } from './sources';

/** A directive stub filed under the id its identity gives. */
function directive(number: string, issued: string | undefined, issuer = 'bo-chinh-tri') {
  const id = documentId({
    kind: 'directive',
    number,
    issuerId: issuer,
    issued,
    title: 'về thi đua',
  });
  return documentFile(
    id,
    `status: referenced\nkind: directive\nnumber: ${number}\nissuer: ${issuer}\n${issued === undefined ? '' : `issued: ${issued}\n`}title: về thi đua`,
  );
}

const duplicates = (...files: ReturnType<typeof directive>[]) =>
  validate([
    boChinhTri,
    organizationFile('tinh-uy-ha-tinh', {
      name: 'Tỉnh ủy Hà Tĩnh',
      level: 'province',
      branch: 'party',
    }),
    ...files,
  ]).problems.filter((p) => p.check === 'duplicate');

describe('normalisedNumber', () => {
  test('leading zeros and case do not make another number', () => {
    const a = parseDocumentNumber('08-CT/TU');
    const b = parseDocumentNumber('8-ct/tu');
    expect(a && normalisedNumber(a)).toBe(b && normalisedNumber(b));
  });
});

describe('duplicate identity', () => {
  test.each([
    ['the same date, one more precise', ['41-CT/TW', '2024-12-26'], ['41-CT/TW', '2024-12'], 1],
    ['one of them undated', ['41-CT/TW', '2024-12-26'], ['41-CT/TW', undefined], 1],
    ['zero-padded and plain numbers', ['08-CT/TW', '2024'], ['8-CT/TW', '2024-03-01'], 1],
    [
      'another date (a Party number reused in a later term)',
      ['41-CT/TW', '2024-12-26'],
      ['41-CT/TW', '2010-05-06'],
      0,
    ],
    ['another number', ['41-CT/TW', '2024-12-26'], ['42-CT/TW', '2024-12-26'], 0],
  ] as const)('%s: %i problem(s)', (_name, [n1, d1], [n2, d2], count) => {
    expect(duplicates(directive(n1, d1), directive(n2, d2))).toHaveLength(count);
  });

  test('the same symbol from another issuer is another document', () => {
    expect(
      duplicates(
        directive('41-CT/TW', '2024-12-26'),
        directive('41-CT/TW', '2024-12-26', 'tinh-uy-ha-tinh'),
      ),
    ).toEqual([]);
  });

  test('numbers left blank ("/KH-UBND") never count as duplicates', () => {
    expect(duplicates(directive('/CT-TW', '2024'), directive('/CT-TW', '2024-05'))).toEqual([]);
  });
});
