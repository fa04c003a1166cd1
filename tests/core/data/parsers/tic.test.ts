/**
 * TIC mfhhis01.txt / mfh.txt parser (src/core/data/parsers/tic.ts) on fixtures we wrote in the upstream
 * layout (values from the data pack's TIC file of 3/18/26), malformed variants, and the real file.
 */
import * as fs from "fs";
import * as path from "path";
import { ymd } from "../../../../src/core/dates";
import { parseTic } from "../../../../src/core/data/parsers/tic";
import { describeError, ParseResult } from "../../../../src/core/data/parsers/result";
import { embeddedStore } from "../../../../src/core/data/snapshot";
import { findExact, Series } from "../../../../src/core/data/store";
import { describeWithShared, SHARED_DIR } from "../../../support/shared-dir";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "..", "..", "..", "fixtures", "data", name), "utf8");
const SOURCE = embeddedStore().require("tic.japan").provenance.source;
const HIS = fixture("mfhhis01-sample.txt");
const MFH = fixture("mfh-sample.txt");

function ok(r: ParseResult): Series[] {
  if (!r.ok) throw new Error(r.errors.map(describeError).join("\n"));
  return r.series;
}
function errors(r: ParseResult): string[] {
  if (r.ok) throw new Error("expected errors, got data");
  expect(r).not.toHaveProperty("series");
  return r.errors.map(describeError);
}
const at = (series: Series[], id: string, y: number, m: number, d: number) => findExact(series.find((s) => s.id === id)!, ymd(y, m, d))?.value;

describe("mfhhis01.txt (tab-separated year blocks)", () => {
  const series = ok(parseTic(HIS, SOURCE));

  it("reads every row, cleaning quotes, trailing spaces and footnote markers into store ids", () => {
    expect(series.map((s) => s.id).sort()).toEqual(
      ["tic.all_other", "tic.carib_bnkng_ctrs", "tic.cayman_islands", "tic.china_mainland", "tic.foreign_official", "tic.foreign_official_bills", "tic.foreign_official_bonds_notes", "tic.grand_total", "tic.japan", "tic.korea_south", "tic.oil_exporters"].sort(),
    );
    expect(series.find((s) => s.id === "tic.korea_south")!.country).toBe("Korea, South");
  });

  it("dates values at month ends: Japan Dec-2012 1,111.2; Grand Total Jan-2011 4,435.4; Foreign Official Dec-2012 4,032.8", () => {
    expect(at(series, "tic.japan", 2012, 12, 31)).toBe(1111.2);
    expect(at(series, "tic.grand_total", 2011, 1, 31)).toBe(4435.4);
    expect(at(series, "tic.foreign_official", 2012, 12, 31)).toBe(4032.8);
    expect(at(series, "tic.foreign_official_bills", 2012, 12, 31)).toBe(372.7);
  });

  it("at the Jun-2011 series break keeps the left (new series) column: Carib Bnkng Ctrs 196.3, not 147.1", () => {
    expect(at(series, "tic.carib_bnkng_ctrs", 2011, 6, 30)).toBe(196.3);
    expect(series.find((s) => s.id === "tic.carib_bnkng_ctrs")!.dates).toHaveLength(12);
  });

  it("agrees with the embedded snapshot (the data pack's parse of the same file) on every fixture value", () => {
    const store = embeddedStore();
    for (const s of series) s.dates.forEach((d, i) => expect(findExact(store.require(s.id), d)?.value).toBe(s.values[i]));
  });

  it('"n.a." stays missing (no zero)', () => {
    const s = ok(parseTic(HIS.replace("Japan\t1111.2\t", "Japan\tn.a.\t"), SOURCE));
    expect(at(s, "tic.japan", 2012, 12, 31)).toBeUndefined();
    expect(at(s, "tic.japan", 2012, 11, 30)).toBe(1117.7);
  });
});

