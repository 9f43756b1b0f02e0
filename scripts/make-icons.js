#!/usr/bin/env node
// Draws the add-in's icons: a small performance tree (a root box joined to three child boxes),
// teal and green on transparent, at 16, 32, 64, 80 and 128 px. Plain Node (node:zlib for the
// PNG encoding and its chunk checksums), so anyone can regenerate them: `node scripts/make-icons.js`.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const ROOT = [0x0f, 0x76, 0x6e]; // teal
const CHILD = [0x1f, 0xa3, 0x6b]; // green
const LINE = [0x13, 0x4e, 0x4a]; // dark teal
const TEXT = [0xff, 0xff, 0xff];

/** The drawing at one size: rounded boxes and straight connectors, snapped to whole pixels. */
function design(size) {
  const u = size / 16; // the tree is drawn on a 16-unit grid
  const px = (v) => Math.round(v * u);
  const line = Math.max(1, Math.round(size / 20));
  const radius = Math.max(0, Math.round(0.8 * u));
  const box = (x0, y0, x1, y1, color) => ({
    x0: px(x0),
    y0: px(y0),
    x1: px(x1),
    y1: px(y1),
    r: radius,
    color,
  });
  const root = box(5, 1, 11, 6, ROOT);
  const kids = [box(0.5, 10, 4.5, 15, CHILD), box(6, 10, 10, 15, CHILD), box(11.5, 10, 15.5, 15, CHILD)];
  const stemX = (b) => Math.round((b.x0 + b.x1 - line) / 2);
  const barY = Math.round((root.y1 + kids[0].y0 - line) / 2);
  const rects = [
    { x0: stemX(root), y0: root.y1, x1: stemX(root) + line, y1: barY, r: 0, color: LINE },
    { x0: stemX(kids[0]), y0: barY, x1: stemX(kids[2]) + line, y1: barY + line, r: 0, color: LINE },
    ...kids.map((k) => ({ x0: stemX(k), y0: barY, x1: stemX(k) + line, y1: k.y0, r: 0, color: LINE })),
    root,
    ...kids,
  ];
  if (size >= 64) {
    // Large icons: a white "text line" in each box, so they read as cards of a tree.
    for (const b of [root, ...kids]) {
      const w = Math.round((b.x1 - b.x0) * 0.6);
      const x0 = Math.round((b.x0 + b.x1 - w) / 2);
      const y0 = Math.round((b.y0 + b.y1 - line) / 2);
      rects.push({ x0, y0, x1: x0 + w, y1: y0 + line, r: Math.floor(line / 2), color: TEXT });
    }
  }
  return rects;
}

/** Coverage of a pixel by a rounded rectangle, by 4×4 supersampling (only corners are partial). */
function coverage(rect, x, y) {
  let hits = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      if (inside(rect, x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
    }
  }
  return hits / 16;
}

function inside({ x0, y0, x1, y1, r }, x, y) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** RGBA pixels, shapes composited in order ("over"). */
function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (const rect of design(size)) {
    for (let y = Math.max(0, rect.y0); y < Math.min(size, rect.y1); y++) {
      for (let x = Math.max(0, rect.x0); x < Math.min(size, rect.x1); x++) {
        const a = coverage(rect, x, y);
        if (a === 0) continue;
        const i = (y * size + x) * 4;
        const under = rgba[i + 3] / 255;
        const out = a + under * (1 - a);
        for (let c = 0; c < 3; c++) {
          rgba[i + c] = Math.round((rect.color[c] * a + rgba[i + c] * under * (1 - a)) / out);
        }
        rgba[i + 3] = Math.round(out * 255);
      }
    }
  }
  return rgba;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body)); // node:zlib has crc32 since Node 20.15 (engines: >=20.19)
  return Buffer.concat([len, body, crc]);
}

/** A PNG: 8-bit RGBA, no interlace, filter 0 on every row. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

module.exports = { design, render, encodePng, SIZES };
