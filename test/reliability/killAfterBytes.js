// Preloaded into a `pokin` child process (node -r …) by the fault-injection tests: once the
// process has written POKIN_KILL_AFTER_BYTES bytes through fs.promises file handles, it writes
// the part of the current chunk up to that count and kills itself with SIGKILL — a crash in the
// middle of writing a file, at an exact byte.
"use strict";
const fs = require("node:fs");

const limit = Number(process.env.POKIN_KILL_AFTER_BYTES);
if (Number.isFinite(limit) && limit >= 0) {
  let written = 0;
  const open = fs.promises.open;
  fs.promises.open = async function (...args) {
    const fh = await open.apply(this, args);
    const write = fh.write;
    fh.write = async function (buffer, offset, length, position) {
      if (typeof buffer === "string" || typeof offset !== "number")
        throw new Error("killAfterBytes: write(buffer, offset, length) only");
      const len = typeof length === "number" ? length : buffer.length - offset;
      if (written + len < limit) {
        written += len;
        return write.call(this, buffer, offset, len, position);
      }
      const part = limit - written;
      if (part > 0) fs.writeSync(this.fd, buffer, offset, part);
      fs.fsyncSync(this.fd);
      process.kill(process.pid, "SIGKILL");
      return new Promise(() => undefined);
    };
    return fh;
  };
}