describe("mfh.txt (13 months over two years, column-aligned with spaces, CRLF)", () => {
  const series = ok(parseTic(MFH, SOURCE));

  it("reads Cayman Islands Dec-2024 = 423 and Grand Total Dec-2024 = 8,619.3, and Dec-2023 from the second year", () => {
    expect(at(series, "tic.cayman_islands", 2024, 12, 31)).toBe(423);
    expect(at(series, "tic.grand_total", 2024, 12, 31)).toBe(8619.3);
    expect(at(series, "tic.grand_total", 2023, 12, 31)).toBe(7940);
    expect(series.find((s) => s.id === "tic.china_mainland")!.dates).toHaveLength(13);
  });
});

describe("malformed input: precise error, no data", () => {
  it("truncated file (cut inside a block)", () => {
    const cut = HIS.slice(0, HIS.indexOf("All Other\t214.7"));
    expect(errors(parseTic(cut, SOURCE))).toEqual([`line ${cut.split("\n").length}, 1: expected a "Grand Total" row in the block that starts on line 23, found end of block`]);
  });

  it("truncated after Grand Total (the Of which rows are missing)", () => {
    const cut = HIS.slice(0, HIS.indexOf("Of which:", HIS.indexOf("Grand Total\t5004.4")));
    expect(errors(parseTic(cut, SOURCE))[0]).toMatch(/expected the "Of which:" rows \(For\. Official, Treasury Bills, T-Bonds & Notes\) in the block that starts on line 23/);
  });

  it("shifted columns (a value missing from a row)", () => {
    expect(errors(parseTic(HIS.replace("Japan\t1111.2\t1117.7\t", "Japan\t1117.7\t"), SOURCE))).toEqual(["line 8, 13: expected 12 numbers (one per month column) for Japan, found 11"]);
  });

  it("text in a number", () => {
    expect(errors(parseTic(HIS.replace("Cayman Islands\t142.1\t140\t", "Cayman Islands\t142.1\t14O\t"), SOURCE))).toEqual(['line 11, 3: expected a number or n.a. (Cayman Islands), found "14O"']);
  });

  it("duplicate dates (the same year block twice)", () => {
    const start = HIS.indexOf("\tDec\tNov");
    const end = HIS.indexOf("\tSeries 17/");
    const doubled = HIS.slice(0, end) + HIS.slice(start, end) + HIS.slice(end);
    const errs = errors(parseTic(doubled, SOURCE));
    expect(errs[0]).toBe("line 24, 2: expected one value per month for Japan; this month was already given (first on line 8), found a duplicate");
    expect(errs.length).toBeGreaterThan(12);
  });

  it("a year row that does not match the month row", () => {
    expect(errors(parseTic(HIS.replace("Country\t2012\t2012\t", "Country\t2012\tabcd\t"), SOURCE))[0]).toBe('line 6, 3: expected a 4-digit year for the Nov column, found "abcd"');
  });

  it("not a TIC file at all", () => {
    expect(errors(parseTic("date,value\n2024-01-01,1\n", SOURCE))).toEqual(["file, header: expected a month row (Dec Nov ... Jan) opening a year block, found none"]);
  });
});

describeWithShared("the real mfhhis01.txt (data pack raw copy, read in place)", () => {
  it("parses to exactly the snapshot's 58 TIC series, value for value", () => {
    const raw = fs.readFileSync(path.join(SHARED_DIR, "data", "raw", "mfhhis01_DimuthuAttanayake_US_foreign_debt.txt"), "utf8");
    const series = ok(parseTic(raw, SOURCE));
    const store = embeddedStore();
    const shipped = store.all().filter((s) => s.provenance.source.id === "tic");
    expect(series.map((s) => s.id).sort()).toEqual(shipped.map((s) => s.id).sort());
    for (const s of series) {
      expect(s.dates).toEqual(store.require(s.id).dates);
      expect(s.values).toEqual(store.require(s.id).values);
    }
  });
});
