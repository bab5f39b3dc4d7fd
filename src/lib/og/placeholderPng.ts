import { pngFile } from '../images/pngFile';

/**
 * A PNG of one flat colour, `width` × `height` pixels (a one-colour palette, 1 bit per pixel): what
 * the image endpoints return when `SKIP_OG_IMAGES=1`, so that pages keep correct image sizes in
 * their meta tags while the build skips rendering. Well under 1 kB for a card or a poster. `rgb` is
 * `[red, green, blue]`, 0–255 each. Encoded once per size and colour (thousands of endpoints ask for
 * the same image); each call returns its own copy.
 */
export function placeholderPng(
  width: number,
  height: number,
  rgb: readonly [number, number, number],
): Uint8Array {
  const key = `${String(width)}x${String(height)}/${rgb.join(',')}`;
  let png = encoded.get(key);
  if (png === undefined) {
    png = encode(width, height, rgb);
    encoded.set(key, png);
  }
  return png.slice();
}

const encoded = new Map<string, Uint8Array>();

function encode(width: number, height: number, rgb: readonly [number, number, number]): Uint8Array {
  // Each row: filter type 0, then ceil(width / 8) bytes of palette index 0.
  const raw = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return pngFile({ width, height }, { bitDepth: 1, colourType: 3 }, raw, Uint8Array.from(rgb));
}
