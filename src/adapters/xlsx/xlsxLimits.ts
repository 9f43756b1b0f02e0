import type JSZip from "jszip";
import type { Msg } from "../../core/messages";

/** How much an .xlsx may hold before Pokin refuses to load it whole. */
export interface XlsxLimits {
  /** Every part inflated, together. */
  readonly maxInflatedBytes: number;
  /** Files in the zip. */
  readonly maxParts: number;
}

/** 200 MB inflated (a workbook of 200,000 indicators is far below), 10,000 parts. */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = { maxInflatedBytes: 200 * 1024 * 1024, maxParts: 10_000 };

/**
 * A file refused before or while loading, with the reason as one sentence and a stable code:
 * over a limit, or a file ExcelJS cannot load at all (`unreadable`).
 */
export class XlsxRefused extends Error {
  constructor(
    readonly code: "too-large" | "too-many-parts" | "unreadable",
    readonly reason: Msg,
  ) {
    super(reason.en);
    this.name = "XlsxRefused";
  }
}

/**
 * Inflates every part of a zip, counting the bytes as they come out, and refuses the file
 * (rejects with {@link XlsxRefused}) as soon as the limits are passed — the declared sizes of a
 * zip bomb may lie, so they are checked first and then counted for real.
 * @param zip the loaded zip (central directory only)
 * @param limits the limits (default {@link DEFAULT_XLSX_LIMITS})
 * @param keep which parts to keep, as text
 * @returns the kept parts' text by path
 */
export async function inflateCounted(
  zip: JSZip,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
  keep: (name: string) => boolean,
): Promise<Map<string, string>> {
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const mb = Math.round(limits.maxInflatedBytes / 1024 / 1024);
  const tooLarge = new XlsxRefused("too-large", {
    id: `Isi berkas melebihi ${mb} MB setelah diekstrak; berkas tidak dibaca (batas dapat diubah dengan POKIN_MAX_INFLATED_MB).`,
    en: `The file holds more than ${mb} MB once unzipped; it is not read (the limit can be changed with POKIN_MAX_INFLATED_MB).`,
  });
  if (files.length > limits.maxParts) {
    throw new XlsxRefused("too-many-parts", {
      id: `Berkas memuat ${files.length} bagian (batas ${limits.maxParts}); berkas tidak dibaca.`,
      en: `The file holds ${files.length} parts (the limit is ${limits.maxParts}); it is not read.`,
    });
  }
  const declared = files.reduce((n, f) => n + declaredSize(f), 0);
  if (declared > limits.maxInflatedBytes) throw tooLarge;
  let budget = limits.maxInflatedBytes;
  const texts = new Map<string, string>();
  for (const f of files) {
    const kept = keep(f.name);
    const chunks: Uint8Array[] = [];
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      // internalStream is JSZip's chunked reader (not in its typings): it stops when paused.
      const stream = (f as unknown as { internalStream(t: "uint8array"): JSZipStream }).internalStream(
        "uint8array",
      );
      stream
        .on("data", (chunk: Uint8Array) => {
          size += chunk.length;
          if (size > budget) {
            stream.pause();
            reject(tooLarge);
          } else if (kept) chunks.push(chunk);
        })
        .on("error", reject)
        .on("end", () => resolve())
        .resume();
    });
    budget -= size;
    if (kept) texts.set(f.name, new TextDecoder().decode(concat(chunks, size)));
  }
  return texts;
}

interface JSZipStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): JSZipStream;
  on(event: "error", fn: (err: unknown) => void): JSZipStream;
  on(event: "end", fn: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

function declaredSize(f: JSZip.JSZipObject): number {
  const size = (f as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === "number" && size > 0 ? size : 0;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
