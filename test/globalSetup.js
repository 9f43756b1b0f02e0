// Builds the CLI once before the tests, so tests can run `node bin/pokin.js` as a user would.
// A type error does not stop the run here (tsc still emits): `npm run typecheck` is the gate
// for types, and the CLI tests fail on their own if the build is unusable.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "..");
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
      cwd: root,
      stdio: "pipe",
    });
  } catch (err) {
    process.stderr.write(`\n[globalSetup] tsc -p tsconfig.cli.json reported errors:\n${err.stdout ?? ""}\n`);
  }
};
