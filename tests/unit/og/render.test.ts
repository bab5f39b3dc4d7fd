/**
 * Rendering to PNG: sizes, the cache (reused when nothing changed, a new entry when something did),
 * the SKIP_OG_IMAGES switch, photos, and the warning for characters the font lacks.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { OgCardInput } from '../../../src/lib/og/ogCard';
import { placeholderPng } from '../../../src/lib/og/placeholderPng';
import { pngSize } from '../../../src/lib/og/pngSize';
import { renderExemplarPoster, renderOgCard } from '../../../src/lib/og/render';

let work: string;
let photo: string;

const card: OgCardInput = {
  kindLabel: 'Kế hoạch',
  title: 'Kế hoạch 42-KH/ĐU thực hiện Chỉ thị số 41-CT/TW',
  subtitle: 'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây',
  meta: '05/12/2025',
  illustrative: false,
};

const cached = (): string[] => readdirSync(process.env['OG_CACHE_DIR'] ?? '').sort();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'og-render-'));
  photo = join(work, 'anh.jpg');
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#4a7' } })
    .jpeg()
    .toFile(photo);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  vi.stubEnv('OG_CACHE_DIR', mkdtempSync(join(work, 'cache-')));
  vi.stubEnv('SKIP_OG_IMAGES', '');
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('renderOgCard', () => {
  test('returns a 1200 × 630 PNG and stores it in the cache', async () => {
    expect(pngSize(await renderOgCard(card))).toEqual({ width: 1200, height: 630 });
    expect(cached()).toHaveLength(1);
  });

  test('takes an unchanged card from the cache instead of rendering it again', async () => {
    await renderOgCard(card);
    const [file = ''] = cached();
    const marker = placeholderPng(3, 3, [1, 2, 3]);
    writeFileSync(join(process.env['OG_CACHE_DIR'] ?? '', file), marker);
    expect(await renderOgCard(card)).toEqual(marker);
  });

  test('two pages rendered at once with the same card both get it, and the cache holds one whole file', async () => {
    // Astro renders several pages at once (build.concurrency in astro.config.mjs).
    const [first, second] = await Promise.all([renderOgCard(card), renderOgCard(card)]);
    expect(second).toEqual(first);
    expect(cached()).toHaveLength(1);
    const [file = ''] = cached();
    expect(readFileSync(join(process.env['OG_CACHE_DIR'] ?? '', file))).toEqual(Buffer.from(first));
  });

  test('renders a changed card anew, beside the old one', async () => {
    await renderOgCard(card);
    await renderOgCard({ ...card, meta: '06/12/2025' });
    expect(cached()).toHaveLength(2);
  });

  test('with SKIP_OG_IMAGES=1, returns a small placeholder of the same size and caches nothing', async () => {
    vi.stubEnv('SKIP_OG_IMAGES', '1');
    const png = await renderOgCard(card);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(1024);
    expect(cached()).toEqual([]);
  });

  test('draws the cover photo; a changed photo makes a new cache entry', async () => {
    const withPhoto = { ...card, cover: { file: photo, credit: 'Ảnh: A' } };
    expect(pngSize(await renderOgCard(withPhoto))).toEqual({ width: 1200, height: 630 });
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#a47' } })
      .jpeg()
      .toFile(join(work, 'khac.jpg'));
    await renderOgCard({ ...withPhoto, cover: { file: join(work, 'khac.jpg'), credit: 'Ảnh: A' } });
    expect(cached()).toHaveLength(2);
  });

  test('warns and draws a plain panel when the photo cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const png = await renderOgCard({ ...card, cover: { file: join(work, 'khong-co.jpg') } });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('khong-co.jpg'));
  });

  test('warns, naming the code point, when the font has no glyph for a character', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await renderOgCard({ ...card, title: 'Kế hoạch ☃' }, '/og/van-ban/x.png');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/\/og\/van-ban\/x\.png.*U\+2603/u));
  });
});

describe('renderExemplarPoster', () => {
  test('returns a 1240 × 1754 PNG (A4 at 150 dpi) with the photo', async () => {
    const png = await renderExemplarPoster({
      heading: 'Điển hình tiên tiến',
      kindLabel: 'Cá nhân điển hình',
      name: 'Tao Thị Duyên',
      placeLabel: 'Phường Quyết Thắng, Lai Châu',
      summary: 'Cô giáo mầm non người Thái soạn bộ học liệu song ngữ Thái - Việt cho trẻ em.',
      dateLabel: '10/01/2025',
      pageUrl: 'thiduakhenthuong.example.vn/dien-hinh/tao-thi-duyen/',
      illustrative: true,
      cover: { file: photo, credit: 'Ảnh: A' },
    });
    expect(pngSize(png)).toEqual({ width: 1240, height: 1754 });
  });
});
