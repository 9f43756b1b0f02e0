import { stop } from "./refusal";

/** One entry of a zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
// Made on first use, so merely importing the reader needs no TextDecoder (jsdom has none).
let utf8: InstanceType<typeof TextDecoder> | undefined;

/**
 * Reads a zip's central directory (so the order of the entries in the file never matters).
 * ZIP64 sizes and offsets are understood. Throws a refusal for a damaged directory, an
 * encrypted entry, duplicate names or more entries than `maxParts`.
 * @param bytes the whole file
 * @param maxParts the most entries accepted
 * @returns the entries by name
 * @example readZipDirectory(bytes, 10000).get("xl/workbook.xml")?.size
 */
export function readZipDirectory(bytes: Uint8Array, maxParts: number): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const loc = end - 20;
    if (loc < 0 || view.getUint32(loc, true) !== ZIP64_LOCATOR) damaged();
    const rec = Number(view.getBigUint64(loc + 8, true));
    if (rec + 56 > bytes.length || view.getUint32(rec, true) !== ZIP64_EOCD) damaged();
    count = Number(view.getBigUint64(rec + 32, true));
    offset = Number(view.getBigUint64(rec + 48, true));
  }
  if (count > maxParts) {
    stop(
      "limit",
      `berisi ${count} bagian, lebih dari batas ${maxParts}`,
      `it has ${count} parts, more than the limit of ${maxParts}`,
    );
  }
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) damaged();
    const flags = view.getUint16(p + 8, true);
    if (flags & 1) stop("encrypted", "terenkripsi", "it is encrypted");
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > bytes.length) damaged();
    const name = (utf8 ??= new TextDecoder()).decode(bytes.subarray(p + 46, p + 46 + nameLen));
    const sizes = {
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    readZip64Extra(view, p + 46 + nameLen, extraLen, sizes);
    if (entries.has(name)) damaged();
    entries.set(name, { name, method: view.getUint16(p + 10, true), ...sizes });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return damaged();
}

/** Replaces the 0xFFFFFFFF placeholders by the ZIP64 extra field's values, in its order. */
function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  sizes: { size: number; compressedSize: number; localOffset: number },
): void {
  for (let q = start; q + 4 <= start + length;) {
    const id = view.getUint16(q, true);
    const len = view.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      for (const key of ["size", "compressedSize", "localOffset"] as const) {
        if (sizes[key] !== 0xffffffff) continue;
        if (r + 8 > q + 4 + len) damaged();
        sizes[key] = Number(view.getBigUint64(r, true));
        r += 8;
      }
      return;
    }
    q += 4 + len;
  }
}

function damaged(): never {
  return stop("invalid", "arsip zip-nya rusak", "its zip archive is damaged");
}
