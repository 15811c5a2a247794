#!/usr/bin/env node
// Renders the Diplomatic Lens icon (a navy lens with a gold rim over a white
// document) into assets/public/icon/{16,32,48,128}.png.
// No dependencies: shapes are point-in-shape tests, anti-aliased by
// supersampling, and the PNG is written by hand (node:zlib for the deflate).
// Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
const OUT_DIR = new URL('../assets/public/icon/', import.meta.url);
// 4x4 samples per pixel: enough for smooth edges at 16 px, cheap at 128 px.
const SUPERSAMPLE = 4;

const NAVY = [0x1b, 0x2a, 0x4a, 255];
const GOLD = [0xc9, 0xa2, 0x27, 255];
const WHITE = [255, 255, 255, 255];
const INK = [0x5a, 0x67, 0x80, 255]; // text lines on the page: navy, softened

// --- shapes, in a 0..1 square; each is a test "is (x, y) inside?" ---------
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const capsule = (ax, ay, bx, by, r) => (x, y) => {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= r * r;
};
const both = (a, b) => (x, y) => a(x, y) && b(x, y);

// Small icons get bolder strokes so the mark still reads at 16 px.
function layers(size) {
  const bold = size <= 16 ? 1.45 : size <= 32 ? 1.2 : 1;
  // Straight edges snapped to whole pixels stay crisp instead of smearing grey.
  const snap = (v) => Math.round(v * size) / size;
  const line = 0.035 * bold; // half-height of a text line
  const lens = { cx: 0.6, cy: 0.58, r: 0.25 };
  const rim = 0.055 * bold;
  const glass = circle(lens.cx, lens.cy, lens.r - rim);
  const textLine = (y, x1) => roundRect(snap(0.2), snap(y - line), snap(x1), snap(y + line), line);
  const page = (inset, r) => roundRect(snap(0.08 + inset), snap(0.04 + inset), snap(0.7 - inset), snap(0.9 - inset), r);
  const glassLine = (y, x0, x1) => both(glass, roundRect(x0, y - line, x1, y + line, line));
  const lines = size <= 16 ? [[0.28, 0.58]] : [[0.25, 0.6], [0.38, 0.42]];
  return [
    // the document: navy outline, white page, lines of text
    [page(0, 0.07), NAVY],
    [page(0.045 * bold, 0.04), WHITE],
    ...lines.map(([y, x1]) => [textLine(y, x1), INK]),
    // the lens: handle, gold rim, navy glass with magnified lines of text
    [capsule(lens.cx + 0.2, lens.cy + 0.2, 0.93, 0.93, 0.075 * bold), NAVY],
    [circle(lens.cx, lens.cy, lens.r), GOLD],
    [glass, NAVY],
    [glassLine(0.52, 0.44, 0.76), WHITE],
    ...(size <= 16 ? [] : [[glassLine(0.64, 0.44, 0.66), WHITE]]),
  ];
}

function render(size) {
  const shapes = layers(size);
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0; // premultiplied sums over the samples
      for (let s = 0; s < n; s++) {
        const x = (px + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const y = (py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        let color = null; // painter's order: the last shape that covers the sample wins
        for (const [inside, c] of shapes) if (inside(x, y)) color = c;
        if (color) { r += color[0]; g += color[1]; b += color[2]; a += 255; }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round((r * 255) / a);
        rgba[i + 1] = Math.round((g * 255) / a);
        rgba[i + 2] = Math.round((b * 255) / a);
      }
      rgba[i + 3] = Math.round(a / n);
    }
  }
  return rgba;
}

// --- PNG encoding ---------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // [10..12] compression, filter, interlace: all 0
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type 0 (None) for every row
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = new URL(`${size}.png`, OUT_DIR);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file.pathname}`);
}
