// Builds the task pane (and the ribbon commands page when it exists) into dist/.
//
//   webpack --mode production [--env url=https://example.org/pokin/] [--env out=DIR]
//   webpack serve --mode development [--env https] [--env port=3000]
//
// `url` is the deploy URL: it replaces the dev URL (https://localhost:3000/) in the copied
// manifest.xml (also read from POKIN_ADDIN_URL). `https` serves with office-addin-dev-certs,
// which only matters where Excel sideloads the add-in (Windows, Mac); elsewhere the pane is
// served over plain http on 127.0.0.1 and runs outside Office.
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const root = __dirname;
const exists = (p) => fs.existsSync(path.join(root, p));

/** The ribbon's ExecuteFunction page: built only once its source exists. */
function commandsEntry() {
  const source = ["src/commands/commands.ts", "src/commands/index.ts"].find(exists);
  return source ? { name: "commands", source } : undefined;
}

async function httpsOptions() {
  // Optional dependency: installed on Windows/Mac, where Excel sideloads the add-in.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const deployUrl = normaliseUrl(env.url || process.env.POKIN_ADDIN_URL || DEV_URL);
  const outDir = path.resolve(root, env.out || "dist");
  const port = Number(env.port || process.env.PORT || 3000);
  const useHttps = Boolean(env.https);
  const commands = commandsEntry();

  const entry = { taskpane: "./src/taskpane/index.tsx" };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
    }),
  ];
  if (commands) {
    entry.commands = `./${commands.source}`;
    pages.push(
      new HtmlWebpackPlugin({
        filename: "commands.html",
        // The commands page only ever runs inside Office: office.js from Office's CDN is right there.
        ...(exists("src/commands/commands.html")
          ? { template: "./src/commands/commands.html" }
          : {
              templateContent:
                '<!doctype html><html><head><meta charset="utf-8"><title>Pokin</title>' +
                '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
                "</head><body></body></html>",
            }),
        chunks: ["commands"],
      }),
    );
  }

  const copies = [];
  if (exists("assets")) copies.push({ from: "assets", to: "assets", noErrorOnMissing: true });
  if (exists("manifest.xml")) {
    copies.push({
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (production ? content.toString().split(DEV_URL).join(deployUrl) : content),
    });
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry,
    output: {
      path: outDir,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].chunk.js" : "[name].chunk.js",
      // Relative to the page, so the same build works from any folder of the deploy URL.
      publicPath: "auto",
      // dist/cli is the command line's bundle (webpack.cli.config.js): a pane build keeps it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // ExcelJS's browser build (its package.json `browser` entry) needs no Node polyfills.
      alias: { exceljs$: path.resolve(root, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      // A prebuilt UMD bundle: nothing to parse, and parsing 900 KB costs build time.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    plugins: [...pages, ...(copies.length ? [new CopyWebpackPlugin({ patterns: copies })] : [])],
    performance: {
      // SPEC §9: the pane's first JavaScript ≤ 300 KB gzipped (bench/pane.js measures it);
      // ExcelJS is a lazy chunk loaded only outside Office and is allowed to be big.
      hints: false,
    },
    stats: production ? "errors-warnings" : "minimal",
    devServer: {
      host: useHttps ? "localhost" : "127.0.0.1",
      port,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: useHttps ? { type: "https", options: await httpsOptions() } : "http",
      static: false,
      open: false,
      client: { overlay: { warnings: false, errors: true } },
      // The server's root is where people land first (and what it prints): send them to the pane.
      setupMiddlewares: (middlewares) => [{ name: "pane-at-root", middleware: paneAtRoot }, ...middlewares],
    },
  };
};

/** Redirects `/` (with or without a query) to the pane's page; anything else passes on. */
function paneAtRoot(req, res, next) {
  if (req.method !== "GET" && req.method !== "HEAD") return next();
  const [pathname, query] = req.url.split("?");
  if (pathname !== "/") return next();
  res.statusCode = 302;
  res.setHeader("Location", `/taskpane.html${query ? `?${query}` : ""}`);
  res.end();
}

function normaliseUrl(url) {
  return url.endsWith("/") ? url : `${url}/`;
}
