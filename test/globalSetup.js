// Builds the CLI bundle once before the tests, so tests can run `node bin/pokin.js` as a user
// would. The bundle is transpiled without type checks: `npm run typecheck` is the gate for
// types, and the CLI tests fail on their own if the build is unusable.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "..");
  try {
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--config", "webpack.cli.config.js"],
      { cwd: root, stdio: "pipe" },
    );
  } catch (err) {
    process.stderr.write(
      `\n[globalSetup] the CLI bundle failed to build:\n${err.stdout ?? ""}${err.stderr ?? ""}\n`,
    );
  }
};
