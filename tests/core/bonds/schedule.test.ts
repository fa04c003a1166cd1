/** Coupon schedules, odd first coupons and day counts (src/core/bonds/schedule.ts, dayCount.ts). */
import { ymd } from "../../../src/core/dates";
import { ACCRUALS, actActHalfYear, days360 } from "../../../src/core/bonds/dayCount";
import { interestBetween, periodIndex, quasiCouponDate, settlementView } from "../../../src/core/bonds/schedule";

describe("odd first coupons", () => {
  it("rateslib test_long_stub_first_cashflow (31 CFR 356 App. B): 7⅞% note dated 3-Dec-1990, first coupon 15-Aug-1991, $7,000 → 386.474184670", () => {
    const terms = { maturity: ymd(1996, 2, 15), coupon: 0.07875, issue: ymd(1990, 12, 3), firstCoupon: ymd(1991, 8, 15) };
    const first = settlementView(terms, ymd(1990, 12, 3), actActHalfYear, ACCRUALS["daily-decimal"]).flows[0]!;
    expect(first.date).toBe(ymd(1991, 8, 15));
    expect(Math.abs(first.amount * 70 - 386.47418467)).toBeLessThanOrEqual(5e-10);
    // without the nine-decimal daily interest decimal the amount is 386.474184783: the rounding is what Treasury publishes
    const exact = settlementView(terms, ymd(1990, 12, 3), actActHalfYear, ACCRUALS.exact).flows[0]!;
    expect(Math.abs(exact.amount * 70 - 386.47418467)).toBeGreaterThan(1e-7);
  });

  it("short first coupon is C/2 × r/s (31 CFR 356 App. B II.B: 181/183)", () => {
    const terms = { maturity: ymd(1992, 3, 31), coupon: 0.085, issue: ymd(1990, 4, 2), firstCoupon: null };
    const v = settlementView(terms, ymd(1990, 4, 2), actActHalfYear, ACCRUALS.exact);
    expect(v.flows[0]!.date).toBe(ymd(1990, 9, 30));
    expect(v.flows[0]!.amount).toBeCloseTo((4.25 * 181) / 183, 12);
    expect(v.remaining).toBeCloseTo(181 / 183, 12);
    expect(v.flows.map((f) => f.n)).toEqual([0, 1, 2, 3]);
  });

  it("counts whole and partial half-years across period boundaries (I.D(2): 44/181 + 81/184)", () => {
    expect(interestBetween(ymd(2015, 11, 15), ymd(1985, 4, 1), ymd(1985, 8, 4), actActHalfYear, 5.375, ACCRUALS.exact)).toBeCloseTo(5.375 * (44 / 181 + 81 / 184), 14);
    expect(interestBetween(ymd(2015, 11, 15), ymd(1985, 5, 15), ymd(1986, 5, 15), actActHalfYear, 5.375, ACCRUALS.exact)).toBe(10.75);
  });
});

describe("quasi-coupon dates", () => {
  it("locates the half-year that contains a date", () => {
    const m = ymd(2033, 8, 15);
    const k = periodIndex(m, ymd(2025, 2, 14));
    expect([quasiCouponDate(m, k + 1), quasiCouponDate(m, k)]).toEqual([ymd(2024, 8, 15), ymd(2025, 2, 15)]);
    expect(quasiCouponDate(m, periodIndex(m, ymd(2025, 2, 15)) + 1)).toBe(ymd(2025, 2, 15));
  });
  it("uses 31 CFR 356 App. B Table 1 half-year lengths (Aug–Feb month end 181/182, Feb–Aug month end 184)", () => {
    const eom = ymd(2030, 8, 31);
    expect(quasiCouponDate(eom, 1) - quasiCouponDate(eom, 2)).toBe(ymd(2030, 2, 28) - ymd(2029, 8, 31));
    expect(ymd(2030, 2, 28) - ymd(2029, 8, 31)).toBe(181);
    expect(quasiCouponDate(eom, 0) - quasiCouponDate(eom, 1)).toBe(184);
  });
});

describe("Excel basis 0 (US 30/360)", () => {
  it("applies the 31st and end-of-February rules", () => {
    expect(days360(ymd(2007, 11, 15), ymd(2008, 2, 15))).toBe(90);
    expect(days360(ymd(2008, 1, 31), ymd(2008, 3, 31))).toBe(60);
    expect(days360(ymd(2008, 1, 30), ymd(2008, 3, 31))).toBe(60);
    expect(days360(ymd(2008, 1, 15), ymd(2008, 3, 31))).toBe(76);
    expect(days360(ymd(2007, 2, 28), ymd(2007, 8, 31))).toBe(180);
  });
});
