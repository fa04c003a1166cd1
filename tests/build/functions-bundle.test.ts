/**
 * The built functions bundle registers exactly the functions its generated metadata declares, and it
 * loads in a context that only has the `CustomFunctions` and `Office` globals (Excel's
 * custom-functions runtime has no DOM).
 */
import * as fs from "fs";
import * as path from "path";
import { CustomFunctionsError, DIST_DIR, loadFunctionsBundle } from "../quality/bundle";

describe("dist/functions.js and dist/functions.json", () => {
  it("were produced by the build, with source maps off in production", () => {
    for (const f of ["functions.js", "functions.json", "taskpane.html", "taskpane.js", "help.html", "manifest.xml", "assets/icon-32.png"]) {
      expect(fs.existsSync(path.join(DIST_DIR, f))).toBe(true);
    }
    expect(fs.readdirSync(DIST_DIR).filter((f) => f.endsWith(".map"))).toEqual([]);
  });

  it("loads in a vm context with only CustomFunctions and Office and registers every function in functions.json (both directions)", () => {
    const { functions, metadata } = loadFunctionsBundle();
    const declared = metadata.functions.map((f) => f.id.toUpperCase()).sort();
    const registered = [...functions.keys()].sort();
    expect(declared.length).toBeGreaterThan(0);
    expect(registered.filter((id) => !declared.includes(id))).toEqual([]);
    expect(declared.filter((id) => !registered.includes(id))).toEqual([]);
    for (const fn of functions.values()) expect(typeof fn).toBe("function");
  });

  it("declares ids that Excel accepts: letters, digits, periods and underscores", () => {
    for (const f of loadFunctionsBundle().metadata.functions) expect(f.id).toMatch(/^[A-Z][A-Z0-9._]*$/);
  });

  it("serves UST.BASIS.MAXLEV end to end through the bundle", () => {
    const maxlev = loadFunctionsBundle().functions.get("BASIS.MAXLEV");
    expect(maxlev?.(0.02, 0.01)).toBeCloseTo(100 / 3, 12);
    const err = maxlev?.(-1, 0) as InstanceType<typeof CustomFunctionsError>;
    expect(err).toBeInstanceOf(CustomFunctionsError);
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(/^haircut: /);
  });
});
