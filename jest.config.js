/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": "ts-jest" },
  setupFiles: ["<rootDir>/tests/support/custom-functions-global.ts"],
  // office-addin-mock imports office-addin-manifest, whose ESM-only dependency breaks under jest on Node 20;
  // the mock never needs it, so it is replaced by an empty module.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/tests/support/office-addin-manifest-shim.js" },
  testTimeout: 60000,
};
