import { inflateSync } from "fflate";
import type { ZipEntry } from "./zipDirectory";
import { stop } from "./refusal";

/** Inflates raw deflate data into exactly `size` bytes (or fewer, which the caller rejects). */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array;

/**
 * fflate's inflate into a buffer of the declared size: it never grows past it, so a part that
 * lies about its size cannot exhaust memory (its XML then ends early and is refused).
 * @example fflateInflate(deflated, 1024).length // ≤ 1024
 */
export const fflateInflate: Inflate = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

/**
 * The uncompressed bytes of one zip entry (stored or deflated); throws a refusal when the
 * entry is damaged, uses another compression method, or inflates to another size than declared.
 * @example entryBytes(bytes, dir.get("xl/workbook.xml")!, fflateInflate)
 */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry, inflate: Inflate): Uint8Array {
  const p = entry.localOffset;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) damaged(entry);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) damaged(entry);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) damaged(entry);
    return data;
  }
  if (entry.method !== 8) {
    stop(
      "unsupported",
      `bagian ${entry.name} memakai metode kompresi ${entry.method} yang tidak dikenal`,
      `part ${entry.name} uses the unknown compression method ${entry.method}`,
    );
  }
  if (entry.size === 0) return new Uint8Array(0);
  let out: Uint8Array;
  try {
    out = inflate(data, entry.size);
  } catch {
    return damaged(entry);
  }
  if (out.length !== entry.size) damaged(entry);
  return out;
}

function damaged(entry: ZipEntry): never {
  return stop("invalid", `bagian ${entry.name} rusak`, `part ${entry.name} is damaged`);
}
