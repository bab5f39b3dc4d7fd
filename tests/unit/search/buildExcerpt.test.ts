import { describe, expect, test } from 'vitest';
import { buildExcerpt, prepareQuery, queryTerms } from '../../../src/lib/search/buildExcerpt';
import { foldedTerms, stripFoldedTerms } from '../../../src/lib/search/foldedTerms';

const text = (segments: { text: string }[]): string => segments.map((s) => s.text).join('');
const marked = (segments: { text: string; highlight: boolean }[]): string[] =>
  segments.filter((s) => s.highlight).map((s) => s.text);

describe('what is sent to the search index', () => {
  test.each([
    ['dang uy', 'dang uy'],
    ['Đảng ủy', 'dang uy'],
    ['  Thi   đua  ', 'thi dua'],
    ['Đam Rông', 'dam rong'],
    ['Quy Nhơn Tây'.normalize('NFD'), 'quy nhon tay'],
  ])('the query %j is searched as %j', (query, expected) => {
    expect(prepareQuery(query)).toBe(expected);
  });
});

describe('hidden folded words', () => {
  test('every word with đ/Đ is given once in folded form', () => {
    expect(foldedTerms('Ban Thường vụ Đảng ủy; thi đua, Đảng bộ Đam Rông')).toBe('dang dua dam');
  });
  test('a page without đ gets no hidden words', () => {
    expect(foldedTerms('Quy Nhơn Tây')).toBe('');
  });
  test('decomposed (NFD) text gives the same words', () => {
    expect(foldedTerms('Đảng ủy'.normalize('NFD'))).toBe('dang');
  });
  test('the bracketed words are removed from snippet text', () => {
    expect(stripFoldedTerms('Kế hoạch của Đảng ủy ⁅dang⁆ phường')).toBe(
      'Kế hoạch của Đảng ủy phường',
    );
  });
});

describe('result snippets', () => {
  const content =
    'Thực hiện Kế hoạch số 25-KH/TU. Ban Thường vụ Đảng ủy phường Quy Nhơn Tây xây dựng ban hành Kế hoạch. ⁅dang⁆';

  test.each([
    ['dang uy', ['Đảng', 'ủy']],
    ['Đảng ủy', ['Đảng', 'ủy']],
    ['quy nhon tay', ['Quy', 'Nhơn', 'Tây']],
  ])('a search for %j highlights %j with its diacritics', (query, expected) => {
    expect(marked(buildExcerpt(content, query))).toEqual(expected);
  });

  test('the hidden folded words never appear in a snippet', () => {
    expect(text(buildExcerpt(content, 'dang'))).not.toContain('⁅');
  });

  test('a long text is cut around the matching passage with an ellipsis', () => {
    const long = `${'mở đầu '.repeat(50)}công tác thi đua khen thưởng ${'kết thúc '.repeat(50)}`;
    const snippet = text(buildExcerpt(long, 'thi dua', 10));
    expect(snippet).toMatch(/^… .*thi đua.* …$/);
  });

  test('the last word of a query matches as a prefix, as the user is still typing', () => {
    expect(marked(buildExcerpt('Chỉ thị về khen thưởng', 'khen thu'))).toEqual(['khen', 'thưởng']);
  });

  test('text that matches nothing gives the start of the page', () => {
    expect(text(buildExcerpt('Một hai ba bốn', 'xyz', 2))).toBe('Một hai …');
  });

  test('query words are folded the same way as page words', () => {
    expect(queryTerms('ĐẢNG Ủy')).toEqual(['dang', 'uy']);
  });
});
