import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is plain CommonJS
const icons = require("../../scripts/make-icons.js") as {
  render: (size: number) => Buffer;
  encodePng: (size: number, rgba: Buffer) => Buffer;
  SIZES: number[];
};

const ASSETS = path.resolve(__dirname, "../../assets");

describe("make-icons", () => {
  // Pixels, not bytes: another zlib may compress the same pixels differently.
  test.each(icons.SIZES)(
    "assets/icon-%i.png holds exactly the pixels scripts/make-icons.js draws",
    (size) => {
      const { width, height, rgba } = decodePng(fs.readFileSync(path.join(ASSETS, `icon-${size}.png`)));
      expect([width, height]).toEqual([size, size]);
      expect(rgba.equals(icons.render(size))).toBe(true);
    },
  );

  test.each(icons.SIZES)(
    "the %i px icon is a tree: a root box on top, three boxes below, transparent corners",
    (size) => {
      const rgba = icons.render(size);
      const alpha = (fx: number, fy: number) =>
        rgba[(Math.floor(fy * size) * size + Math.floor(fx * size)) * 4 + 3];
      expect([alpha(0.5, 0.2), alpha(0.15, 0.78), alpha(0.5, 0.78), alpha(0.85, 0.78)]).toEqual([
        255, 255, 255, 255,
      ]);
      expect([alpha(0.02, 0.02), alpha(0.98, 0.02), alpha(0.15, 0.2), alpha(0.85, 0.2)]).toEqual([
        0, 0, 0, 0,
      ]);
      expect(alpha(0.5, 0.5)).toBe(255); // the connector between them
    },
  );

  test("encodePng's chunks carry the checksums the PNG spec gives (IEND's is AE 42 60 82)", () => {
    const png = icons.encodePng(16, icons.render(16));
    expect(png.subarray(-12).toString("hex")).toBe("0000000049454e44ae426082");
    // Every chunk's CRC-32 over its type and data, against an independent bitwise CRC-32.
    for (let pos = 8; pos < png.length;) {
      const len = png.readUInt32BE(pos);
      expect(png.readUInt32BE(pos + 8 + len)).toBe(bitwiseCrc32(png.subarray(pos + 4, pos + 8 + len)));
      pos += 12 + len;
    }
  });
});

/** Decodes the PNGs make-icons writes: 8-bit RGBA, filter 0 on every row. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  let pos = 8;
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString("ascii", pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  const rows = Array.from({ length: height }, (_, y) => {
    expect(raw[y * stride]).toBe(0);
    return raw.subarray(y * stride + 1, (y + 1) * stride);
  });
  return { width, height, rgba: Buffer.concat(rows) };
}

/** CRC-32 (IEEE 802.3, reflected), bit by bit: the slow reference the PNG spec's sample code gives. */
function bitwiseCrc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
