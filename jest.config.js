/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  rootDir: ".",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
    "^.+\\.m?js$": [
      "ts-jest",
      { tsconfig: { allowJs: true, module: "CommonJS", isolatedModules: true }, diagnostics: false },
    ],
  },
  // d3-hierarchy (and a few others) ship ESM only: let ts-jest transpile them.
  transformIgnorePatterns: ["/node_modules/(?!(d3-hierarchy)/)"],
  testTimeout: 60000,
  globalSetup: "<rootDir>/test/globalSetup.js",
  reporters: ["default"],
};
