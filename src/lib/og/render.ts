/**
 * Renders the OG templates to PNG: satori (element tree → SVG, text as paths, fonts from
 * src/assets/fonts/, never fetched) then resvg (SVG → PNG). Not pure: reads the fonts and photos,
 * and keeps every PNG in a cache folder keyed by `ogCacheKey` of the element tree (photos by the
 * hash of their bytes), the font files' hash and the renderer's versions, so a build renders only
 * the images whose content, design, fonts or renderer changed.
 *
 * Environment:
 * - `SKIP_OG_IMAGES=1`: return a flat placeholder PNG of the right size instead of rendering (fast test
 *   and preview builds; the meta tags stay the same).
 * - `OG_CACHE_DIR`: the cache folder (default `.build/og-cache`, ignored by git). Delete it to rebuild
 *   every image.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import satoriPackage from 'satori/package.json' with { type: 'json' };
import resvgPackage from '@resvg/resvg-js/package.json' with { type: 'json' };
import sharp from 'sharp';
import {
  exemplarPoster,
  exemplarPosterTemplateVersion,
  posterPhotoSize,
  type ExemplarPoster,
  type ExemplarPosterInput,
} from './exemplarPoster';
import {
  ogCard,
  ogCardCoverSize,
  ogCardTemplateVersion,
  type OgCard,
  type OgCardInput,
  type OgCoverFile,
} from './ogCard';
import { ogCacheKey } from './ogCacheKey';
import type { OgElement } from './ogElement';
import { ogCardSize, ogFontFamily, posterSize } from './ogTheme';
import { placeholderPng } from './placeholderPng';

/** The committed font files, relative to the project root: Be Vietnam Pro, SIL OFL 1.1. */
export const ogFontFiles = [
  { file: 'src/assets/fonts/BeVietnamPro-Regular.ttf', weight: 400 },
  { file: 'src/assets/fonts/BeVietnamPro-Bold.ttf', weight: 700 },
] as const;

/** A font as satori takes it. */
export interface OgFont {
  readonly name: string;
  /** The TTF bytes. */
  readonly data: Buffer;
  readonly weight: 400 | 700;
  readonly style: 'normal';
}

/** The loaded fonts and the SHA-256 (hex) of their bytes, part of every cache key. */
export interface OgFonts {
  readonly fonts: readonly OgFont[];
  readonly hash: string;
}

let loadedFonts: Promise<OgFonts> | undefined;

/** Reads the committed fonts once per process (from the working directory, the project root). */
export function loadOgFonts(): Promise<OgFonts> {
  loadedFonts ??= (async () => {
    const fonts = await Promise.all(
      ogFontFiles.map(async ({ file, weight }) => ({
        name: ogFontFamily,
        data: await readFile(resolve(file)),
        weight,
        style: 'normal' as const,
      })),
    );
    const hash = createHash('sha256');
    for (const font of fonts) hash.update(font.data);
    return { fonts, hash: hash.digest('hex') };
  })();
  return loadedFonts;
}

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Width of the image, pixels. */
  readonly width: number;
  /** Height of the image, pixels. */
  readonly height: number;
  /** The fonts; the committed ones when absent. */
  readonly fonts?: readonly OgFont[];
  /**
   * Called with each piece of text no font has glyphs for (satori's `loadAdditionalAsset`); the
   * text is then left out of the image. Default: a warning naming the characters and `label`.
   */
  readonly onMissingGlyphs?: (segment: string) => void;
  /** What is being rendered, for the warning: "/og/van-ban/abc.png". */
  readonly label?: string;
}

