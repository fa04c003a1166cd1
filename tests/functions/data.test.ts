/**
 * UST.SERIES, UST.TIC, UST.SOURCES, UST.VINTAGE (src/functions/data.ts) on the embedded snapshot:
 * spot values from the data pack, FRED units checked by hand, and Excel errors with messages.
 */
import { ymd, toExcelSerial } from "../../src/core/dates";
import { SeriesStore } from "../../src/core/data/store";
import { series, sources, tic, vintage } from "../../src/functions/data";
import { getStore, onStateChange, setStore } from "../../src/shared/state";

type XlError = Error & { code: string };
type Spill = (string | number)[][];
const serial = (y: number, m: number, d: number) => toExcelSerial(ymd(y, m, d));
const DEC_2024 = serial(2024, 12, 31);

function spill(result: unknown): Spill {
  if (!Array.isArray(result)) throw new Error(`expected a spill, got ${(result as XlError).code}: ${(result as XlError).message}`);
  return result as Spill;
}
function error(result: unknown): XlError {
  if (Array.isArray(result) || typeof result !== "object") throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result as XlError;
}
/** The value in the row dated `date` (a data row, not the header). */
const at = (rows: Spill, date: number) => rows.slice(1).find((r) => r[0] === date)?.[1];

describe("spot values from the data pack (USD bn)", () => {
  it("TIC mfhhis01.txt: Cayman Islands Dec-2024 = 423.0", () => {
    expect(spill(tic("Cayman Islands", "2024-12-31", "2024-12-31"))).toEqual([["Period end", "Cayman Islands, USD billions"], [DEC_2024, 423]]);
  });

  it("TIC mfhhis01.txt: Grand Total Dec-2024 = 8,619.3 (also by alias, any case)", () => {
    expect(at(spill(tic("grand total", DEC_2024, DEC_2024)), DEC_2024)).toBe(8619.3);
    expect(at(spill(tic("China", "2024-12-31", "2024-12-31")), DEC_2024)).toBe(spill(tic("China, Mainland", "2024-12-31", "2024-12-31"))[1]![1]);
  });

  it("Treasury Bulletin OFS-2: total public debt 2024-12-31 = 36,218.6", () => {
    expect(spill(series("Total public debt", "2024-12-31", "2024-12-31"))).toEqual([["Period end", "Total public debt, USD billions"], [DEC_2024, 36218.6]]);
  });
});

describe("UST.SERIES units on OFS-2 total public debt (hand-computed from the printed values)", () => {
  // OFS-2 total, USD bn: 2022-12 31,419.9; 2023-12 34,001.5; 2024-09 35,464.7; 2024-12 36,218.6; 2025-03 36,214.3
  const one = (units: string, date: string) => at(spill(series("ofs2.total", date, date, units)), serial(...(date.split("-").map(Number) as [number, number, number])));

  it("pc1 2024-12-31 = (36,218.6 / 34,001.5 − 1)·100 = 6.520595%", () => expect(one("pc1", "2024-12-31")).toBeCloseTo(6.520594679646474, 10));
  it("pc1 2023-12-31 = (34,001.5 / 31,419.9 − 1)·100 = 8.216449% (the base quarter lies before the window)", () => expect(one("pc1", "2023-12-31")).toBeCloseTo(8.216448811103794, 10));
  it("chg 2024-12-31 = 36,218.6 − 35,464.7 = 753.9", () => expect(one("chg", "2024-12-31")).toBeCloseTo(753.9, 9));
  it("ch1 2024-12-31 = 36,218.6 − 34,001.5 = 2,217.1", () => expect(one("ch1", "2024-12-31")).toBeCloseTo(2217.1, 9));
  it("pch 2025-03-31 = (36,214.3 / 36,218.6 − 1)·100 = −0.011872%", () => expect(one("PCH", "2025-03-31")).toBeCloseTo(-0.011872352879449544, 12));
  it("pca 2024-12-31 = ((36,218.6 / 35,464.7)^4 − 1)·100 = 8.778101%", () => expect(one("pca", "2024-12-31")).toBeCloseTo(8.778101350577838, 10));
  it("cch 2024-12-31 = 100·ln(36,218.6 / 35,464.7) = 2.103496; cca = 4× = 8.413985", () => {
    expect(one("cch", "2024-12-31")).toBeCloseTo(2.1034963456010303, 10);
    expect(one("cca", "2024-12-31")).toBeCloseTo(8.413985382404121, 10);
  });
  it("log 2024-12-31 = ln 36,218.6 = 10.497328", () => expect(one("log", "2024-12-31")).toBeCloseTo(10.497328078012291, 12));
  it("the header names the unit", () => expect(spill(series("ofs2.total", "2024-12-31", "2024-12-31", "pc1"))[0]).toEqual(["Period end", "Total public debt, Percent change from year ago"]));
});

