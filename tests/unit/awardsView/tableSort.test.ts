import { describe, expect, test } from 'vitest';
import {
  compareSortValues,
  nextSortDirection,
  sortAnnouncement,
  sortedOrder,
} from '../../../src/lib/awardsView/tableSort';

describe('sorting table cells', () => {
  test.each([
    ['numbers by value', ['10', '9', '1'], 'ascending', ['1', '9', '10']],
    ['numbers descending', ['10', '9', '1'], 'descending', ['10', '9', '1']],
    [
      'Vietnamese dictionary order',
      ['Đức', 'Dũng', 'Anh', 'Ánh'],
      'ascending',
      ['Anh', 'Ánh', 'Dũng', 'Đức'],
    ],
    ['empty values last going up', ['', 'b', 'a'], 'ascending', ['a', 'b', '']],
    ['empty values last going down', ['', 'a', 'b'], 'descending', ['b', 'a', '']],
  ] as const)('%s', (_name, values, direction, expected) => {
    expect(sortedOrder(values, direction).map((i) => values[i])).toEqual(expected);
  });

  test('is stable: equal values keep their order', () => {
    expect(sortedOrder(['b', 'a', 'b', 'a'], 'ascending')).toEqual([1, 3, 0, 2]);
  });

  test('compares two values', () => {
    expect(compareSortValues('a', 'b', 'ascending')).toBeLessThan(0);
    expect(compareSortValues('a', 'b', 'descending')).toBeGreaterThan(0);
  });

  test.each([
    [null, 'ascending'],
    ['ascending', 'descending'],
    ['descending', 'ascending'],
  ])('after %s comes %s', (current, next) => {
    expect(nextSortDirection(current)).toBe(next);
  });

  test('announces the new order in Vietnamese', () => {
    expect(sortAnnouncement('Họ và tên', 'descending')).toBe(
      'Đã sắp xếp theo Họ và tên, giảm dần.',
    );
  });
});
