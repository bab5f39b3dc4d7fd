/** The 1200 × 630 card template: what it shows, and that every text fits its box. */
import { describe, expect, test } from 'vitest';
import { siteName } from '../../../src/lib/openData/openDataLicence';
import { fittedHeight } from '../../../src/lib/og/fitText';
import { ogCard, ogCardLayout, type OgCard } from '../../../src/lib/og/ogCard';
import { findPart, textsOf } from '../../../src/lib/og/ogElement';
import { illustrativeLabel } from '../../../src/lib/og/ogParts';
import { longName, longTitle } from './worstCases';

const documentCard: OgCard = {
  kindLabel: 'Chỉ thị',
  title:
    'Chỉ thị 41-CT/TW về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng',
  subtitle: 'Bộ Chính trị',
  meta: '26/12/2024',
  illustrative: false,
};

const exemplarCard: OgCard = {
  kindLabel: 'Gương người tốt, việc tốt',
  title: 'Nguyễn Văn Hậu',
  subtitle: 'Khu phố 1, Phường Quy Nhơn Tây, Gia Lai',
  summary:
    'Giữa đêm lũ, anh buộc dây thừng vào người, lội dòng nước xiết đưa hai học sinh vào nơi an toàn.',
  meta: '05/7/2026',
  illustrative: true,
  cover: { src: 'data:image/jpeg;base64,AAAA', credit: 'Ảnh minh họa do dự án tạo' },
};

const text = (card: OgCard, part: string): string =>
  textsOf(findPart(ogCard(card), part) ?? '').join('');

describe('a document card', () => {
  test.each([
    ['site', siteName],
    ['kind', 'Chỉ thị'],
    ['title', documentCard.title],
    ['subtitle', 'Bộ Chính trị'],
    ['meta', '26/12/2024'],
  ])('shows the %s: %s', (part, expected) => {
    expect(text(documentCard, part)).toBe(expected);
  });

  test('is 1200 × 630 pixels, in Vietnamese', () => {
    const root = ogCard(documentCard);
    expect(root.props.style).toMatchObject({ width: 1200, height: 630 });
    expect(root.props.lang).toBe('vi-VN');
  });

  test('has no ribbon when the data is real', () => {
    expect(findPart(ogCard(documentCard), 'ribbon')).toBeUndefined();
  });

  test('has no photo panel', () => {
    expect(findPart(ogCard(documentCard), 'cover')).toBeUndefined();
    expect(findPart(ogCard(documentCard), 'cover-panel')).toBeUndefined();
  });

  test('shows a note beside the kind when given', () => {
    expect(text({ ...documentCard, note: 'Đã thu hồi' }, 'note')).toBe('Đã thu hồi');
  });
});

describe('an illustrative card', () => {
  test('carries the "Dữ liệu minh họa" ribbon', () => {
    expect(text({ ...documentCard, illustrative: true }, 'ribbon')).toBe(illustrativeLabel);
    expect(illustrativeLabel).toBe('Dữ liệu minh họa');
  });

  test('keeps every text inside the card although the ribbon takes room', () => {
    const layout = ogCardLayout({ ...documentCard, title: longTitle, illustrative: true });
    const used = 88 + 52 + 36 + 36 + 16 + fittedHeight(layout.title) + 16;
    expect(used + (layout.subtitle ? fittedHeight(layout.subtitle) + 16 : 0)).toBeLessThanOrEqual(
      630,
    );
  });
});

describe('an exemplar card', () => {
  test.each([
    ['title', 'Nguyễn Văn Hậu'],
    ['summary', exemplarCard.summary ?? ''],
    ['subtitle', exemplarCard.subtitle ?? ''],
    ['credit', 'Ảnh minh họa do dự án tạo'],
    ['ribbon', 'Dữ liệu minh họa'],
  ])('shows the %s', (part, expected) => {
    expect(text(exemplarCard, part)).toBe(expected);
  });

  test('shows the cover photo, cropped to the panel', () => {
    const cover = findPart(ogCard(exemplarCard), 'cover');
    expect(cover?.type).toBe('img');
    expect(cover?.props).toMatchObject({
      src: 'data:image/jpeg;base64,AAAA',
      width: 400,
      height: 490,
    });
  });

  test('without a photo file, shows a navy panel with the kind', () => {
    const card = { ...exemplarCard, cover: { credit: 'Ảnh: x' } };
    expect(text(card, 'cover-panel')).toBe('Gương người tốt, việc tốt');
  });

  test('sets the text beside the photo, 672 pixels wide', () => {
    expect(ogCardLayout(exemplarCard).textWidth).toBe(1200 - 128 - 400);
  });
});

describe('long texts', () => {
  test('a 400-character title is shortened with "…" and marked truncated', () => {
    const layout = ogCardLayout({ ...documentCard, title: longTitle });
    expect(layout.title.truncated).toBe(true);
    expect(text({ ...documentCard, title: longTitle }, 'title').endsWith('…')).toBe(true);
  });

  test('a very long unbroken name is set smaller, within the text width', () => {
    const layout = ogCardLayout({ ...documentCard, title: longName });
    expect(layout.title.fontSize).toBeLessThan(64);
    expect(layout.title.brokenWords).toBe(true);
  });

  test('a long issuer name takes two lines at most', () => {
    const subtitle = 'Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh '.repeat(
      3,
    );
    expect(ogCardLayout({ ...documentCard, subtitle }).subtitle?.lines.length).toBeLessThanOrEqual(
      2,
    );
  });
});