describe("UST.SERIES frequency conversion on TIC Grand Total 2024", () => {
  it('freq="a", agg="eop" equals the December values, year by year 2001..2025', () => {
    const annual = spill(series("tic.grand_total", "2001-01-01", "2025-12-31", "lin", "a", "eop")).slice(1);
    const monthly = spill(tic("Grand Total", "2001-01-01", "2025-12-31"));
    expect(annual).toHaveLength(25);
    for (const [date, value] of annual) expect(at(monthly, date as number)).toBe(value);
    expect(annual.find((r) => r[0] === DEC_2024)?.[1]).toBe(8619.3);
  });

  it('freq="a" avg 2024 = mean of the 12 months = 8,364.1; sum = 100,369.2', () => {
    expect(spill(series("tic.grand_total", "2024-01-01", "2024-12-31", "", "a"))[1]).toEqual([DEC_2024, expect.closeTo(8364.1, 9)]);
    expect(spill(series("tic.grand_total", "2024-01-01", "2024-12-31", "lin", "A", "SUM"))[1]![1]).toBeCloseTo(100369.2, 8);
  });

  it('freq="q" avg 2024Q4 = (8,693.5 + 8,723.3 + 8,619.3) / 3 = 8,678.7; header says so', () => {
    const r = spill(series("tic.grand_total", "2024-10-01", "2024-12-31", "lin", "q", "avg"));
    expect(r[0]).toEqual(["Period end", "Grand Total, USD billions, quarterly (avg)"]);
    expect(r[1]![1]).toBeCloseTo(8678.7, 9);
  });

  it('refuses freq="m" (only "q" and "a": conversion goes to a lower frequency)', () => {
    expect(error(series("ofs2.total", "", "", "lin", "m")).message).toBe('freq: "m" is not allowed; use one of "q", "a"');
  });
});

