import { describe, expect, test } from 'vitest';
import {
  compareOldestFirst,
  sortNewestFirst,
  type Dated,
} from '../../../src/lib/format/sortByIssued';

const items: Dated[] = [
  { name: 'không rõ ngày', issued: undefined },
  { name: 'năm 2025', issued: '2025' },
  { name: 'tháng 12/2025', issued: '2025-12' },
  { name: '05/12/2025', issued: '2025-12-05' },
  { name: '26/12/2024', issued: '2024-12-26' },
  { name: 'Ấp', issued: '2024-02' },
  { name: 'Ba', issued: '2024-02' },
];

describe('sortNewestFirst', () => {
  test('newest first; a less precise date after the precise dates within it; unknown last', () => {
    expect(sortNewestFirst(items, (i) => i).map((i) => i.name)).toEqual([
      '05/12/2025',
      'tháng 12/2025',
      'năm 2025',
      '26/12/2024',
      'Ấp',
      'Ba',
      'không rõ ngày',
    ]);
  });

  test('the same date is ordered by name in Vietnamese order', () => {
    const same = [
      { name: 'Đảng ủy', issued: '2024' },
      { name: 'Ban', issued: '2024' },
      { name: 'Dân', issued: '2024' },
    ];
    expect(sortNewestFirst(same, (i) => i).map((i) => i.name)).toEqual(['Ban', 'Dân', 'Đảng ủy']);
  });
});

describe('compareOldestFirst', () => {
  test('oldest first, unknown still last', () => {
    expect([...items].sort(compareOldestFirst).map((i) => i.name)).toEqual([
      'Ấp',
      'Ba',
      '26/12/2024',
      'năm 2025',
      'tháng 12/2025',
      '05/12/2025',
      'không rõ ngày',
    ]);
  });
});
