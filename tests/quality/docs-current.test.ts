/**
 * docs/functions.md is generated (scripts/gen-function-docs.js) from dist/functions.json, the adapters' JSDoc
 * and the sample formulas; this gate fails when it was not regenerated after the catalogue changed, and when a
 * function's @helpurl points at an anchor the reference does not have.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { NAMESPACE, readMetadata, ROOT } from "./bundle";

const DOC = path.join(ROOT, "docs", "functions.md");

describe("docs/functions.md (generated function reference)", () => {
  it("is current with dist/functions.json (run `npm run docs:functions` if not)", () => {
    let stderr = "";
    try {
      execFileSync(process.execPath, [path.join(ROOT, "scripts", "gen-function-docs.js"), "--check"], { encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      stderr = (e as { stderr?: string }).stderr || String(e);
    }
    expect(stderr).toBe("");
  });

  it("has the section every @helpurl into it points at", () => {
    const anchors = new Set([...fs.readFileSync(DOC, "utf8").matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? "").toLowerCase().replace(/[^a-z0-9_-]/g, "")));
    const broken = readMetadata()
      .functions.filter((f) => f.helpUrl?.includes("docs/functions.md#"))
      .filter((f) => !anchors.has(f.helpUrl?.split("#")[1] ?? ""))
      .map((f) => `${NAMESPACE}.${f.name} → ${f.helpUrl}`);
    expect(broken).toEqual([]);
  });
});
