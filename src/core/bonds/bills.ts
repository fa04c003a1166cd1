/**
 * Treasury bills, 31 CFR 356 Appendix B section VI (r = days from settlement to maturity):
 * - price from the discount rate d (VI.A): P = 100 · (1 − d·r/360), rounded to six decimals;
 * - discount rate from the price (VI.B): d = (100 − P)/100 · 360/r;
 * - investment rate (coupon-equivalent yield), y = 365, or 366 when February 29 falls in the year after
 *   settlement (the issue date in VI.D):
 *   r ≤ half a year (VI.D.1): i = (100 − P)/P · y/r;
 *   r > half a year (VI.D.2): P·[1 + (r − y/2)·i/y]·(1 + i/2) = 100, i.e. a·i² + b·i + c = 0 with
 *   a = r/(2y) − 0.25, b = r/y, c = (P − 100)/P, i = (−b + √(b² − 4ac))/(2a).
 */
import { Day, addMonths, isLeapYear, toYMD, ymd } from "../dates";
import { badArg, noSolution } from "../errors";
import { checkPrice, checkRate } from "./rates";
import { ROUNDINGS } from "./conventions";

function daysToMaturity(settle: Day, maturity: Day): number {
  if (maturity <= settle) throw badArg("settlement", "must be before maturity");
  return maturity - settle;
}

/**
 * Bill price per 100 from the bank discount rate (31 CFR 356 App. B VI.A).
 * @example billPrice(ymd(2000,1,1), ymd(2000,3,31), 0.0761) //=> 98.0975 (90 days)
 */
export function billPrice(settle: Day, maturity: Day, discountRate: number): number {
  const r = daysToMaturity(settle, maturity);
  const p = 100 * (1 - (checkRate(discountRate, "discount_rate") * r) / 360);
  if (p <= 0) throw noSolution(`discount_rate ${discountRate} over ${r} days gives a price ≤ 0`);
  return ROUNDINGS["6dp"](p);
}

/** 366 when February 29 falls in the year after `settle` (31 CFR 356 App. B VI.D), else 365. */
export function investmentYearDays(settle: Day): number {
  const end = addMonths(settle, 12);
  const { year } = toYMD(settle);
  const leapDays = [year, year + 1].filter(isLeapYear).map((y) => ymd(y, 2, 29));
  return leapDays.some((d) => d > settle && d <= end) ? 366 : 365;
}

export const BILL_YIELD_KINDS = {
  /** 31 CFR 356 App. B VI.B */
  discount: (p: number, r: number): number => ((100 - p) / 100) * (360 / r),
  /** 31 CFR 356 App. B VI.D.1 and VI.D.2 (y = 365 or 366 is bound by `billYield`) */
  investment: (p: number, r: number, y = 365): number => {
    if (r <= y / 2) return ((100 - p) / p) * (y / r);
    const a = r / (2 * y) - 0.25;
    const b = r / y;
    const c = (p - 100) / p;
    return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
  },
} satisfies Record<string, (p: number, r: number, y?: number) => number>;

export type BillYieldKind = keyof typeof BILL_YIELD_KINDS;
export const BILL_YIELD_KIND_NAMES = Object.keys(BILL_YIELD_KINDS) as BillYieldKind[];

/**
 * Bill yield from its price per 100.
 * @example billYield(ymd(2001,1,4), ymd(2002,1,3), 92.265, "investment") //=> 0.082373244 (364 days, y = 365)
 */
export function billYield(settle: Day, maturity: Day, price: number, kind: BillYieldKind): number {
  const r = daysToMaturity(settle, maturity);
  const y = BILL_YIELD_KINDS[kind](checkPrice(price, "price"), r, investmentYearDays(settle));
  if (!Number.isFinite(y)) throw noSolution(`the price ${price} is too small: its yield overflows`);
  return y;
}
