/**
 * FiscalData parsers (src/core/data/parsers/fiscaldata.ts): MSPD table 1 and Debt to the Penny JSON,
 * on fixtures in the API's response format (values from the data pack), with malformed variants.
 */
import * as fs from "fs";
import * as path from "path";
import { ymd } from "../../../../src/core/dates";
import { parseDebtToPenny, parseMspd } from "../../../../src/core/data/parsers/fiscaldata";
import { describeError, ParseResult } from "../../../../src/core/data/parsers/result";
import { embeddedStore } from "../../../../src/core/data/snapshot";
import { findExact, Series } from "../../../../src/core/data/store";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "..", "..", "..", "fixtures", "data", name), "utf8");
const store = embeddedStore();
const MSPD = fixture("mspd-table1.json");
const DTP = fixture("debt-to-the-penny.json");
const SOURCE = store.require("debt.bills").provenance.source;

function ok(r: ParseResult): Series[] {
  if (!r.ok) throw new Error(r.errors.map(describeError).join("\n"));
  return r.series;
}
function errors(r: ParseResult): string[] {
  if (r.ok) throw new Error("expected errors, got data");
  return r.errors.map(describeError);
}
const get = (series: Series[], id: string) => series.find((s) => s.id === id)!;

describe("MSPD table 1", () => {
  const series = ok(parseMspd(MSPD, SOURCE));

  it("maps type/class rows to the debt.* series in USD bn; other classes are skipped", () => {
    expect(series.map((s) => s.id)).toEqual(["debt.held_by_public", "debt.marketable", "debt.bills", "debt.notes", "debt.bonds", "debt.tips", "debt.frn", "debt.nonmarketable"]);
    expect(get(series, "debt.bills").dates).toEqual([ymd(2025, 1, 31), ymd(2025, 2, 28)]);
  });

  it("keeps MSPD's decimals: Feb-2025 bills 6,367,075.3893 mn (FiscalData sample in the data pack README) → 6,367.0753893 bn", () => {
    expect(findExact(get(series, "debt.bills"), ymd(2025, 2, 28))?.value).toBe(6367.0753893);
  });

  it("equals Treasury Bulletin FD-2 in the snapshot for Jan and Feb 2025 within FD-2's printed rounding (±0.5 mn; README: MSPD = FD-2)", () => {
    for (const s of series) s.dates.forEach((d, i) => expect(Math.abs(findExact(store.require(s.id), d)!.value - s.values[i]!)).toBeLessThanOrEqual(0.0005));
  });
});

describe("Debt to the Penny", () => {
  const series = ok(parseDebtToPenny(DTP, store.require("dtp.total").provenance.source));

  it("keeps the last business day of each quarter, stamped at the quarter end; 2025-06-05 is not a quarter end and is left out", () => {
    const total = get(series, "dtp.total");
    expect(total.dates).toEqual([ymd(2024, 12, 31), ymd(2025, 3, 31)]);
    expect(total.values).toEqual([36218.60531168991, 36214.31042017413]);
  });

  it("equals the snapshot's dtp.* quarter ends exactly (dollars → USD bn by moving the decimal point)", () => {
    for (const s of series) s.dates.forEach((d, i) => expect(findExact(store.require(s.id), d)?.value).toBe(s.values[i]));
  });
});

describe("malformed FiscalData input: precise error, no data", () => {
  it("truncated response", () => {
    expect(errors(parseMspd(MSPD.slice(0, 1000), SOURCE))[0]).toMatch(/^line 1, 1001: expected the rest of the JSON document/);
  });

  it("shifted columns: an amount in the wrong field", () => {
    const shifted = MSPD.replace('"record_date": "2025-01-31", "security_type_desc": "Marketable"', '"record_date": "Marketable", "security_type_desc": "Marketable"');
    expect(errors(parseMspd(shifted, SOURCE))).toEqual(['record 3, record_date: expected a month-end date YYYY-MM-DD, found "Marketable"']);
  });

  it("text in a number", () => {
    expect(errors(parseDebtToPenny(DTP.replace('"36218605311689.91"', '"36,218,605,311,689.91"'), SOURCE))).toEqual(['record 4, tot_pub_debt_out_amt: expected an amount such as "6367075.3893" (or "null"), found "36,218,605,311,689.91"']);
  });

  it("duplicate dates", () => {
    const dup = DTP.replace('"record_date": "2025-03-28"', '"record_date": "2025-03-31"');
    expect(errors(parseDebtToPenny(dup, SOURCE))).toEqual(["record 3, record_date: expected one record per date for dtp.total, found a duplicate date", "record 3, record_date: expected one record per date for dtp.public, found a duplicate date", "record 3, record_date: expected one record per date for dtp.intragov, found a duplicate date"]);
  });

  it("a response that is not a FiscalData table", () => {
    expect(errors(parseMspd('{"error":"Invalid query"}', SOURCE))).toEqual(['file, data: expected an object with a "data" array, found object']);
    expect(errors(parseMspd('{"data":[]}', SOURCE))).toEqual(["file, security_type_desc: expected MSPD table 1 rows (Marketable Bills, Notes, ...), found none"]);
  });
});
