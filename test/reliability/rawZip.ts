import { crc32, deflateRawSync } from "node:zlib";

/** One entry of a hand-built zip: a name (duplicates allowed) and its bytes. */
export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * Writes a zip byte by byte, for what zip libraries refuse to write: duplicate names, and
 * entries as streaming writers leave them — sizes after the data (a data descriptor, flag bit
 * 3) and ZIP64 extra fields with 0xFFFFFFFF in the 32-bit size fields.
 * @example rawZip([{ name: "a.xml", data }, { name: "a.xml", data: other }])
 */
export function rawZip(entries: readonly RawEntry[], opts: { streamed?: boolean } = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const packed = deflateRawSync(e.data);
    const crc = crc32(e.data);
    const zip64 = opts.streamed === true;
    // ZIP64 extra (id 1): original size, then compressed size, as 64-bit numbers.
    const extra = Buffer.alloc(zip64 ? 20 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(e.data.length), 4);
      extra.writeBigUInt64LE(BigInt(packed.length), 12);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(zip64 ? 0x0808 : 0x0800, 6); // UTF-8 names; bit 3: sizes after the data
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(zip64 ? 0 : crc, 14);
    local.writeUInt32LE(zip64 ? 0xffffffff : packed.length, 18);
    local.writeUInt32LE(zip64 ? 0xffffffff : e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    chunks.push(local, name, extra, packed);
    let size = local.length + name.length + extra.length + packed.length;
    if (zip64) {
      const dd = Buffer.alloc(24); // signature, crc, 64-bit sizes (a ZIP64 data descriptor)
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      dd.writeBigUInt64LE(BigInt(packed.length), 8);
      dd.writeBigUInt64LE(BigInt(e.data.length), 16);
      chunks.push(dd);
      size += dd.length;
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(zip64 ? 45 : 20, 4);
    entry.writeUInt16LE(zip64 ? 45 : 20, 6);
    entry.writeUInt16LE(zip64 ? 0x0808 : 0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(zip64 ? 0xffffffff : packed.length, 20);
    entry.writeUInt32LE(zip64 ? 0xffffffff : e.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt16LE(extra.length, 30);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name, extra);
    offset += size;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dir, end]));
}