describe("errors", () => {
  it("unknown series or country → #VALUE! listing close matches", () => {
    const e = error(tic("Cayman Island"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("close matches: Cayman Islands");
    expect(error(series("Foreign and internatinal")).message).toMatch(/^series: unknown name "Foreign and internatinal"; close matches: Foreign and international/);
  });

  it("UST.TIC accepts only TIC series", () => {
    expect(error(tic("Total public debt")).code).toBe("#VALUE!");
  });

  it("dates outside coverage → #N/A with the covered range", () => {
    const before = error(series("ofs2.total", "1999-12-31"));
    expect(before.code).toBe("#N/A");
    expect(before.message).toBe("start 1999-12-31 is before the data: Total public debt covers 2000-03-31 .. 2025-06-30");
    const after = error(tic("Japan", "2025-01-01", "2026-06-30"));
    expect(after.code).toBe("#N/A");
    expect(after.message).toBe("end 2026-06-30 is after the latest observation: Japan covers 2000-03-31 .. 2025-12-31");
    expect(error(tic("Japan", "2026-01-31")).message).toBe("start 2026-01-31 is after the latest observation: Japan covers 2000-03-31 .. 2025-12-31");
    expect(error(series("ofs2.total", "", "1999-12-31")).message).toBe("end 1999-12-31 is before the data: Total public debt covers 2000-03-31 .. 2025-06-30");
  });

  it("bad arguments → #VALUE! naming the argument", () => {
    expect(error(series("ofs2.total", "", "", "pct")).message).toMatch(/^units: "pct" is not allowed; use one of "lin", "chg"/);
    expect(error(series("ofs2.total", "", "", "", "a", "median")).message).toMatch(/^agg: "median" is not allowed/);
    expect(error(series("ofs2.total", "2024-12-31", "2024-01-01")).message).toBe("start: 2024-12-31 is after end 2024-01-01");
    expect(error(series("ofs2.total", "yesterday")).code).toBe("#VALUE!");
    expect(error(series(null)).message).toBe("series: is required");
  });

  it("missing observations stay missing: FD-2 bills 2001 shows Sep-2001 only, no zero rows", () => {
    const rows = spill(series("debt.bills", "2001-09-30", "2002-06-30")).slice(1);
    expect(rows.map((r) => r[0])).toEqual([serial(2001, 9, 30), serial(2002, 6, 30)]);
    expect(rows.every((r) => (r[1] as number) > 0)).toBe(true);
  });

  it("a window with no value after the transform → #N/A", () => {
    const e = error(series("ofs2.total", "2000-03-31", "2000-12-31", "pc1"));
    expect([e.code, e.message]).toEqual(["#N/A", 'Total public debt: no value between 2000-03-31 and 2000-12-31 with units "pc1"']);
    expect(error(series("tic.grand_total", "2025-01-31", "2025-11-30", "lin", "a")).message).toBe('Grand Total: no value between 2025-01-31 and 2025-11-30 with units "lin", freq "a" (complete periods only)');
  });
});

describe("UST.SOURCES and UST.VINTAGE", () => {
  it("SOURCES lists every source with publisher, coverage, as-of, vintage and kind", () => {
    const rows = spill(sources());
    expect(rows[0]).toEqual(["Source", "Publisher", "Table", "Coverage", "As of", "Vintage", "Kind", "Series", "Notes"]);
    const names = rows.slice(1).map((r) => r[0]);
    expect(names).toEqual(["Treasury Bulletin OFS-2", "FRED GFDEBTN", "FRED FYGFDPUN", "FRED FDHBFIN", "FRED TREAST", "FiscalData Debt to the Penny", "Treasury Bulletin FD-2", "TIC Major Foreign Holders of Treasury Securities"]);
    const ticRow = rows.find((r) => r[0] === "TIC Major Foreign Holders of Treasury Securities")!;
    expect(ticRow.slice(3, 7)).toEqual(["2000-03-31 .. 2025-12-31", "2026-03-18", "mfhhis01.txt dated 3/18/26 (2025 revised March 18, 2026)", "official"]);
    expect(rows.find((r) => r[0] === "Treasury Bulletin OFS-2")![7]).toBe(12);
  });

  it("VINTAGE() names the snapshot; VINTAGE(source or series) gives vintage and as-of", () => {
    expect(vintage()).toBe("embedded snapshot of the data pack (8 sources, latest as-of 2026-06-17)");
    expect(vintage("tic")).toBe("TIC Major Foreign Holders of Treasury Securities: mfhhis01.txt dated 3/18/26 (2025 revised March 18, 2026); as of 2026-03-18");
    expect(vintage("Cayman Islands")).toBe(vintage("TIC"));
    expect(vintage("OFS-2")).toMatch(/^Treasury Bulletin OFS-2: latest Treasury Bulletin printing each quarter \(\d+ bulletins 2010-12 \.\. 2025-09\); as of 2025-09$/);
    expect(error(vintage("Bloomberg")).code).toBe("#VALUE!");
  });
});

describe("runtime state: the store the functions read", () => {
  it("is the embedded snapshot, decoded once; setStore swaps a whole store atomically and notifies", () => {
    const first = getStore();
    expect(getStore()).toBe(first);
    const japan = first.require("tic.japan");
    const next = new SeriesStore([{ ...japan, dates: [ymd(2026, 1, 31)], values: [1200.5] }], "refreshed test store");
    const seen: string[] = [];
    const stop = onStateChange(() => seen.push(getStore().label));
    try {
      setStore(next);
      expect(seen).toEqual(["refreshed test store"]);
      expect(spill(tic("Japan"))).toEqual([["Period end", "Japan, USD billions"], [serial(2026, 1, 31), 1200.5]]);
      expect(vintage()).toBe("refreshed test store");
    } finally {
      stop();
      setStore(first);
    }
    expect(at(spill(tic("Japan", "2024-12-31", "2024-12-31")), DEC_2024)).toBe(1061.5);
  });
});
