/**
 * The PNG container (ISO/IEC 15948): signature, then length-type-data-CRC chunks. Used by the
 * generators of flat placeholder cards (src/lib/og/placeholderPng.ts) and of synthetic cover photos
 * (src/lib/corpus/placeholderPhoto.ts), which draw simple pictures synchronously and byte-for-byte
 * reproducibly; sharp (installed) renders real images but is asynchronous and not needed for these.
 */
import { crc32, deflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A whole PNG file from its image header and raw scanlines (each row starting with its filter byte).
 *
 * @param size pixels
 * @param format bit depth and colour type (2 RGB, 3 palette), as in the IHDR chunk
 * @param raw the uncompressed scanlines; compressed here at level 9
 * @param palette for colour type 3: RGB triples, 0–255 each
 * @returns the file's bytes
 */
export function pngFile(
  size: { readonly width: number; readonly height: number },
  format: { readonly bitDepth: number; readonly colourType: number },
  raw: Uint8Array,
  palette?: Uint8Array,
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size.width, 0);
  header.writeUInt32BE(size.height, 4);
  header[8] = format.bitDepth;
  header[9] = format.colourType;
  // compression, filter and interlace methods: 0
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    ...(palette === undefined ? [] : [chunk('PLTE', palette)]),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
