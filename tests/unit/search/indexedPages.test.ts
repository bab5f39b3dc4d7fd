import { describe, expect, test } from 'vitest';
import { isIndexedPage } from '../../../src/lib/search/indexedPages';

describe('isIndexedPage', () => {
  test.each([
    ['<article class="document" data-pagefind-body data-pagefind-meta="title:X">'],
    ['<article data-pagefind-body>'],
    ['<main\n  data-pagefind-body\n>'],
    ['<div data-pagefind-body="">'],
  ])('a page whose element carries data-pagefind-body is indexed: %s', (tag) => {
    expect(isIndexedPage(`<!doctype html><html><body>${tag}<h1>Kế hoạch</h1></body></html>`)).toBe(
      true,
    );
  });

  test.each([
    ['a list page', '<main><h1>Văn bản</h1><ul><li>Kế hoạch 25-KH/TU</li></ul></main>'],
    [
      'a page that only mentions the attribute',
      '<p>Thuộc tính <code>data-pagefind-body</code></p>',
    ],
    ['an escaped tag in code', '<pre>&lt;article data-pagefind-body&gt;</pre>'],
    ['another attribute that starts the same', '<article data-pagefind-body-x>'],
  ])('%s is left out', (_name, body) => {
    expect(isIndexedPage(`<!doctype html><html><body>${body}</body></html>`)).toBe(false);
  });
});
