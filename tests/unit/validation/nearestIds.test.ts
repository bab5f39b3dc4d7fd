import { describe, expect, test } from 'vitest';
import { nearestIds } from '../../../src/lib/validation/nearestIds';

const ids = [
  'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26',
  'chi-thi-34-ct-tw-bo-chinh-tri-2014-04-07',
  'ke-hoach-25-kh-tu-ban-thuong-vu-tinh-uy-gia-lai-2025-12-05',
  'luat-06-2022-qh15-quoc-hoi-2022-06-15',
];

describe('nearestIds', () => {
  test.each([
    [
      'a mistyped day finds the right directive first',
      'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-25',
      'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26',
    ],
    [
      'a missing date suffix still finds it',
      'chi-thi-41-ct-tw-bo-chinh-tri',
      'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26',
    ],
    [
      'a wrong number finds the other directive',
      'chi-thi-34-ct-tw-bo-chinh-tri-2014-04-08',
      'chi-thi-34-ct-tw-bo-chinh-tri-2014-04-07',
    ],
  ])('%s', (_name, missing, first) => {
    expect(nearestIds(missing, ids)[0]).toBe(first);
  });

  test('returns at most three ids', () => {
    expect(nearestIds('x', ids)).toHaveLength(3);
  });

  test('returns nothing when the collection is empty', () => {
    expect(nearestIds('x', [])).toEqual([]);
  });

  test('ties are broken alphabetically, so reports are stable', () => {
    expect(nearestIds('ab', ['ac', 'aa', 'ad'], 2)).toEqual(['aa', 'ac']);
  });
});
