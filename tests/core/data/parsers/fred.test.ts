/**
 * FRED CSV and JSON parsers (src/core/data/parsers/fred.ts) on fixtures in FRED's download formats
 * (values from the data pack's FRED copies), with malformed variants.
 */
import * as fs from "fs";
import * as path from "path";
import { ymd } from "../../../../src/core/dates";
import { parseFredCsv, parseFredJson } from "../../../../src/core/data/parsers/fred";
import { describeError, ParseResult } from "../../../../src/core/data/parsers/result";
import { embeddedStore } from "../../../../src/core/data/snapshot";
import { findExact, Series } from "../../../../src/core/data/store";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "..", "..", "..", "fixtures", "data", name), "utf8");
const store = embeddedStore();
const SOURCE = store.require("fred.gfdebtn").provenance.source;
const CSV = fixture("fredgraph-GFDEBTN.csv");
const JSON_TREAST = fixture("fred-TREAST-observations.json");

function one(r: ParseResult): Series {
  if (!r.ok) throw new Error(r.errors.map(describeError).join("\n"));
  expect(r.series).toHaveLength(1);
  return r.series[0]!;
}
function errors(r: ParseResult): string[] {
  if (r.ok) throw new Error("expected errors, got data");
  return r.errors.map(describeError);
}

describe("FRED CSV (fredgraph.csv: observation_date,CODE)", () => {
  const s = one(parseFredCsv(CSV, SOURCE));

  it("maps GFDEBTN to fred.gfdebtn in USD bn, re-dated from the quarter start to the quarter end", () => {
    expect(s.id).toBe("fred.gfdebtn");
    expect(findExact(s, ymd(2024, 12, 31))?.value).toBe(36218.605);
    expect(findExact(s, ymd(2024, 10, 1))).toBeUndefined();
  });

  it('"." is missing: 2023Q3 has no observation (not zero); 8 of 9 quarters present', () => {
    expect(findExact(s, ymd(2023, 9, 30))).toBeUndefined();
    expect(s.dates).toHaveLength(8);
  });

  it("equals the embedded snapshot where both have the quarter", () => {
    s.dates.forEach((d, i) => expect(findExact(store.require("fred.gfdebtn"), d)?.value).toBe(s.values[i]));
  });

  it("keeps a real zero (FDHBFIN 1970-01-01,0 → 0 at 1970-03-31); accepts date,value files with the code given", () => {
    const z = one(parseFredCsv("date,value\n1970-01-01,0\n1970-04-01,12.4\n", SOURCE, "FDHBFIN"));
    expect(z.values).toEqual([0, 12.4]);
    expect(z.dates).toEqual([ymd(1970, 3, 31), ymd(1970, 6, 30)]);
  });

  it("reads pandas-style ',CODE' headers and CRLF", () => {
    expect(one(parseFredCsv(",FDHBFIN\r\n1970-01-01,12.4\r\n", SOURCE)).id).toBe("fred.fdhbfin");
  });
});

describe("FRED JSON (series/observations)", () => {
  const s = one(parseFredJson(JSON_TREAST, store.require("fed.soma_treasury").provenance.source, "TREAST"));

  it("turns weekly TREAST into quarter-end values: 2024-12-25 → 2024-12-31 = 4,308.893; 2025-03-26 → 2025-03-31 = 4,237.419", () => {
    expect(s.id).toBe("fed.soma_treasury");
    expect(s.dates).toEqual([ymd(2024, 12, 31), ymd(2025, 3, 31)]);
    expect(s.values).toEqual([4308.893, 4237.419]);
    expect(s.values).toEqual(s.dates.map((d) => findExact(store.require("fed.soma_treasury"), d)?.value));
  });
});

describe("malformed FRED input: precise error, no data", () => {
  it("truncated file (last line cut after the comma)", () => {
    expect(errors(parseFredCsv(CSV.replace(/2025-01-01,36214309\.520796455\n$/, "2025-01-01,"), SOURCE))).toEqual(['line 10, 2: expected a number or "." (missing), found nothing']);
  });

  it("truncated JSON", () => {
    const cut = JSON_TREAST.slice(0, 700);
    expect(errors(parseFredJson(cut, SOURCE, "TREAST"))[0]).toMatch(/^line \d+, \d+: expected the rest of the JSON document \(the text ends early: truncated\?\), found end of text$/);
  });

  it("shifted columns (an extra field)", () => {
    expect(errors(parseFredCsv(CSV.replace("2024-04-01,34831634", "2024-04-01,34831634,1"), SOURCE))).toEqual(["line 7, 3: expected 2 fields: date,value, found 3 fields"]);
  });

  it("text in a number (CSV and JSON)", () => {
    expect(errors(parseFredCsv(CSV.replace("34831634", "34,831,634"), SOURCE))).toEqual(["line 7, 3: expected 2 fields: date,value, found 4 fields"]);
    expect(errors(parseFredCsv(CSV.replace("34831634", "34831634bn"), SOURCE))).toEqual(['line 7, 2: expected a number or "." (missing), found "34831634bn"']);
    expect(errors(parseFredJson(JSON_TREAST.replace('"4308893"', '"4.3 tn"'), SOURCE, "TREAST"))).toEqual(['record 5, value: expected a number or "." (missing), found "4.3 tn"']);
  });

  it("duplicate dates", () => {
    expect(errors(parseFredCsv(CSV.replace("2024-04-01", "2024-01-01"), SOURCE))).toEqual(["line 7, 1: expected dates in increasing order, after 2024-01-01 (a duplicate date?), found 2024-01-01"]);
    expect(errors(parseFredJson(JSON_TREAST.replace('"2024-12-11"', '"2024-12-04"'), SOURCE, "TREAST"))).toEqual(["record 3, date: expected dates in increasing order, after 2024-12-04 (a duplicate date?), found 2024-12-04"]);
  });

  it("a quarterly date that is not a quarter start, a bad date, an unknown code, a bad header", () => {
    expect(errors(parseFredCsv(CSV.replace("2024-07-01", "2024-08-01"), SOURCE))).toEqual(["line 8, 1: expected a FRED quarterly date (first day of Jan, Apr, Jul or Oct), found 2024-08-01"]);
    expect(errors(parseFredCsv(CSV.replace("2024-07-01", "2024-07-32"), SOURCE))).toEqual(['line 8, 1: expected a date YYYY-MM-DD, found "2024-07-32"']);
    expect(errors(parseFredCsv(CSV.replace("GFDEBTN", "UNRATE"), SOURCE))).toEqual(['line 1, 2: expected a FRED series we read (GFDEBTN, FYGFDPUN, FDHBFIN, TREAST), found "UNRATE"']);
    expect(errors(parseFredCsv("<html>Not Found</html>", SOURCE))).toEqual(['line 1, 1: expected a header "observation_date,CODE" (or "date,value" with the code given), found "<html>Not Found</html>"']);
  });
});
