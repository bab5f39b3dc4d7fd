import { describe, expect, test } from 'vitest';
import { phraseScore, rankByPhrase } from '../../../src/lib/search/phraseScore';

describe('phrase matches', () => {
  test.each([
    ['Ban Thường vụ Đảng ủy phường; Đảng ủy Khối', 'dang uy', 2],
    ['sự lãnh đạo của các cấp ủy Đảng', 'dang uy', 0],
    ['Ủy ban nhân dân huyện Đam Rông.', 'Dam Rong', 1],
    ['công tác thi đua, khen thưởng', 'thi dua khen thuong', 1],
    ['công tác thi đua khen thưởng', 'thi dua khen thu', 1],
    ['Đảng ủy phường', 'dang', 0],
    ['Đảng ủy ⁅dang uy⁆', 'dang uy', 1],
  ])('%j contains %j as a phrase %i time(s)', (content, query, expected) => {
    expect(phraseScore(content, query)).toBe(expected);
  });
});

describe('result order', () => {
  const results = [
    { id: 'short directive', content: 'lãnh đạo của cấp ủy Đảng' },
    { id: 'ward plan', content: 'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây' },
    { id: 'bloc plan', content: 'Đảng ủy Khối … Văn phòng Đảng ủy Khối' },
  ];

  test('pages with the phrase come first, the most occurrences first', () => {
    expect(rankByPhrase(results, 'dang uy').map((r) => r.id)).toEqual([
      'bloc plan',
      'ward plan',
      'short directive',
    ]);
  });

  test('a one-word query keeps the search engine order', () => {
    expect(rankByPhrase(results, 'dang').map((r) => r.id)).toEqual([
      'short directive',
      'ward plan',
      'bloc plan',
    ]);
  });
});
