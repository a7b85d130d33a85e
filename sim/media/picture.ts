import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

/**
 * The simulator's pictures: the photographs a real backend attaches to a hot issue or an incident,
 * stood in for by a deterministic image per name (a sky, a horizon, a few shapes in colours picked from
 * the name's hash) — a real PNG, so the hub's media cache checks, stores and serves it like any other.
 */
export const PICTURE_SIZE = { width: 480, height: 270 } as const;

/** Names the sim serves: a report's id and ".png". */
export const PICTURE_NAME = /^[a-z0-9][a-z0-9._-]{0,79}\.png$/;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A PNG (8-bit RGB, no interlace) of the given pixels, row by row. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The picture for a name: the same name always gives the same bytes. */
export function pictureFor(name: string): Buffer {
  const { width, height } = PICTURE_SIZE;
  const hash = createHash('sha256').update(name).digest();
  const horizon = Math.floor(height * (0.45 + (hash[0]! / 255) * 0.2));
  const sky = [40 + (hash[1]! % 60), 70 + (hash[2]! % 80), 110 + (hash[3]! % 100)];
  const ground = [60 + (hash[4]! % 80), 50 + (hash[5]! % 60), 30 + (hash[6]! % 40)];
  const shapes = Array.from({ length: 4 }, (_, i) => ({ x: (hash[7 + i * 4]! / 255) * width, y: horizon - 10 + (hash[8 + i * 4]! / 255) * (height - horizon), r: 12 + (hash[9 + i * 4]! % 40), colour: [hash[10 + i * 4]!, 200 - (hash[9 + i * 4]! % 120), 60 + (hash[8 + i * 4]! % 120)] }));
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let colour = y < horizon ? sky.map((c) => c + (y / horizon) * 40) : ground.map((c) => c - ((y - horizon) / (height - horizon)) * 30);
      for (const shape of shapes) if ((x - shape.x) ** 2 + (y - shape.y) ** 2 < shape.r ** 2) colour = shape.colour;
      const at = (y * width + x) * 3;
      rgb[at] = colour[0]!;
      rgb[at + 1] = colour[1]!;
      rgb[at + 2] = colour[2]!;
    }
  }
  return encodePng(width, height, rgb);
}
