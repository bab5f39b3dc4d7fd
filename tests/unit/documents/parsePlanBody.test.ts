import { describe, expect, test } from 'vitest';
import {
  flattenSections,
  parsePlanBody,
  readSectionMarker,
} from '../../../src/lib/documents/parsePlanBody';

const body = `Thực hiện Kế hoạch số 25-KH/TU …

## I - MỤC ĐÍCH, YÊU CẦU

### 1. Mục đích

- Quán triệt …
- Tăng cường …

2\\. Tăng cường vai trò …

a) Đối với tập thể

Chỉ đạo tổ chức phát động …

## II. TỔ CHỨC THỰC HIỆN

1\\. Đảng ủy phường tổ chức …

---

Trên đây là Kế hoạch …
`;

describe('reading a section marker', () => {
  test.each([
    ['I - MỤC ĐÍCH', 'roman', 'I', 'MỤC ĐÍCH'],
    ['IV – TỔ CHỨC THỰC HIỆN', 'roman', 'IV', 'TỔ CHỨC THỰC HIỆN'],
    ['1. Mục đích', 'arabic', '1', 'Mục đích'],
    ['1.1. Tiếp tục tuyên truyền', 'dotted', '1.1', 'Tiếp tục tuyên truyền'],
    ['a) Đối với tập thể', 'letter', 'a', 'Đối với tập thể'],
    ['đ) Đối với hộ gia đình', 'letter', 'đ', 'Đối với hộ gia đình'],
  ])('%j is a %s marker', (line, kind, marker, text) => {
    expect(readSectionMarker(line)).toEqual({ kind, marker, text });
  });

  test.each([['Việc tổ chức các phong trào'], ['2024 là năm'], ['Trên đây là Kế hoạch']])(
    '%j is plain text',
    (line) => {
      expect(readSectionMarker(line)).toBeNull();
    },
  );
});

describe('splitting a body', () => {
  const parsed = parsePlanBody(body);
  const flat = flattenSections(parsed.sections);

  test('paragraphs before the first marker are the preamble', () => {
    expect(parsed.preamble).toEqual(['Thực hiện Kế hoạch số 25-KH/TU …']);
  });
  test('paragraphs after --- are the closing', () => {
    expect(parsed.closing).toEqual(['Trên đây là Kế hoạch …']);
  });
  test('roman headings are the top level', () => {
    expect(parsed.sections.map((s) => s.anchor)).toEqual(['muc-i', 'muc-ii']);
  });
  test('every section gets an anchor from its numbering path', () => {
    expect(flat.map(({ section }) => section.anchor)).toEqual([
      'muc-i',
      'muc-i-1',
      'muc-i-1-g1',
      'muc-i-1-g2',
      'muc-i-2',
      'muc-i-2-a',
      'muc-ii',
      'muc-ii-1',
    ]);
  });
  test('an escaped numbered paragraph keeps its number', () => {
    expect(flat.find(({ section }) => section.anchor === 'muc-i-2')?.section.text).toBe(
      'Tăng cường vai trò …',
    );
  });
  test('a paragraph without a marker continues the section above', () => {
    expect(flat.find(({ section }) => section.anchor === 'muc-i-2-a')?.section.paragraphs).toEqual([
      'Chỉ đạo tổ chức phát động …',
    ]);
  });
  test('headings are marked as headings', () => {
    expect(
      flat.filter(({ section }) => section.isHeading).map(({ section }) => section.anchor),
    ).toEqual(['muc-i', 'muc-i-1', 'muc-ii']);
  });
  test('raw HTML in a body comes out as plain text, tags shown literally', () => {
    const html = parsePlanBody('Trước <b>đậm</b> sau\n');
    expect(html.preamble).toEqual(['Trước <b>đậm</b> sau']);
  });
  test('escaped entities come back as the characters they stand for', () => {
    expect(parsePlanBody('&lt;script&gt; \\* 1\\. &amp;\n').preamble).toEqual(['<script> * 1. &']);
  });
});
