/**
 * Content hashes are deterministic: two production builds of the same sources (a frozen copy of the
 * project, so edits in the working tree cannot interfere) for the same base URL, into different folders,
 * produce the same file names with the same bytes, and byte-identical release zips.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BUILD_TIMEOUT_MS, buildRelease, listFiles, PACKAGE, packageRelease, removeDir, snapshotProject } from "./release-build";

const BASE = "https://addins.example.org/ust/";
let project = "";
let first = "";
let second = "";

beforeAll(() => {
  project = snapshotProject();
  first = buildRelease(BASE, [], project);
  second = buildRelease(BASE, [], project);
}, BUILD_TIMEOUT_MS);
afterAll(() => {
  for (const dir of [first, second, project]) removeDir(dir);
});

describe("production build determinism", () => {
  it("two builds of the same inputs give the same content-hashed file names", () => {
    const names = listFiles(first);
    expect(names.filter((f) => /\.[0-9a-f]{16}\.[a-z]+$/.test(f)).length).toBeGreaterThanOrEqual(8); // pages, bundles, css, metadata, icons
    expect(listFiles(second)).toEqual(names);
  });

  it("and the same bytes in every file, manifest included", () => {
    for (const file of listFiles(first)) {
      expect([file, Buffer.compare(fs.readFileSync(path.join(first, file)), fs.readFileSync(path.join(second, file)))]).toEqual([file, 0]);
    }
  });

  it("and byte-identical release zips", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "ust-package-"));
    try {
      const zips = [];
      for (const [i, distDir] of [first, second].entries()) {
        zips.push((await packageRelease({ distDir, outDir: path.join(out, String(i)), name: PACKAGE.name, version: PACKAGE.version })).zipPath);
      }
      const [a, b] = zips.map((z) => fs.readFileSync(z));
      expect(a?.length).toBeGreaterThan(0);
      expect(Buffer.compare(a as Buffer, b as Buffer)).toBe(0);
    } finally {
      removeDir(out);
    }
  });
});
