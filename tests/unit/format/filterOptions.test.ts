import { describe, expect, test } from 'vitest';
import {
  issuerOptions,
  kindOptions,
  levelOptions,
  yearOptions,
  type FilterableDocument,
} from '../../../src/lib/format/filterOptions';

const docs: FilterableDocument[] = [
  {
    kind: 'plan',
    issuerId: 'ubnd-qt',
    issuerName: 'Ủy ban nhân dân phường Quyết Thắng',
    level: 'commune',
    year: 2024,
  },
  { kind: 'directive', issuerId: 'bct', issuerName: 'Bộ Chính trị', level: 'central', year: 2024 },
  {
    kind: 'plan',
    issuerId: 'btv-dr',
    issuerName: 'Ban Thường vụ Huyện ủy Đam Rông',
    level: 'district',
  },
  {
    kind: 'plan',
    issuerId: 'btv-qnt',
    issuerName: 'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây',
    level: 'commune',
    year: 2025,
  },
  { kind: 'decree', issuerId: 'cp', issuerName: 'Chính phủ', level: 'central', year: 2023 },
  { kind: 'plan', issuerId: 'x', issuerName: 'Ẩn danh', year: 2025 },
];

describe('filter options hold only what the documents have', () => {
  test('kinds in the order of the kind list, labelled in Vietnamese', () => {
    expect(kindOptions(docs).map((o) => o.label)).toEqual(['Kế hoạch', 'Chỉ thị', 'Nghị định']);
  });

  test('issuers once each, in Vietnamese dictionary order (Đ after D, Ủ after T)', () => {
    expect(issuerOptions(docs).map((o) => o.label)).toEqual([
      'Ẩn danh',
      'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây',
      'Ban Thường vụ Huyện ủy Đam Rông',
      'Bộ Chính trị',
      'Chính phủ',
      'Ủy ban nhân dân phường Quyết Thắng',
    ]);
  });

  test('levels from the top down', () => {
    expect(levelOptions(docs).map((o) => o.value)).toEqual(['central', 'district', 'commune']);
  });

  test('years newest first', () => {
    expect(yearOptions(docs).map((o) => o.value)).toEqual(['2025', '2024', '2023']);
  });
});
