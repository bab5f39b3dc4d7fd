import { pngFile } from '../images/pngFile';

/** An RGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/** Width and height of a generated cover: landscape, 1200 pixels wide as content/README.md asks. */
export const coverSize = { width: 1200, height: 675 } as const;

/**
 * A plain PNG (8-bit RGB, no interlace) of two horizontal bands, a sky colour over a ground colour, with
 * a square "sun" in a third colour: a recognisably abstract picture with no people in it, for the
 * cover of a generated exemplar (the schema requires a cover photo). Written with node:zlib only, at
 * level 9, so the same colours give the same bytes; a 1200 × 675 picture is a few kilobytes.
 *
 * @param colours sky, ground and sun
 * @param size pixels (default {@link coverSize})
 * @returns the PNG file's bytes
 */
export function bandedPng(
  colours: readonly [Rgb, Rgb, Rgb],
  size: { readonly width: number; readonly height: number } = coverSize,
): Buffer {
  const { width, height } = size;
  const [sky, ground, sun] = colours;
  const horizon = Math.round(height * 0.62);
  const sunSize = Math.round(height * 0.18);
  const sunLeft = Math.round(width * 0.7);
  const sunTop = Math.round(height * 0.16);
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * stride;
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const inSun = y >= sunTop && y < sunTop + sunSize && x >= sunLeft && x < sunLeft + sunSize;
      const colour = inSun ? sun : y < horizon ? sky : ground;
      const at = row + 1 + x * 3;
      raw[at] = colour[0];
      raw[at + 1] = colour[1];
      raw[at + 2] = colour[2];
    }
  }
  return pngFile({ width, height }, { bitDepth: 8, colourType: 2 }, raw);
}

/** Colour schemes of generated covers, each with its Vietnamese description for the alt text. */
export const coverPalettes: readonly {
  readonly colours: readonly [Rgb, Rgb, Rgb];
  readonly words: string;
}[] = [
  {
    colours: [
      [135, 190, 230],
      [70, 140, 70],
      [250, 210, 60],
    ],
    words: 'trời xanh nhạt trên nền cỏ xanh lá, góc phải có ô vuông vàng',
  },
  {
    colours: [
      [250, 200, 150],
      [180, 90, 50],
      [255, 240, 200],
    ],
    words: 'trời cam nhạt trên nền đất nâu đỏ, góc phải có ô vuông màu kem',
  },
  {
    colours: [
      [200, 220, 240],
      [40, 90, 150],
      [255, 255, 255],
    ],
    words: 'trời xám xanh trên nền nước xanh thẫm, góc phải có ô vuông trắng',
  },
  {
    colours: [
      [230, 230, 210],
      [150, 170, 60],
      [220, 60, 50],
    ],
    words: 'nền trời màu be trên cánh đồng xanh vàng, góc phải có ô vuông đỏ',
  },
  {
    colours: [
      [170, 210, 200],
      [90, 110, 120],
      [255, 200, 80],
    ],
    words: 'trời xanh ngọc trên nền xám đá, góc phải có ô vuông vàng cam',
  },
];

const coverCache = new Map<number, Buffer>();

/**
 * The cover of palette `index` (modulo the number of palettes), drawn once per process: exemplars
 * with the same palette get the same bytes, each in its own file.
 */
export function coverPng(index: number): { readonly png: Buffer; readonly words: string } {
  const at = index % coverPalettes.length;
  const palette = coverPalettes[at];
  if (palette === undefined) throw new Error('coverPalettes is empty');
  let png = coverCache.get(at);
  if (png === undefined) {
    png = bandedPng(palette.colours);
    coverCache.set(at, png);
  }
  return { png, words: palette.words };
}
