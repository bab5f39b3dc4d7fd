/** The A4 poster template: what it shows, and that every text fits. */
import { describe, expect, test } from 'vitest';
import {
  exemplarPoster,
  exemplarPosterLayout,
  posterPhotoSize,
  type ExemplarPoster,
} from '../../../src/lib/og/exemplarPoster';
import { findPart, textsOf } from '../../../src/lib/og/ogElement';
import { longName } from './worstCases';

const poster: ExemplarPoster = {
  heading: 'Gương người tốt, việc tốt',
  kindLabel: 'Gương người tốt, việc tốt',
  name: 'Nguyễn Văn Hậu',
  placeLabel: 'Khu phố 1, Phường Quy Nhơn Tây, Gia Lai',
  summary:
    'Giữa đêm lũ, anh buộc dây thừng vào người, lội dòng nước xiết đưa hai học sinh vào nơi an toàn.',
  dateLabel: '05/7/2026',
  pageUrl: 'thiduakhenthuong.example.vn/dien-hinh/nguyen-van-hau/',
  illustrative: false,
  cover: { src: 'data:image/jpeg;base64,AAAA', credit: 'Ảnh: Báo Gia Lai' },
};

const text = (p: ExemplarPoster, part: string): string =>
  textsOf(findPart(exemplarPoster(p), part) ?? '').join('');

describe('the poster', () => {
  test('is A4 portrait at 150 dpi: 1240 × 1754 pixels', () => {
    expect(exemplarPoster(poster).props.style).toMatchObject({ width: 1240, height: 1754 });
  });

  test.each([
    ['site', 'Công khai Thi đua - Khen thưởng'],
    ['heading', 'GƯƠNG NGƯỜI TỐT, VIỆC TỐT'],
    ['title', 'Nguyễn Văn Hậu'],
    ['subtitle', 'Khu phố 1, Phường Quy Nhơn Tây, Gia Lai'],
    ['summary', poster.summary],
    ['credit', 'Ảnh: Báo Gia Lai'],
    [
      'meta',
      'Đăng ngày 05/7/2026 · Xem đầy đủ tại thiduakhenthuong.example.vn/dien-hinh/nguyen-van-hau/',
    ],
  ])('shows the %s', (part, expected) => {
    expect(text(poster, part)).toBe(expected);
  });

  test('does not repeat the kind when the heading says it', () => {
    expect(text(poster, 'kind')).toBe('');
  });

  test('shows the kind when the heading is more general', () => {
    const p = { ...poster, heading: 'Điển hình tiên tiến', kindLabel: 'Cá nhân điển hình' };
    expect(text(p, 'kind')).toBe('Cá nhân điển hình');
  });

  test('shows the photo at the content width', () => {
    expect(findPart(exemplarPoster(poster), 'cover')?.props).toMatchObject({
      width: 1024,
      height: 576,
    });
  });

  test('has no ribbon for a real story, and the ribbon for an invented one', () => {
    expect(findPart(exemplarPoster(poster), 'ribbon')).toBeUndefined();
    expect(text({ ...poster, illustrative: true }, 'ribbon')).toBe('Dữ liệu minh họa');
  });

  test('gives the photo less height when the ribbon takes room', () => {
    expect(posterPhotoSize(true).height).toBeLessThan(posterPhotoSize(false).height);
  });

  test('sets a very long unbroken name on at most three lines, shortened when needed', () => {
    const layout = exemplarPosterLayout({ ...poster, name: longName.repeat(2) });
    expect(layout.name.lines.length).toBeLessThanOrEqual(3);
    expect(layout.name.truncated).toBe(true);
  });

  test('sets a 300-character summary whole', () => {
    const summary = 'Người dân tổ dân phố tự chia ca quét dọn, tuần tra và thắp sáng đường ngõ. '
      .repeat(4)
      .slice(0, 300);
    expect(exemplarPosterLayout({ ...poster, summary }).summary.truncated).toBe(false);
  });
});
