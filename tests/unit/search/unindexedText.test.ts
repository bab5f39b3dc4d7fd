import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, test } from 'vitest';
import { readableText } from '../../../src/lib/search/foldedTerms';
import { decodeUnindexed, encodeUnindexed } from '../../../src/lib/search/unindexedText';

// One code point each (NFC), so Array.from splits them as letters.
const vowels = 'aăâeêioôơuưy';
const tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** Every Vietnamese letter, lower and upper case, with every tone mark, NFC. */
const everyLetter = Array.from(`${vowels}đbcdghklmnpqrstvx`)
  .flatMap((letter) => [letter, ...(vowels.includes(letter) ? tones.map((t) => letter + t) : [])])
  .map((letter) => letter.normalize('NFC'))
  .flatMap((letter) => [letter, letter.toUpperCase()])
  .join(' ');

describe('text kept out of the search index', () => {
  test('every Vietnamese letter comes back as it was, from NFC or NFD', () => {
    expect(decodeUnindexed(encodeUnindexed(everyLetter))).toBe(everyLetter);
    expect(decodeUnindexed(encodeUnindexed(everyLetter.normalize('NFD')))).toBe(everyLetter);
    const text = 'Quyết định 41-QĐ/ĐU: khen thưởng “Người tốt, việc tốt” năm 2026 – 15 cá nhân.';
    expect(decodeUnindexed(encodeUnindexed(text))).toBe(text);
  });

  test('holds no letter or digit for a search index to take as a word', () => {
    expect(encodeUnindexed(everyLetter + ' 0123456789')).not.toMatch(/[\p{L}\p{N}]/u);
  });

  test('a value that was not encoded (an older page, another site) reads as it is', () => {
    expect(decodeUnindexed('Đẩy mạnh thi đua.')).toBe('Đẩy mạnh thi đua.');
    expect(decodeUnindexed('')).toBe('');
    expect(readableText({ content: '', meta: { text: encodeUnindexed('Đảng ủy phường') } })).toBe(
      'Đảng ủy phường',
    );
  });

  test('Pagefind indexes the words of a plain meta field but none of an encoded one', async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (index === undefined) throw new Error('Pagefind did not start');
    const page = (meta: string) =>
      `<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>Kế hoạch</h1>` +
      `<div data-pagefind-ignore data-pagefind-meta="text:${meta}"></div></main></body></html>`;
    await index.addHTMLFile({ url: '/a/', content: page('quokka') });
    await index.addHTMLFile({ url: '/b/', content: page(encodeUnindexed('zebra')) });
    const { files } = await index.getFiles();
    await pagefind.close();
    const unzip = (path: RegExp) =>
      files
        .filter((file) => path.test(file.path))
        .map((file) => gunzipSync(file.content).toString('utf8'))
        .join('\n');

    const words = unzip(/^index\//);
    expect(words).toContain('hoach');
    expect(words).toContain('quokka');
    expect(words).not.toContain('zebra');
    const fragments = unzip(/^fragment\//);
    expect(fragments).toContain(encodeUnindexed('zebra'));
  }, 30_000);
});
