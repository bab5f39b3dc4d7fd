import { describe, expect, test } from 'vitest';
import {
  formatIssued,
  formatOfficialDay,
  formatValidity,
  hasEnded,
  issuedSortKey,
} from '../../../src/lib/format/dates';

describe('formatIssued shows an issue date the Vietnamese way', () => {
  test.each([
    ['2024-12-26', '26/12/2024'],
    ['2024-02', 'tháng 02/2024'],
    ['2025', 'năm 2025'],
    [undefined, 'Chưa rõ ngày'],
  ])('%s → %s', (issued, expected) => {
    expect(formatIssued(issued)).toBe(expected);
  });
});

describe('formatOfficialDay writes a day as administrative texts do', () => {
  test.each([
    ['2025-07-01', '01/7/2025'],
    ['2025-02-28', '28/02/2025'],
    ['2024-01-08', '08/01/2024'],
    ['2024-12-26', '26/12/2024'],
  ])('%s → %s', (day, expected) => {
    expect(formatOfficialDay(day)).toBe(expected);
  });
});

describe('issuedSortKey sorts partial and unknown dates', () => {
  test.each([
    ['2025-12-05', '2025-12-05'],
    ['2024-02', '2024-02-00'],
    ['2025', '2025-00-00'],
    [undefined, '0000-00-00'],
  ])('%s → %s', (issued, expected) => {
    expect(issuedSortKey(issued)).toBe(expected);
  });
});

describe('formatValidity says when an organization existed', () => {
  test.each([
    [{ validTo: '2025-06-30' }, 'Hết hoạt động từ 01/7/2025'],
    [{ validFrom: '2025-07-01' }, 'Hoạt động từ 01/7/2025'],
    [{ validTo: '2025' }, 'Hoạt động đến năm 2025'],
    [
      { validFrom: '2020', validTo: '2025-06-30' },
      'Hoạt động từ năm 2020, hết hoạt động từ 01/7/2025',
    ],
    [{ validFrom: '2020-01', validTo: '2025-06' }, 'Hoạt động từ tháng 01/2020, đến tháng 06/2025'],
    [{ validTo: '2024-12-31' }, 'Hết hoạt động từ 01/01/2025'],
  ])('%j → %s', (validity, expected) => {
    expect(formatValidity(validity)).toBe(expected);
  });

  test('nothing known → null', () => {
    expect(formatValidity({})).toBeNull();
  });
});

describe('hasEnded', () => {
  test.each([
    ['2025-06-30', '2025-07-01', true],
    ['2025-06-30', '2025-06-30', false],
    ['2025-06', '2025-06-15', false],
    ['2025', '2026-01-01', true],
    [undefined, '2030-01-01', false],
  ])('validTo %s, today %s → %s', (validTo, today, expected) => {
    expect(hasEnded(validTo, today)).toBe(expected);
  });
});
