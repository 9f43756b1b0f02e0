import { promises as fs } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import * as path from "node:path";

/** Every temp file Pokin makes starts so: hidden, and plainly Pokin's. */
export const TEMP_PREFIX = ".~pokin-";

/** Bytes written per call, so a failure (disk full, file-size limit) shows between calls. */
const CHUNK = 1 << 20;

/** What {@link withAtomicFile} and {@link writeFileAtomic} accept. */
export interface AtomicOptions {
  /** `false` refuses to replace an existing file (rejects with code EEXIST). */
  readonly overwrite?: boolean;
}

/**
 * Writes a file atomically (Node only), streaming: `write` gets an open handle on a temp file in
 * the target's folder; when it resolves, the file is flushed to disk (fsync) and renamed over the
 * target (or linked, with `overwrite: false`), and the folder flushed where the OS allows. On any
 * failure — `write` rejects, a full disk, a file-size limit — the target is as it was and the temp
 * file is removed. A process killed mid-write leaves its temp file
 * (`.~pokin-<name>.<pid>.<random>.tmp`); a later write into the same folder removes such files
 * when their process is gone and they are older than its own start. An existing target's
 * permissions are kept; a symlink is followed (the file it points to is replaced).
 * @param target where to write
 * @param write writes the content through the handle (it must not close it)
 * @param options see {@link AtomicOptions}
 * @returns what `write` resolved to
 * @example await withAtomicFile("pemda.xlsx", async (fh) => { await fh.write(head, 0, head.length); });
 */
export async function withAtomicFile<T>(
  target: string,
  write: (fh: FileHandle) => Promise<T>,
  options: AtomicOptions = {},
): Promise<T> {
  const real = await resolveTarget(target);
  const dir = path.dirname(real);
  await removeStaleTemps(dir);
  const existing = await fs.stat(real).catch(() => undefined);
  if (existing && options.overwrite === false) throw exists(target);
  const temp = path.join(
    dir,
    `${TEMP_PREFIX}${path.basename(real)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  let result: T;
  try {
    const fh = await fs.open(temp, "wx", existing ? existing.mode & 0o777 : 0o666);
    try {
      result = await write(fh);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (options.overwrite === false) {
      // link() fails with EEXIST when the name was taken meanwhile: no race with another writer.
      await fs.link(temp, real);
      await fs.unlink(temp);
    } else {
      await fs.rename(temp, real);
    }
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncFolder(dir);
  return result;
}

/**
 * Writes bytes to a file atomically: {@link withAtomicFile} writing them in 1 MiB chunks.
 * @param target where to write (a symlink is followed: the file it points to is replaced)
 * @param bytes the whole content
 * @param options `overwrite: false` refuses to replace an existing file (rejects with code EEXIST)
 * @example await writeFileAtomic("pokin.xlsx", bytes, { overwrite: false });
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  options: AtomicOptions = {},
): Promise<void> {
  await withAtomicFile(target, (fh) => writeAll(fh, bytes), options);
}

/**
 * Writes all of `bytes` through a handle, at most 1 MiB per call (a failure such as a full disk
 * or a file-size limit shows between calls), looping over short writes.
 * @example await writeAll(fh, Buffer.from("PK"));
 */
export async function writeAll(fh: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) {
    const { bytesWritten } = await fh.write(bytes, at, Math.min(CHUNK, bytes.length - at));
    at += bytesWritten;
  }
}

async function resolveTarget(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch {
    // A new file: its folder must exist; the name itself is kept as given.
    return path.resolve(target);
  }
}

function exists(target: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`EEXIST: file already exists, open '${target}'`);
  err.code = "EEXIST";
  return err;
}

/** Flushes the folder entry of the rename; not possible on every OS (Windows), then skipped. */
async function syncFolder(dir: string): Promise<void> {
  const fh = await fs.open(dir, "r").catch(() => undefined);
  if (!fh) return;
  await fh.sync().catch(() => undefined);
  await fh.close().catch(() => undefined);
}

const STARTED = Date.now() - process.uptime() * 1000;

/**
 * Removes temp files of earlier Pokin runs that were killed mid-write: only ours (by prefix and
 * shape), only when the process that made one is gone and the file is older than this process.
 */
async function removeStaleTemps(dir: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = name.startsWith(TEMP_PREFIX) ? /\.(\d+)\.[a-z0-9]+\.tmp$/.exec(name) : null;
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    const file = path.join(dir, name);
    const st = await fs.lstat(file).catch(() => undefined);
    if (st?.isFile() && st.mtimeMs < STARTED) await fs.unlink(file).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
