// POKIN_BENCH=zip npm run bench, or node bench/zip.js [PEMDA.xlsx] after `tsc -p tsconfig.cli.json`:
// Pokin's hand-written ZipWriter (deflate on libuv's thread pool) against fflate's streaming
// `Zip` — ZipDeflate (deflate on the main thread) and AsyncZipDeflate (fflate's workers) — on
// the parts of the 80,000-indicator Pemda workbook (bench/pemda.js makes it). Each writer writes
// the same parts through withAtomicFile; wall time, the longest the main thread was blocked
// (a 1 ms timer's worst gap) and the file size are the median of the runs, alternated.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const fflate = require("fflate");

const RUNS = Number(process.env.POKIN_BENCH_ZIP_RUNS || 5);
const DIST = path.resolve(__dirname, "../dist/adapters/xlsx");
const DEFAULT = path.join(os.tmpdir(), "pokin-bench-pemda-40x2000", "pemda.xlsx");

/** Writes the parts with Pokin's ZipWriter. */
async function pokinZip(fh, parts) {
  const { ZipWriter } = require(path.join(DIST, "writer/zipWriter.js"));
  const zip = new ZipWriter(fh);
  for (const [name, data] of parts) await zip.add(name, Buffer.from(data));
  await zip.finish();
}

/** Writes the parts with fflate's streaming Zip; `Deflate` is ZipDeflate or AsyncZipDeflate. */
function fflateZip(Deflate) {
  const { writeAll } = require(path.join(DIST, "atomicWrite.js"));
  return (fh, parts) =>
    new Promise((resolve, reject) => {
      let queue = Promise.resolve();
      const zip = new fflate.Zip((err, chunk, final) => {
        if (err) return reject(err);
        queue = queue.then(() => writeAll(fh, chunk));
        if (final) queue.then(resolve, reject);
      });
      for (const [name, data] of parts) {
        const entry = new Deflate(name, { level: 6 });
        entry.mtime = new Date(2020, 0, 1);
        zip.add(entry);
        entry.push(data.slice(), true); // a copy: AsyncZipDeflate transfers (detaches) it
      }
      zip.end();
    });
}

async function once(write, parts, out) {
  const { withAtomicFile } = require(path.join(DIST, "atomicWrite.js"));
  let last = performance.now();
  let blocked = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    blocked = Math.max(blocked, now - last);
    last = now;
  }, 1);
  const t0 = performance.now();
  await withAtomicFile(out, (fh) => write(fh, parts));
  const ms = performance.now() - t0;
  clearInterval(tick);
  return { ms, blockedMs: Math.max(blocked, performance.now() - last), bytes: fs.statSync(out).size };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function run(file = process.env.POKIN_BENCH_ZIP_FILE || DEFAULT) {
  if (!fs.existsSync(file)) throw new Error(`no ${file}: run POKIN_BENCH=pemda npm run bench first`);
  const parts = Object.entries(fflate.unzipSync(fs.readFileSync(file)));
  const out = path.join(os.tmpdir(), `pokin-bench-zip-${process.pid}.xlsx`);
  const writers = {
    pokinZipWriter: pokinZip,
    fflateZipDeflate: fflateZip(fflate.ZipDeflate),
    fflateAsyncZipDeflate: fflateZip(fflate.AsyncZipDeflate),
  };
  const runs = Object.fromEntries(Object.keys(writers).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++)
    for (const [k, w] of Object.entries(writers)) runs[k].push(await once(w, parts, out));
  fs.rmSync(out, { force: true });
  const inflated = parts.reduce((n, [, d]) => n + d.length, 0);
  const result = { parts: parts.length, inflatedMiB: +(inflated / 2 ** 20).toFixed(1), runs: RUNS };
  for (const [k, rs] of Object.entries(runs)) {
    result[k] = {
      ms: Math.round(median(rs.map((r) => r.ms))),
      blockedMs: Math.round(median(rs.map((r) => r.blockedMs))),
      bytes: median(rs.map((r) => r.bytes)),
    };
  }
  console.log(`pokin bench zip (the 80k Pemda workbook's parts):\n${JSON.stringify(result, null, 1)}`);
  return result;
}

module.exports = { run };
if (require.main === module) run(process.argv[2]).catch((err) => (console.error(err), process.exit(1)));
