import { describe, expect, test } from 'vitest';
import { buildExcerpt, prepareQuery, queryTerms } from '../../../src/lib/search/buildExcerpt';
import {
  foldedTerms,
  indexTerms,
  readableText,
  resultText,
  stripFoldedTerms,
} from '../../../src/lib/search/foldedTerms';

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

describe('the words a page gives the search index', () => {
  const plan =
    'Thực hiện Kế hoạch số 25-KH/TU, Ban Thường vụ Đảng ủy ban hành Kế hoạch thi đua. Phong trào thi đua "Dân vận khéo"; thi đua yêu nước.';

  test('each word stands once, so a word said ten times costs one entry', () => {
    const words = indexTerms(plan).split(' ');
    expect(words.filter((w) => w === 'thi')).toEqual(['thi']);
    expect(words.filter((w) => w === 'kế')).toEqual(['kế']);
    expect(new Set(words).size).toBe(words.length);
  });

  test('every word of the text is there, in lower case, with its diacritics', () => {
    const words = new Set(indexTerms(plan).split(' '));
    for (const word of [
      'thực',
      'hiện',
      'thường',
      'vụ',
      'ủy',
      'phong',
      'trào',
      'dân',
      'vận',
      'khéo',
    ])
      expect(words).toContain(word);
  });

  test('punctuation around a word goes, punctuation inside it stays (document numbers)', () => {
    const words = indexTerms(plan).split(' ');
    expect(words).toContain('25-kh/tu');
    expect(words).toContain('dân');
    expect(words.some((w) => /^["(,.;]|["),.;]$/.test(w))).toBe(false);
  });

  test('a word with đ is followed by its folded form, so "dang uy" finds it', () => {
    const words = indexTerms(plan).split(' ');
    expect(words.slice(words.indexOf('đảng'), words.indexOf('đảng') + 2)).toEqual(['đảng', 'dang']);
    expect(words).toContain('dua');
  });

  test('decomposed (NFD) text gives the same words as composed text', () => {
    expect(indexTerms(plan.normalize('NFD'))).toBe(indexTerms(plan));
  });

  test('a text without words gives nothing', () => {
    expect(indexTerms(' … — ')).toBe('');
  });
});

describe("a result's text", () => {
  test('a short page carries its whole text, white space collapsed', () => {
    expect(resultText('Kế hoạch 25-KH/TU\n  Ban Thường vụ   Tỉnh ủy')).toBe(
      'Kế hoạch 25-KH/TU Ban Thường vụ Tỉnh ủy',
    );
  });

  test('a long page carries its start, cut between words, with an ellipsis', () => {
    const text = resultText('thi đua yêu nước '.repeat(50), 41);
    expect(text).toBe('thi đua yêu nước thi đua yêu nước thi đua …');
  });

  test('decomposed (NFD) text comes out composed', () => {
    expect(resultText('Đảng ủy'.normalize('NFD'))).toBe('Đảng ủy');
  });

  test('is what snippets read; a page without it gives its indexed text without the hidden words', () => {
    expect(readableText({ content: 'Kế hoạch ⁅dua⁆', meta: { text: 'Đẩy mạnh thi đua.' } })).toBe(
      'Đẩy mạnh thi đua.',
    );
    expect(readableText({ content: 'Phong trào thi đua ⁅dua⁆ yêu nước', meta: {} })).toBe(
      'Phong trào thi đua yêu nước',
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
