import { caymanEstimate, caymanGap } from "../../../src/core/holders/cayman";
import { HOLDER_DEFAULTS } from "../../../src/core/assumptions/holders";
import { ymd } from "../../../src/core/dates";
import { TWO_READINGS } from "./fixtures";

const readings = TWO_READINGS.caymanReadings;

describe("Cayman hedge-fund estimate (methodology §4.1 step 3)", () => {
  it("is the reading itself at a reading date, with the reading's label", () => {
    expect(caymanEstimate(readings, ymd(2021, 12, 31))).toMatchObject({ valueBn: 100, method: "anchored" });
    expect(caymanEstimate(readings, ymd(2020, 12, 31))).toMatchObject({ valueBn: 40, method: "chart-read" });
  });

  it("is linear in days between readings and labelled interpolated", () => {
    const mid = caymanEstimate(readings, ymd(2021, 6, 30));
    // 2020-12-31 → 2021-06-30 is 181 of 365 days: 40 + 60·181/365
    expect(mid?.valueBn).toBeCloseTo(40 + (60 * 181) / 365, 10);
    expect(mid?.method).toBe("interpolated");
    expect(mid?.note).toBe("interpolated linearly between chart-read 2020-12-31 (40) and anchored 2021-12-31 (100)");
  });

  it("is carried forward after the last reading and labelled so", () => {
    expect(caymanEstimate(readings, ymd(2022, 9, 30))).toMatchObject({ valueBn: 100, method: "carried forward" });
  });

  it("does not exist before the first reading", () => {
    expect(caymanEstimate(readings, ymd(2020, 9, 30))).toBeNull();
  });

  it("FEDS Note 2025-10-15: default readings give 1,850 at 2024-12-31 (anchored)", () => {
    expect(caymanEstimate(HOLDER_DEFAULTS.caymanReadings, ymd(2024, 12, 31))).toMatchObject({ valueBn: 1850, method: "anchored" });
  });
});

describe("TIC undercount U = max(0, KY_HF − TIC_KY) (methodology §4.1 step 4)", () => {
  it("FEDS Note 2025-10-15: 1,850 − TIC 423.0 = 1,427 ('around $1.4 trillion')", () => {
    const g = caymanGap(HOLDER_DEFAULTS.caymanReadings, ymd(2024, 12, 31), 423.0);
    expect(g.undercount).toBeCloseTo(1427, 9);
  });

  it("is zero, not negative, when TIC already shows more than the estimate", () => {
    expect(caymanGap(readings, ymd(2021, 12, 31), 130).undercount).toBe(0);
  });

  it("has no estimate where TIC does not publish the Cayman Islands", () => {
    const g = caymanGap(readings, ymd(2021, 12, 31), null);
    expect(g.estimate).toBeNull();
    expect(g.undercount).toBe(0);
  });
});
