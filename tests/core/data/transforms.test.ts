/**
 * FRED unit transforms and frequency conversion (src/core/data/transforms.ts), on small hand-made
 * series whose results are worked out in the test names.
 */
import fc from "fast-check";
import { endOfMonth, ymd } from "../../../src/core/dates";
import { applyUnits, convertFrequency, periodEndBefore, Points } from "../../../src/core/data/transforms";

const q = (y: number, m: number) => endOfMonth(ymd(y, m, 1));
/** Quarterly 100, 102, 104.04, 106.1208, 110 (2023Q1..2024Q1). */
const quarterly: Points = { dates: [q(2023, 3), q(2023, 6), q(2023, 9), q(2023, 12), q(2024, 3)], values: [100, 102, 104.04, 106.1208, 110] };

describe("FRED unit codes (FRED API docs, series/observations `units`)", () => {
  it("lin keeps levels; log = ln x", () => {
    expect(applyUnits(quarterly, "q", "lin")).toEqual(quarterly);
    expect(applyUnits(quarterly, "q", "log").values[0]).toBeCloseTo(4.605170186, 9);
  });

  it("chg = x_t − x_{t−1}: 2, 2.04, 2.0808, 3.8792 (first quarter has no prior, left out)", () => {
    const r = applyUnits(quarterly, "q", "chg");
    expect(r.dates).toEqual(quarterly.dates.slice(1));
    [2, 2.04, 2.0808, 3.8792].forEach((v, i) => expect(r.values[i]).toBeCloseTo(v, 10));
  });

  it("ch1 / pc1 use the value 4 quarters earlier: 2024Q1 = 110 − 100 = 10; +10%", () => {
    expect(applyUnits(quarterly, "q", "ch1")).toEqual({ dates: [q(2024, 3)], values: [10] });
    expect(applyUnits(quarterly, "q", "pc1").values[0]).toBeCloseTo(10, 10);
  });

  it("pch = 2% per quarter; pca = (1.02^4 − 1)·100 = 8.243216%", () => {
    expect(applyUnits(quarterly, "q", "pch").values[0]).toBeCloseTo(2, 10);
    expect(applyUnits(quarterly, "q", "pca").values[0]).toBeCloseTo(8.243216, 10);
  });

  it("cch = 100·ln(1.02) = 1.980263; cca = 4 × that = 7.921050", () => {
    expect(applyUnits(quarterly, "q", "cch").values[0]).toBeCloseTo(1.98026273, 7);
    expect(applyUnits(quarterly, "q", "cca").values[0]).toBeCloseTo(7.92105091, 7);
  });

  it("a gap is never bridged: without 2023Q3, pch of 2023Q4 is missing (not computed against 2023Q2)", () => {
    const gap: Points = { dates: [q(2023, 3), q(2023, 6), q(2023, 12)], values: [100, 102, 106.1208] };
    expect(applyUnits(gap, "q", "pch").dates).toEqual([q(2023, 6)]);
  });

  it("undefined results are left out, not NaN or Infinity: pch after a zero, log of zero", () => {
    const z: Points = { dates: [q(2013, 12), q(2014, 3)], values: [0, 10] };
    expect(applyUnits(z, "q", "pch").values).toEqual([]);
    expect(applyUnits(z, "q", "log").dates).toEqual([q(2014, 3)]);
    expect(applyUnits(z, "q", "chg").values).toEqual([10]);
  });

  it("period arithmetic at month ends: Feb-29 one year back is Feb-28; weekly is 7 days", () => {
    expect(periodEndBefore(ymd(2024, 2, 29), "m", 12)).toBe(ymd(2023, 2, 28));
    expect(periodEndBefore(ymd(2024, 3, 31), "q", 1)).toBe(ymd(2023, 12, 31));
    expect(periodEndBefore(ymd(2024, 6, 30), "m", 1)).toBe(ymd(2024, 5, 31));
    expect(periodEndBefore(ymd(2024, 1, 3), "w", 52)).toBe(ymd(2023, 1, 4));
  });
});

describe("frequency conversion (FRED frequency + aggregation_method)", () => {
  const months2024: Points = { dates: Array.from({ length: 12 }, (_, i) => q(2024, i + 1)), values: Array.from({ length: 12 }, (_, i) => i + 1) };

  it("monthly 1..12 → quarterly avg 2, 5, 8, 11; sum 6, 15, 24, 33; eop 3, 6, 9, 12", () => {
    expect(convertFrequency(months2024, "m", "q", "avg")).toEqual({ dates: [q(2024, 3), q(2024, 6), q(2024, 9), q(2024, 12)], values: [2, 5, 8, 11] });
    expect(convertFrequency(months2024, "m", "q", "sum").values).toEqual([6, 15, 24, 33]);
    expect(convertFrequency(months2024, "m", "q", "eop").values).toEqual([3, 6, 9, 12]);
  });

  it("monthly → annual eop is the December value; avg 6.5; sum 78", () => {
    expect(convertFrequency(months2024, "m", "a", "eop")).toEqual({ dates: [ymd(2024, 12, 31)], values: [12] });
    expect(convertFrequency(months2024, "m", "a", "avg").values).toEqual([6.5]);
    expect(convertFrequency(months2024, "m", "a", "sum").values).toEqual([78]);
  });

  it("incomplete periods are dropped: a missing month removes its quarter and year", () => {
    const holed: Points = { dates: months2024.dates.filter((_, i) => i !== 4), values: months2024.values.filter((_, i) => i !== 4) };
    expect(convertFrequency(holed, "m", "q", "avg").dates).toEqual([q(2024, 3), q(2024, 9), q(2024, 12)]);
    expect(convertFrequency(holed, "m", "a", "eop").values).toEqual([]);
  });

  it("weekly → quarterly eop takes the last week of the quarter when the quarter is covered", () => {
    const weeks: Points = { dates: Array.from({ length: 14 }, (_, i) => ymd(2024, 1, 3) + 7 * i), values: Array.from({ length: 14 }, (_, i) => i) };
    expect(convertFrequency(weeks, "w", "q", "eop")).toEqual({ dates: [ymd(2024, 3, 31)], values: [12] });
  });

  it("refuses a higher or unsupported frequency (#VALUE! naming freq)", () => {
    expect(() => convertFrequency(quarterly, "q", "m", "avg")).toThrow('freq: "m" is not allowed: use "q" or "a"');
    expect(() => convertFrequency({ dates: [ymd(2024, 12, 31)], values: [1] }, "a", "q", "avg")).toThrow("freq: the series is annual; it can only be converted to a lower frequency, not quarterly");
  });

  it("property: for any complete monthly year, annual eop = December and sum = the 12 months' total", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2030 }), fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 12, maxLength: 12 }), (year, vals) => {
        const pts: Points = { dates: vals.map((_, i) => q(year, i + 1)), values: vals };
        expect(convertFrequency(pts, "m", "a", "eop").values).toEqual([vals[11]]);
        expect(convertFrequency(pts, "m", "a", "sum").values[0]).toBeCloseTo(vals.reduce((a, b) => a + b, 0), 6);
      }),
    );
  });
});
