/**
 * Test support for the release scripts: typed handles on scripts/*.js (plain CommonJS), and the production
 * build (`npm run build:prod`, i.e. `webpack --mode production --env release`) run into a fresh temporary
 * folder, so tests never touch dist/ or dist-prod/ that others use.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });

export const { checkManifest } = require("../../scripts/check-manifest.js") as {
  checkManifest: (xml: string, o?: { distDir?: string; baseUrl?: string }) => string[];
};
export const { releaseFiles, packageRelease, listFiles } = require("../../scripts/package.js") as {
  releaseFiles: (distDir: string) => string[];
  listFiles: (dir: string) => string[];
  packageRelease: (o: { distDir: string; outDir: string; name: string; version: string }) => Promise<{ zipPath: string; files: Array<{ file: string; bytes: number }>; unpackaged: string[] }>;
};
export const { normalizeBaseUrl, manifestVersion, manifestUrls, productionManifest } = require("../../scripts/production-manifest.js") as {
  productionManifest: (devXml: string, o: { baseUrl: string; version: string; fileFor: (f: string) => string | undefined }) => string;
  normalizeBaseUrl: (raw: string | undefined) => string;
  manifestVersion: (v: string) => string;
  manifestUrls: (xml: string) => string[];
};
export const { contentSecurityPolicy, metaPolicy, OFFICE_JS_FOLDER, DATA_ORIGINS } = require("../../scripts/csp.js") as {
  contentSecurityPolicy: (o?: { teamFeeds?: string[] }) => string;
  metaPolicy: (html: string) => string | undefined;
  OFFICE_JS_FOLDER: string;
  DATA_ORIGINS: Record<string, string>;
};
export const PACKAGE = require("../../package.json") as { name: string; version: string };

/** A production build takes 5–20 s alone; under a full parallel `npm test` on 2 cores it can take much longer. */
export const BUILD_TIMEOUT_MS = 240000;

/** What the production build reads, besides node_modules. */
const BUILD_INPUTS = ["src", "assets", "scripts", "manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"];

/**
 * Builds the release of the project at `root` for `base` (plus `--env` extras like "feeds=...") and
 * returns the output folder.
 */
export function buildRelease(base: string, env: string[] = [], root = ROOT): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "ust-release-"));
  const args = [WEBPACK_CLI, "--mode", "production", "--env", "release", "--env", `base=${base}`, "--env", `outDir=${outDir}`];
  for (const e of env) args.push("--env", e);
  execFileSync(process.execPath, args, { cwd: root, stdio: "pipe", env: { ...process.env, UST_BASE_URL: "", UST_TEAM_FEEDS: "" } });
  return outDir;
}

/**
 * A frozen copy of the build inputs (node_modules linked), so that repeated builds see the same sources
 * even while the working tree is being edited.
 */
export function snapshotProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ust-snapshot-"));
  for (const item of BUILD_INPUTS) fs.cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** Removes a folder this support module created under the OS temp dir. */
export function removeDir(dir: string | undefined): void {
  if (dir && dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
}
