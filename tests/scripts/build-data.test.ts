/**
 * scripts/build-data.js (npm run data:build): deterministic output equal to the committed module,
 * loud failure on malformed input, and the OFS-2 accounting identity on every shipped quarter.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatISO, ymd } from "../../src/core/dates";
import { embeddedStore } from "../../src/core/data/snapshot";
import { findExact } from "../../src/core/data/store";
import { describeWithShared, SHARED_DIR } from "../support/shared-dir";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "build-data.js");
const COMMITTED = path.join(ROOT, "src", "core", "data", "snapshot.generated.ts");
const DATA = path.join(SHARED_DIR, "data");
const INPUTS = ["ofs2_estimated_ownership.csv", "ofs2_all_vintages.csv", "fred_series.csv", "debt_to_the_penny_quarter_end.csv", "marketable_debt_by_type.csv", "tic_major_foreign_holders.csv"];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "build-data-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function build(dataDir: string, out: string) {
  return spawnSync(process.execPath, [SCRIPT, "--data", dataDir, "--out", out], { encoding: "utf8" });
}

/** A copy of the data pack's inputs in which `file` is replaced by `edit(text)`. */
function corruptedPack(name: string, file: string, edit: (text: string) => string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  for (const f of INPUTS) fs.copyFileSync(path.join(DATA, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, file), edit(fs.readFileSync(path.join(DATA, file), "utf8")));
  return dir;
}

describeWithShared("npm run data:build", () => {
  it("gives byte-identical output on two runs, equal to the committed module", () => {
    const a = path.join(tmp, "a.ts");
    const b = path.join(tmp, "b.ts");
    execFileSync(process.execPath, [SCRIPT, "--data", DATA, "--out", a]);
    execFileSync(process.execPath, [SCRIPT, "--data", DATA, "--out", b]);
    const bytes = fs.readFileSync(a);
    expect(bytes.equals(fs.readFileSync(b))).toBe(true);
    expect(bytes.equals(fs.readFileSync(COMMITTED))).toBe(true);
  });

  it("TREAST at each Dec-31 equals the data pack's year-end TREAST (last Wednesday of the year, fed_soma_treasury_yearend.csv)", () => {
    const rows = fs.readFileSync(path.join(DATA, "fed_soma_treasury_yearend.csv"), "utf8").split("\n").filter((l) => /^\d{4}-12-\d\d,TREAST \(last weekly/.test(l));
    const soma = embeddedStore().require("fed.soma_treasury");
    expect(rows).toHaveLength(24); // 2002 .. 2025
    for (const line of rows) {
      const [date, , value] = line.split(",");
      expect([date, findExact(soma, ymd(Number(date!.slice(0, 4)), 12, 31))?.value]).toEqual([date, Number(value) / 1000]);
    }
  });

  const failures: [string, string, (t: string) => string, RegExp][] = [
    ["text in a number", "ofs2_estimated_ownership.csv", (t) => t.replace("2000-03-31,Total public debt,5773.4,", "2000-03-31,Total public debt,5,773.4,"), /ofs2_estimated_ownership\.csv:2: expected 6 fields, got 7/],
    ["a non-numeric value", "tic_major_foreign_holders.csv", (t) => t.replace(/\n(2024-12-31,Cayman Islands,)423,/, "\n$1n.a.,"), /tic_major_foreign_holders\.csv:\d+: column value: expected a number, got "n\.a\."/],
    ["a duplicate date", "fred_series.csv", (t) => t.replace("1966-04-01,GFDEBTN", "1966-01-01,GFDEBTN"), /fred_series\.csv:\d+: duplicate date 1966-03-31 for fred\.gfdebtn/],
    ["a bad header", "marketable_debt_by_type.csv", (t) => t.replace("date,series,value", "series,date,value"), /marketable_debt_by_type\.csv:1: expected header date,series,value/],
    ["an unknown series", "ofs2_estimated_ownership.csv", (t) => t.replace("2000-03-31,Insurance companies", "2000-03-31,Insurance cos"), /unknown series "Insurance cos"/],
    ["a truncated file (a column missing its rows)", "ofs2_estimated_ownership.csv", (t) => t.split("\n").filter((l) => !l.includes(",Other investors,")).join("\n"), /series "Other investors" is missing/],
    ["a FRED date that is not a quarter start", "fred_series.csv", (t) => t.replace("1966-04-01,GFDEBTN", "1966-04-02,GFDEBTN"), /column date: expected a FRED quarter start/],
    ["a value that is not the latest vintage's", "ofs2_estimated_ownership.csv", (t) => t.replace("2024-12-31,Total public debt,36218.6,", "2024-12-31,Total public debt,36218.5,"), /ofs2_estimated_ownership\.csv:\d+: expected the latest vintage's value \(2025_\d\d: 36218\.6\), got 36218\.5/],
    ["a wrong unit", "tic_major_foreign_holders.csv", (t) => t.replace(/\n(2024-12-31,Japan,[\d.]+,)USD billions/, "\n$1USD millions"), /column unit: expected "USD billions", got "USD millions"/],
  ];
  it.each(failures)("fails loudly on %s, naming file:line, and writes nothing", (name, file, edit, message) => {
    const out = path.join(tmp, `${name.replace(/\W+/g, "-")}.ts`);
    const run = build(corruptedPack(name.replace(/\W+/g, "-"), file, edit), out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("OFS-2 identity on every shipped quarter (Treasury Bulletin OFS-2)", () => {
  const store = embeddedStore();
  const col = (n: number) => store.all().find((s) => s.provenance.code === `OFS-2 col ${n}`);
  const cols = Array.from({ length: 12 }, (_, i) => col(i + 1));
  const total = cols[0]!;
  /** Half a unit of the printed precision: ±0.05 for one-decimal values, ±0.5 for whole billions (2014-03..2016-03 vintages). */
  const halfUnit = (v: number) => (Number.isInteger(v) ? 0.5 : 0.05);

  it.each(total.dates.map((d) => [formatISO(d), d]))("%s: total = Fed & Government + privately held; the nine private columns sum to privately held", (_iso, d) => {
    const v = cols.map((s) => findExact(s!, d as number)?.value);
    const [t, fedGov, priv] = [v[0]!, v[1]!, v[2]!];
    expect(Math.abs(t - fedGov - priv)).toBeLessThanOrEqual(halfUnit(t) + halfUnit(fedGov) + halfUnit(priv) + 1e-9);
    const detail = v.slice(3).filter((x): x is number => x !== undefined);
    if (detail.length < 9) {
      expect(d).toBe(total.dates[total.dates.length - 1]); // only the newest quarter (2025-06-30) prints detail as N/A
      return;
    }
    const sum = detail.reduce((a, b) => a + b, 0);
    expect(Math.abs(priv - sum)).toBeLessThanOrEqual(halfUnit(priv) + detail.reduce((a, x) => a + halfUnit(x), 0) + 1e-9);
  });

  it("covers 102 quarters, 101 with the full detail", () => {
    expect(total.dates).toHaveLength(102);
    expect(col(12)!.dates).toHaveLength(101);
  });
});
