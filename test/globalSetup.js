// Builds the CLI once before the tests, so tests can run `node bin/pokin.js` as a user would.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "..");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: root,
    stdio: "inherit",
  });
};
