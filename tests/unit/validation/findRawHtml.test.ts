import { describe, expect, test } from 'vitest';
import { findRawHtml } from '../../../src/lib/validation/checkBody';

describe('findRawHtml', () => {
  test.each([
    ['an opening and closing tag', 'Có <b>chữ đậm</b> ở đây', ['<b>', '</b>']],
    ['a tag with attributes', '<p class="x">Đoạn</p>', ['<p class="x">', '</p>']],
    ['a self-closing tag', 'dòng<br/>mới', ['<br/>']],
    ['a script', '<script>alert(1)</script>', ['<script>', '</script>']],
    ['a script left open at the end of a line', 'văn bản <script', ['<script']],
    ['a comment', '<!-- ghi chú -->', ['<!--']],
  ])('finds %s', (_name, line, tags) => {
    expect(findRawHtml(line)).toEqual([{ line: 1, tags }]);
  });

  test.each([
    ['a less-than sign in text', 'tỷ lệ < 5% và a < b'],
    ['a number after <', 'dưới <10 người'],
    ['a Markdown autolink', 'xem <https://thuvienphapluat.vn/van-ban>'],
    ['an escaped tag', 'viết &lt;b&gt; là văn bản'],
  ])('ignores %s', (_name, line) => {
    expect(findRawHtml(line)).toEqual([]);
  });

  test('counts lines from the first line of the body', () => {
    expect(findRawHtml('a\nb\n<i>c</i>', 12)).toEqual([{ line: 14, tags: ['<i>', '</i>'] }]);
  });
});
