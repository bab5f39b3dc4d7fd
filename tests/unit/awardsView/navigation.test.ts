import { describe, expect, test } from 'vitest';
import { currentSection } from '../../../src/lib/site/urls';

describe('the navigation marks "Khen thưởng" on every award page', () => {
  test.each([
    ['/khen-thuong/', '/khen-thuong/'],
    ['/khen-thuong/lay-y-kien/', '/khen-thuong/'],
    [
      '/khen-thuong/quyet-dinh-120-qd-ubnd-uy-ban-nhan-dan-phuong-quyet-thang-2024-12-20/',
      '/khen-thuong/',
    ],
    ['/hinh-thuc-khen-thuong/lao-dong-tien-tien/', '/khen-thuong/'],
    ['/bang-vang/chu-tich-nuoc/2025/', '/khen-thuong/'],
    ['/van-ban/', '/van-ban/'],
  ])('%s → %s', (path, section) => {
    expect(currentSection(path)).toBe(section);
  });
});
