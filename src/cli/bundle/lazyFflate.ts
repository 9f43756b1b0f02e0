import type { InflateOptions } from "fflate";

/**
 * fflate's `inflateSync` for the reader in the CLI bundle, loaded on its first call: the CLI
 * inflates with Node's zlib, so fflate (93 KB, its tables built at load, `worker_threads`
 * required) stays out of `pokin check`'s start (issue 15). `webpack.cli.config.js` puts this
 * module in place of `fflate` for the reader's `zipEntryBytes.ts` only.
 * @example inflateSync(deflated, { out: new Uint8Array(size) })
 */
export function inflateSync(data: Uint8Array, opts?: InflateOptions): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use on purpose
  return (require("fflate") as typeof import("fflate")).inflateSync(data, opts);
}
