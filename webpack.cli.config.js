// Bundles the `pokin` command line into dist/cli/pokin.js (one file for the core and the
// command being run; each command and ExcelJS in a chunk of its own, loaded only when used),
// so Node resolves a handful of modules instead of hundreds (issue 15: a CLI that starts like
// node). `bin/pokin.js` loads it; the plain `tsc -p tsconfig.cli.json` build stays for tests.
const path = require("node:path");
const webpack = require("webpack");
const { version } = require("./package.json");

module.exports = (_env = {}, argv = {}) => ({
  mode: argv.mode || "production",
  target: "node20",
  // The worker thread of the batch check and gabung (SPEC §9, §11): found next to pokin.js.
  entry: { pokin: "./src/cli/main.ts", "pokin-worker": "./src/cli/pemda/fileWorker.ts" },
  output: {
    path: path.resolve(__dirname, "dist/cli"),
    filename: "[name].js",
    chunkFilename: "pokin.[name].js",
    library: { type: "commonjs2" },
    clean: false,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: "ts-loader",
        options: {
          configFile: "tsconfig.cli.json",
          transpileOnly: true,
          // ES modules, so that webpack sees `import()` and splits the commands into chunks.
          compilerOptions: { module: "esnext", moduleResolution: "bundler" },
        },
        exclude: /node_modules/,
      },
      {
        // The reader's default inflate (fflate) only on first use: the CLI inflates with zlib.
        test: /reader[\\/]zipEntryBytes\.ts$/,
        resolve: { alias: { fflate$: path.resolve(__dirname, "src/cli/bundle/lazyFflate.ts") } },
      },
    ],
  },
  plugins: [new webpack.DefinePlugin({ POKIN_VERSION: JSON.stringify(version) })],
  optimization: {
    // Readable stack-free bundles are not the point; speed of parsing is. Keep names for errors.
    minimize: false,
    chunkIds: "named",
  },
  performance: { hints: false },
  stats: "errors-warnings",
  devtool: false,
});
