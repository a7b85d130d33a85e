#!/usr/bin/env node
// Draws the OpsWall app icon — a 3 × 2 video wall of rounded tiles in the accent colour on a dark
// navy rounded square — and writes it as PNG at the sizes electron-builder uses:
//   icon.png (512 × 512: Linux and Windows packages) and 256x256.png (the smallest size Windows takes).
// No image library: shapes are signed-distance rounded rectangles (anti-aliased by coverage), and
// the PNG is written by hand with node:zlib. Run: node assets/icons/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

// From renderer/theme/theme.css: --surface-raised and --accent.
const NAVY = [0x0f, 0x18, 0x27];
const ACCENT = [0x5c, 0xc0, 0xf0];

/** Signed distance (in pixels) from (px, py) to a rounded rectangle; negative inside. */
function roundedRectDistance(px, py, { x, y, width, height, radius }) {
  const qx = Math.abs(px - (x + width / 2)) - (width / 2 - radius);
  const qy = Math.abs(py - (y + height / 2)) - (height / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** The shapes of the icon at a given size, all proportional so every size looks the same. */
function shapes(size) {
  const margin = size * 0.06;
  const ground = { x: margin, y: margin, width: size - 2 * margin, height: size - 2 * margin, radius: size * 0.2 };
  const columns = 3;
  const rows = 2;
  const gap = size * 0.04;
  const tileWidth = (size * 0.7 - gap * (columns - 1)) / columns;
  const tileHeight = tileWidth * 0.72; // a little squarer than 16:9 so the mark reads at small sizes
  const left = (size - (tileWidth * columns + gap * (columns - 1))) / 2;
  const top = (size - (tileHeight * rows + gap * (rows - 1))) / 2;
  const tiles = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({ x: left + column * (tileWidth + gap), y: top + row * (tileHeight + gap), width: tileWidth, height: tileHeight, radius: tileHeight * 0.16 });
    }
  }
  return { ground, tiles };
}

/** Straight-alpha RGBA pixels. */
function draw(size) {
  const { ground, tiles } = shapes(size);
  const pixels = Buffer.alloc(size * size * 4);
  const coverage = (distance) => Math.min(1, Math.max(0, 0.5 - distance));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const groundAlpha = coverage(roundedRectDistance(px, py, ground));
      const tileAlpha = Math.max(...tiles.map((tile) => coverage(roundedRectDistance(px, py, tile))));
      const colour = NAVY.map((navy, i) => navy + (ACCENT[i] - navy) * tileAlpha);
      const offset = (y * size + x) * 4;
      pixels[offset] = Math.round(colour[0]);
      pixels[offset + 1] = Math.round(colour[1]);
      pixels[offset + 2] = Math.round(colour[2]);
      pixels[offset + 3] = Math.round(groundAlpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each scanline starts with its filter type (0: none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const dir = import.meta.dirname;
for (const [name, size] of [
  ['icon.png', 512],
  ['256x256.png', 256],
]) {
  writeFileSync(join(dir, name), png(size, draw(size)));
  console.log(`wrote ${join(dir, name)} (${size}×${size})`);
}
