import { describe, expect, test } from 'vitest';
import { altTextProblem, imageFileStem } from '../../../src/lib/exemplars/altText';

describe('imageFileStem', () => {
  test.each([
    ['./images/chi-hoi-phu-nu.jpg', 'chi-hoi-phu-nu'],
    [{ src: '/_astro/chi-hoi-phu-nu.B3x9aQ1z.jpg' }, 'chi-hoi-phu-nu'],
    [{ src: '/@fs/work/content/exemplars/images/a.png?origWidth=1200' }, 'a'],
    [42, null],
  ])('%j → %s', (image, stem) => {
    expect(imageFileStem(image)).toBe(stem);
  });
});

describe('altTextProblem', () => {
  test('a sentence that describes the photo is fine', () => {
    expect(
      altTextProblem('Bốn phụ nữ xếp chai nhựa vào thùng màu xanh', './images/a.jpg'),
    ).toBeNull();
  });
  test.each([
    ['', 'is empty'],
    ['chi-hoi-phu-nu', 'is the file name'],
    ['Chi hội phụ nữ', 'is the file name'],
    ['DSC0042', 'looks like a file name'],
    ['anh-bia.png', 'looks like a file name'],
    ['Hình ảnh', 'says nothing'],
    ['Chị Mai', 'too short'],
  ])('"%s" %s', (alt, words) => {
    expect(altTextProblem(alt, './images/chi-hoi-phu-nu.jpg')).toContain(words);
  });
});
