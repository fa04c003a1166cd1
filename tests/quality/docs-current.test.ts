/**
 * docs/functions.md is generated (scripts/gen-function-docs.js) from dist/functions.json, the adapters' JSDoc
 * and the sample formulas; this gate fails when it was not regenerated after the catalogue changed.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { ROOT } from "./bundle";

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
});
