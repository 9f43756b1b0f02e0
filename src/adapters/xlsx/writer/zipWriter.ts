import type { FileHandle } from "node:fs/promises";
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import { writeAll } from "../atomicWrite";

const deflateRaw = promisify(zlib.deflateRaw);

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly packed: number;
  readonly offset: number;
}

/**
 * A minimal zip writer for an .xlsx package (Node only): each entry is deflated on libuv's
 * thread pool (off the main thread), written to the file as soon as it is packed, and listed
 * in the central directory at the end (kept over fflate's streaming `Zip`, 9× slower here and on
 * the main thread: `POKIN_BENCH=zip`). No zip64: a part of 4 GiB is refused. It writes to a
 * handle it does not own: `withAtomicFile` gives one and flushes, renames or removes it.
 * @example await withAtomicFile(out, async (fh) => { const zip = new ZipWriter(fh); await zip.add("a.xml", buf); await zip.finish(); });
 */
export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;

  /** @param file an empty file, open for writing; the writer never closes it */
  constructor(private readonly file: FileHandle) {}

  /** Deflates and appends one entry. */
  async add(path: string, data: Buffer): Promise<void> {
    const packed = await deflateRaw(data, { level: 6 });
    if (data.length >= 0xffffffff || this.offset + packed.length >= 0xffffffff)
      throw new Error(`the part ${path} is too large for a zip without zip64`);
    const name = Buffer.from(path, "utf8");
    const entry: Entry = {
      name,
      crc: zlib.crc32(data),
      size: data.length,
      packed: packed.length,
      offset: this.offset,
    };
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    this.common(head, 4, entry);
    head.writeUInt16LE(name.length, 26);
    head.writeUInt16LE(0, 28);
    await this.write(head, name, packed);
    this.entries.push(entry);
  }

  /** Writes the central directory: the zip is complete (the file stays open). */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const head = Buffer.alloc(46);
      head.writeUInt32LE(0x02014b50, 0);
      head.writeUInt16LE(20, 4); // made by: version 2.0
      this.common(head, 6, e);
      head.writeUInt16LE(e.name.length, 28);
      head.writeUInt32LE(e.offset, 42);
      await this.write(head, e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
  }

  /** Version needed, flags, method, time, date, crc, sizes: the same in both headers. */
  private common(head: Buffer, at: number, e: Entry): void {
    head.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
    head.writeUInt16LE(0x0800, at + 2); // UTF-8 names
    head.writeUInt16LE(8, at + 4); // deflate
    head.writeUInt16LE(0, at + 6); // 00:00
    head.writeUInt16LE(((2020 - 1980) << 9) | (1 << 5) | 1, at + 8); // 2020-01-01: the same bytes every run
    head.writeUInt32LE(e.crc >>> 0, at + 10);
    head.writeUInt32LE(e.packed, at + 14);
    head.writeUInt32LE(e.size, at + 18);
  }

  private async write(...parts: Buffer[]): Promise<void> {
    for (const p of parts) {
      await writeAll(this.file, p);
      this.offset += p.length;
    }
  }
}
