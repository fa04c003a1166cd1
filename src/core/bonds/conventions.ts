/**
 * Yield conventions as data (STYLE.md §c.5, after rateslib's BondCalcMode): a `CalcMode` is a record of
 * string keys, each indexing a table of functions. Presets: "street" (default), "treasury", "excel",
 * "excel-basis0". Adding a convention means adding a record, not a branch.
 */
import { badArg } from "../errors";
import { ACCRUALS, DayCountFn, actActHalfYear, excel30360 } from "./dayCount";
import { BondTerms } from "./schedule";

/**
 * Exponents of one discount factor D(y) = (1 + w·y/2)^−s · (1 + y/2)^−m, for a cash flow n whole
 * half-years after the next quasi-coupon date, w = r/s the fraction of the current half-year left.
 */
export interface Exponents {
  s: number;
  m: number;
}

export const DAY_COUNTS = {
  "act/act": actActHalfYear,
  "30/360": excel30360,
} satisfies Record<string, DayCountFn>;

export const DISCOUNTS = {
  /** street / ICMA / Excel PRICE: v^(w+n), compound over the fractional period */
  compound: (w: number, n: number): Exponents => ({ s: 0, m: w + n }),
  /** 31 CFR 356 App. B II: P[1 + (r/s)(i/2)] = …, simple interest over the fractional first period, then v^n */
  "simple-first-period": (_w: number, n: number): Exponents => ({ s: 1, m: n }),
} satisfies Record<string, (w: number, n: number) => Exponents>;

export const ROUNDINGS = {
  none: (x: number): number => x,
  /** 31 CFR 356 App. B: prices to six decimals per 100; accrued to five decimals per $1,000 (= six per 100) */
  "6dp": (x: number): number => Math.round(x * 1e6) / 1e6,
} satisfies Record<string, (x: number) => number>;

/** Modified duration: −P′/P from the convention's own price function, or Excel's MDURATION = DURATION / (1 + yld/2). */
export const MODIFIED = {
  "price-derivative": (_macaulay: number, dPdy: number, dirty: number, _y: number): number => -dPdy / dirty,
  "macaulay/(1+y/2)": (macaulay: number, _dPdy: number, _dirty: number, y: number): number => macaulay / (1 + y / 2),
} satisfies Record<string, (macaulay: number, dPdy: number, dirty: number, y: number) => number>;

export const SCHEDULES = {
  "odd-coupons": (): void => undefined,
  "regular-only": (t: BondTerms): void => {
    if (t.issue !== null || t.firstCoupon !== null) {
      throw badArg("issue", 'convention "excel" follows Excel\'s PRICE/YIELD, which have no odd first coupon (Excel uses ODDFPRICE); leave issue and first_coupon empty or use "street" or "treasury"');
    }
  },
} satisfies Record<string, (t: BondTerms) => void>;

export interface CalcMode {
  dayCount: keyof typeof DAY_COUNTS;
  /** interest for part of a half-year */
  accrual: keyof typeof ACCRUALS;
  /** discounting while more than one cash flow remains */
  discount: keyof typeof DISCOUNTS;
  /** discounting in the final coupon period (one cash flow left) */
  finalPeriod: keyof typeof DISCOUNTS;
  rounding: keyof typeof ROUNDINGS;
  modified: keyof typeof MODIFIED;
  schedule: keyof typeof SCHEDULES;
  source: string;
}

export const CONVENTIONS = {
  street: {
    accrual: "exact",
    dayCount: "act/act",
    discount: "compound",
    finalPeriod: "simple-first-period",
    rounding: "none",
    modified: "price-derivative",
    schedule: "odd-coupons",
    source: "US street convention (SIFMA; ICMA Rule 251 act/act; simple interest in the final coupon period)",
  },
  treasury: {
    accrual: "daily-decimal",
    dayCount: "act/act",
    discount: "simple-first-period",
    finalPeriod: "simple-first-period",
    rounding: "6dp",
    modified: "price-derivative",
    schedule: "odd-coupons",
    source: "31 CFR 356 Appendix B, sections I and II",
  },
  excel: {
    accrual: "exact",
    dayCount: "act/act",
    discount: "compound",
    finalPeriod: "simple-first-period",
    rounding: "none",
    modified: "macaulay/(1+y/2)",
    schedule: "regular-only",
    source: "Microsoft Excel PRICE, YIELD, DURATION, MDURATION documentation, frequency 2, basis 1",
  },
  "excel-basis0": {
    accrual: "exact",
    dayCount: "30/360",
    discount: "compound",
    finalPeriod: "simple-first-period",
    rounding: "none",
    modified: "macaulay/(1+y/2)",
    schedule: "regular-only",
    source: "Microsoft Excel PRICE, YIELD, DURATION, MDURATION documentation, frequency 2, basis 0 (US 30/360)",
  },
} as const satisfies Record<string, CalcMode>;

export type ConventionName = keyof typeof CONVENTIONS;
export const CONVENTION_NAMES = Object.keys(CONVENTIONS) as ConventionName[];
