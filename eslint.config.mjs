// ESLint flat config: typescript-eslint recommended, plus the house rule that src/core stays pure
// (no Office, Excel, CustomFunctions, DOM or I/O).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const officeAndDom = ["Office", "Excel", "CustomFunctions", "OfficeRuntime", "window", "document", "fetch", "localStorage", "XMLHttpRequest"].map(
  (name) => ({ name, message: "src/core is pure: no Office, DOM or I/O (see DESIGN.md)." }),
);

export default tseslint.config(
  { ignores: ["dist/**", "dist-*/**", "release/**", "node_modules/**", "coverage/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeAndDom],
      "no-restricted-imports": ["error", { patterns: ["fs", "path", "http", "https", "node:*", "../functions/*", "../taskpane/*", "../../functions/*", "../../taskpane/*"] }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
