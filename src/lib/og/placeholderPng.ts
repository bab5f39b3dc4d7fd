import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A PNG of one flat colour, `width` × `height` pixels (a one-colour palette, 1 bit per pixel): what
 * the image endpoints return when `SKIP_OG_IMAGES=1`, so that pages keep correct image sizes in
 * their meta tags while the build skips rendering. Well under 1 kB for a card or a poster. `rgb` is
 * `[red, green, blue]`, 0–255 each.
 */
export function placeholderPng(
  width: number,
  height: number,
  rgb: readonly [number, number, number],
): Uint8Array {
  // Each row: filter type 0, then ceil(width / 8) bytes of palette index 0.
  const raw = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 3, 0, 0, 0], 8); // bit depth 1, colour type 3 (palette)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(rgb)),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
