/**
 * Day counts for a coupon period [start, end) and a date `d` inside it. Each returns, in days, what bond
 * math needs: `elapsed` = A (start → d), `remaining` = DSC (d → next coupon date) and `length` = E, so that
 * A/E is the accrued share and DSC/E is "r/s" of 31 CFR 356 App. B.
 */
import { Day, toYMD, daysInMonth } from "../dates";

export interface PeriodSplit {
  /** A: days elapsed at `d` */
  elapsed: number;
  /** DSC: days left after `d` */
  remaining: number;
  /** E: days in the period */
  length: number;
}

export type DayCountFn = (start: Day, d: Day, end: Day) => PeriodSplit;

/**
 * Actual/actual per half-year: A = actual days start→d, E = actual days in the half-year.
 * 31 CFR 356 App. B I.A.2 ("daily interest decimal … actual number of calendar days in the half-year");
 * ICMA Rule 251 (street); Excel basis 1 (COUPDAYBS/COUPDAYS/COUPDAYSNC).
 * @example actActHalfYear(ymd(2025,2,15), ymd(2025,2,18), ymd(2025,8,15)) //=> { elapsed: 3, remaining: 178, length: 181 }
 */
export const actActHalfYear: DayCountFn = (start, d, end) => ({ elapsed: d - start, remaining: end - d, length: end - start });

/**
 * Excel basis 0 (US/NASD 30/360) as Excel's coupon functions use it: A = DAYS360(start, d), E = 180,
 * DSC = E − A (Excel documents DSC for basis 0 this way in PRICE/YIELD, not as DAYS360(d, end)).
 * Source: Microsoft, DAYS360 and PRICE function documentation; SIA 30/360 end-of-February rules.
 * @example excel30360(ymd(2007,11,15), ymd(2008,2,15), ymd(2008,5,15)) //=> { elapsed: 90, remaining: 90, length: 180 }
 */
export const excel30360: DayCountFn = (start, d) => {
  const a = days360(start, d);
  return { elapsed: a, remaining: 180 - a, length: 180 };
};

/** US (NASD) 30/360 day count between two dates, with the end-of-February rules of Excel's basis 0. */
export function days360(from: Day, to: Day): number {
  const a = toYMD(from);
  const b = toYMD(to);
  const aLastFeb = a.month === 2 && a.day === daysInMonth(a.year, 2);
  const bLastFeb = b.month === 2 && b.day === daysInMonth(b.year, 2);
  let d1 = a.day;
  let d2 = b.day;
  if (aLastFeb && bLastFeb) d2 = 30;
  if (aLastFeb || d1 === 31) d1 = 30;
  if (d2 === 31 && d1 >= 30) d2 = 30;
  return 360 * (b.year - a.year) + 30 * (b.month - a.month) + (d2 - d1);
}

/** Interest per 100 face for `days` of a coupon period `length` days long, the period's coupon being `half` = C/2. */
export type AccrueFn = (half: number, days: number, length: number) => number;

export const ACCRUALS = {
  /** (C/2) · A/E */
  exact: (half: number, days: number, length: number): number => (half * days) / length,
  /**
   * 31 CFR 356 App. B I.A.2: a "daily interest decimal" per $1,000, (C/2 per $1,000)/E, times the days. It is
   * rounded to nine decimals: that is what reproduces the Appendix's long first coupon of the 7⅞% note dated
   * 3-Dec-1990 ($386.474184670 per $7,000 = 7 × (39.375 + 74 × 0.213994565); unrounded gives 386.474184783).
   */
  "daily-decimal": (half: number, days: number, length: number): number => (Math.round(((half * 10) / length) * 1e9) / 1e9) * days / 10,
} satisfies Record<string, AccrueFn>;
