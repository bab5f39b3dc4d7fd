import { describe, expect, test } from 'vitest';
import { extractAnchors } from '../../../src/lib/audit/extractAnchors';
import { extractPageMeta } from '../../../src/lib/audit/extractPageMeta';
import { parseSrcset } from '../../../src/lib/audit/parseSrcset';
import { scanHtml } from '../../../src/lib/audit/scanHtml';

describe('scanHtml reads start tags as a browser does', () => {
  test('character references in attribute values are decoded', () => {
    const [tag] = scanHtml(
      '<a href="/khen-thuong/?a=1&amp;b=2" title="&quot;Lao động&quot; &#x110;&#273;">',
    ).tags;
    expect(tag?.attributes.get('href')).toBe('/khen-thuong/?a=1&b=2');
    expect(tag?.attributes.get('title')).toBe('"Lao động" Đđ');
  });

  test('attributes: double, single and unquoted values, no value, upper case names', () => {
    const [tag] = scanHtml(`<A HREF="/a/" data-x='1' class=b hidden>x</A>`).tags;
    expect(tag?.name).toBe('a');
    expect(Object.fromEntries(tag?.attributes ?? [])).toEqual({
      href: '/a/',
      'data-x': '1',
      class: 'b',
      hidden: '',
    });
  });

  test('the first of two attributes with the same name counts', () => {
    expect(scanHtml('<a href="/1/" href="/2/">').tags[0]?.attributes.get('href')).toBe('/1/');
  });

  test('a > inside a quoted value does not end the tag', () => {
    const tags = scanHtml('<img alt="a > b" src="/x.png"><p>');
    expect(tags.tags.map((t) => t.name)).toEqual(['img', 'p']);
    expect(tags.tags[0]?.attributes.get('src')).toBe('/x.png');
  });

  test('comments, doctype, CDATA and end tags are not start tags', () => {
    const html = '<!doctype html><!-- <a href="/c/"> --><svg><![CDATA[<a href="/d/">]]></svg></p>';
    expect(scanHtml(html).tags.map((t) => t.name)).toEqual(['svg']);
  });

  test('markup inside a script or style is text, not tags', () => {
    const html = `<script>document.body.innerHTML = '<a href="/e/">';</script><style>a::before{content:'<b>'}</style><a href="/f/">`;
    expect(scanHtml(html).tags.map((t) => [t.name, t.attributes.get('href')])).toEqual([
      ['script', undefined],
      ['style', undefined],
      ['a', '/f/'],
    ]);
  });

  test('a "<" that does not start a tag is text', () => {
    expect(scanHtml('<p>1 < 2 <3</p><a id="x">').tags.map((t) => t.name)).toEqual(['p', 'a']);
  });

  test('unterminated markup ends the scan without throwing', () => {
    expect(scanHtml('<p><a href="/x/').tags.map((t) => t.name)).toEqual(['p']);
    expect(scanHtml('<p><!-- never closed <a href="/y/">').tags.map((t) => t.name)).toEqual(['p']);
  });
});

describe('extractPageMeta reads the title and the description', () => {
  test.each([
    [
      '<title> Kế hoạch 25-KH/TU:\n  về thi đua | Công khai &amp; minh bạch </title><meta name="description" content="Mô tả  trang">',
      {
        title: 'Kế hoạch 25-KH/TU: về thi đua | Công khai & minh bạch',
        description: 'Mô tả trang',
      },
    ],
    ['<title></title><meta name="Description" content="">', { title: '', description: '' }],
    ['<meta property="og:description" content="x">', { title: undefined, description: undefined }],
    [
      '<title>Trang 1</title><svg><title>Biểu đồ</title></svg>',
      { title: 'Trang 1', description: undefined },
    ],
  ])('%s', (html, expected) => {
    expect(extractPageMeta(scanHtml(html))).toEqual(expected);
  });
});

describe('extractAnchors lists what a #fragment can point at', () => {
  test('every id, and the name of <a> elements only', () => {
    const html =
      '<h2 id="muc-i">I</h2><a name="cu"></a><input name="q"><svg><g id="nhom"></g></svg><p id="">';
    expect([...extractAnchors(scanHtml(html))].sort()).toEqual(['cu', 'muc-i', 'nhom']);
  });

  test('ids with Vietnamese letters are kept as written', () => {
    expect(extractAnchors(scanHtml('<h2 id="mục-1">')).has('mục-1')).toBe(true);
  });
});

describe('parseSrcset returns the addresses of every candidate', () => {
  test.each([
    ['/a-400.avif 400w, /a-800.avif 800w', ['/a-400.avif', '/a-800.avif']],
    ['/a.png', ['/a.png']],
    ['/a.png 1x,/b.png 2x', ['/a.png', '/b.png']],
    ['  /a.png  ,  /b.png 2x ', ['/a.png', '/b.png']],
    ['/a,b.png 1x, /c.png 2x', ['/a,b.png', '/c.png']],
    ['/a.png, /b.png', ['/a.png', '/b.png']],
    ['', []],
  ])('%j', (srcset, expected) => {
    expect(parseSrcset(srcset)).toEqual(expected);
  });
});