/** "U+1EC7 ệ, U+1F600 😀": the code points of a text, for messages. */
export function describeCodePoints(text: string): string {
  return Array.from(
    text,
    (ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} ${ch}`,
  ).join(', ');
}

/** Renders an element tree to SVG with satori: text becomes paths drawn from the given fonts. */
export async function renderSvg(element: OgElement, options: RenderSvgOptions): Promise<string> {
  const fonts = options.fonts ?? (await loadOgFonts()).fonts;
  const warn =
    options.onMissingGlyphs ??
    ((segment: string) => {
      console.warn(
        `[og] ${options.label ?? 'image'}: the font has no glyph for ` +
          `${describeCodePoints(segment)}; left out of the image. ` +
          'Write it with Vietnamese or Latin letters, or remove it.',
      );
    });
  // satori's types ask for a React node; plain element objects are what it reads (README, "Use without
  // JSX"). @types/react is present since decap-cms (a dev dependency) brings it, so the node type is
  // React's and a plain object needs the cast.
  const node = element as unknown as Parameters<typeof satori>[0];
  return satori(node, {
    width: options.width,
    height: options.height,
    fonts: fonts.map((f) => ({ ...f })),
    loadAdditionalAsset: (_code: string, segment: string) => {
      warn(segment);
      return Promise.resolve([]);
    },
  });
}

/** Turns an SVG into PNG bytes at its own size, without system fonts (satori drew every glyph). */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

/** Whether `SKIP_OG_IMAGES=1` asks for placeholders. */
export function skipOgImages(): boolean {
  return process.env['SKIP_OG_IMAGES'] === '1';
}

/** The cache folder: `OG_CACHE_DIR`, or `.build/og-cache` under the project root. */
export function ogCacheDir(): string {
  return resolve(process.env['OG_CACHE_DIR'] ?? '.build/og-cache');
}

/** The renderer's versions, part of every key: an upgrade of satori or resvg redraws every image. */
const rendererVersions = `satori@${satoriPackage.version} resvg@${resvgPackage.version}`;

/** The placeholder colour: the site's navy (#12355b). */
const placeholderRgb = [0x12, 0x35, 0x5b] as const;

/**
 * Returns the cached PNG for `key`, or makes it with `produce`, stores it (written beside and
 * renamed, so a parallel build never reads half a file) and returns it. The file written beside is
 * named for this call, not only this process: Astro renders several pages at once
 * (`build.concurrency`), and two pages with the same card would otherwise write one file together.
 */
async function cached(key: string, produce: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const dir = ogCacheDir();
  const path = join(dir, `${key}.png`);
  try {
    return await readFile(path);
  } catch {
    const png = await produce();
    await mkdir(dir, { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, path);
    return png;
  }
}

/**
 * Reads a photo, crops it to `width` × `height` pixels around its most telling part (sharp, `fit:
 * cover`, `position: attention`) and
 * returns it as a JPEG `data:` URI for satori, with the SHA-256 of the original bytes for the cache
 * key. Undefined with a warning when the file cannot be read: the card then shows a navy panel.
 */
async function loadCover(
  cover: OgCoverFile,
  width: number,
  height: number,
): Promise<{ hash: string; load: () => Promise<string | undefined> } | undefined> {
  if (cover.file === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cover.file));
  } catch (error) {
    console.warn(
      `[og] cover photo ${cover.file} cannot be read (${String(error)}); using a plain panel.`,
    );
    return undefined;
  }
  return {
    hash: createHash('sha256').update(bytes).digest('hex'),
    load: async () => {
      const jpeg = await sharp(bytes)
        .rotate()
        .resize(width, height, { fit: 'cover', position: 'attention' })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer();
      return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
    },
  };
}

/**
 * The PNG of an Open Graph card, 1200 × 630 pixels: from the cache when the card, its photo, the
 * fonts and the template are unchanged; a placeholder when `SKIP_OG_IMAGES=1`. `label` names the
 * image in warnings.
 */
export async function renderOgCard(card: OgCardInput, label?: string): Promise<Uint8Array> {
  if (skipOgImages()) return placeholderPng(ogCardSize.width, ogCardSize.height, placeholderRgb);
  const { hash: fontHash } = await loadOgFonts();
  const size = ogCardCoverSize(card.illustrative);
  const cover =
    card.cover === undefined ? undefined : await loadCover(card.cover, size.width, size.height);
  const { cover: coverFile, ...data } = card;
  const withCover = (src: string | undefined): OgCard => ({
    ...data,
    cover: coverFile && { credit: coverFile.credit, src },
  });
  // The key is the element tree itself (the photo by its hash), so any change of data, fitting or
  // design makes a new image without a version to bump.
  const key = ogCacheKey({
    template: `card@${String(ogCardTemplateVersion)} ${rendererVersions}`,
    fontHash,
    data: ogCard(withCover(cover && `sha256:${cover.hash}`)),
  });
  return cached(key, async () => {
    const element = ogCard(withCover(await cover?.load()));
    return svgToPng(
      await renderSvg(element, { ...ogCardSize, ...(label === undefined ? {} : { label }) }),
    );
  });
}

/**
 * The PNG of an exemplar's A4 poster, 1240 × 1754 pixels (150 dpi): cached like the cards; a
 * placeholder of the same size when `SKIP_OG_IMAGES=1`.
 */
export async function renderExemplarPoster(
  poster: ExemplarPosterInput,
  label?: string,
): Promise<Uint8Array> {
  if (skipOgImages()) return placeholderPng(posterSize.width, posterSize.height, placeholderRgb);
  const { hash: fontHash } = await loadOgFonts();
  const size = posterPhotoSize(poster.illustrative);
  const cover = await loadCover(poster.cover, size.width, size.height);
  const { cover: coverFile, ...data } = poster;
  const withCover = (src: string | undefined): ExemplarPoster => ({
    ...data,
    cover: { credit: coverFile.credit, src },
  });
  const key = ogCacheKey({
    template: `poster@${String(exemplarPosterTemplateVersion)} ${rendererVersions}`,
    fontHash,
    data: exemplarPoster(withCover(cover && `sha256:${cover.hash}`)),
  });
  return cached(key, async () => {
    const element = exemplarPoster(withCover(await cover?.load()));
    return svgToPng(
      await renderSvg(element, { ...posterSize, ...(label === undefined ? {} : { label }) }),
    );
  });
}
