// Typed access to bench/generate.js, the generator of large five-level workbooks that the
// benches and the large-tree tests share.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, required by bench/run.js too
const shared = require("../../bench/generate.js") as {
  generate: (file: string, indicators: number) => Promise<void>;
};

/** Writes a five-level workbook of about `indicators` indicators (with a few defects) to `file`. */
export const generateWorkbook = shared.generate;
