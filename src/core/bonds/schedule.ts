/**
 * Coupon schedules of US Treasury notes and bonds, generated back from maturity in six-month steps.
 * Notes maturing on a month end keep paying on month ends (31-Oct/30-Apr, 31-Aug/28-Feb), per
 * 31 CFR 356 App. B I.A.1 ("May 31 to November 30", "February 29 to August 31").
 *
 * Notation (31 CFR 356 App. B II): quasi-coupon dates Q(0) = maturity, Q(k) = maturity − 6k months;
 * settlement lies in [Q(k+1), Q(k)); r/s = share of that half-year still to run ("remaining");
 * n = whole half-years from Q(k) to a cash flow. The first coupon after `issue` (the dated date) is
 * odd: short when `issue` is inside the half-year before it, long when it is earlier (II.B, II.C).
 */
import { Day, addMonths, formatISO, monthShifter } from "../dates";
import { badArg } from "../errors";
import { AccrueFn, DayCountFn } from "./dayCount";

export interface BondTerms {
  maturity: Day;
  /** annual coupon rate, decimal */
  coupon: number;
  /** dated date of the first coupon period; null for a regular schedule */
  issue: Day | null;
  /** first coupon date when it is not the first regular date after `issue` (long first coupon) */
  firstCoupon: Day | null;
}

export interface CashFlow {
  date: Day;
  /** whole half-years after the next quasi-coupon date */
  n: number;
  /** per 100 face */
  amount: number;
}

export interface SettlementView {
  /** r/s: share of the current half-year from settlement to the next quasi-coupon date */
  remaining: number;
  /** accrued interest per 100 face (unrounded) */
  accrued: number;
  flows: CashFlow[];
}

/** Q(k): the k-th quasi-coupon date before maturity, end of month kept for month-end maturities. */
export function quasiCouponDate(maturity: Day, k: number): Day {
  return addMonths(maturity, -6 * k, true);
}

/** The k with Q(k+1) ≤ d < Q(k), i.e. the half-year containing `d` (d < maturity). */
export function periodIndex(maturity: Day, d: Day): number {
  const q = monthShifter(maturity, true); // q(−6k) = Q(k)
  let k = Math.max(0, Math.floor((maturity - d) / 184) - 1);
  while (q(-6 * (k + 1)) > d) k++;
  while (k > 0 && q(-6 * k) <= d) k--;
  return k;
}

/**
 * Interest per 100 face earned from `from` to `to` (from ≤ to), half-year by half-year: a full half-year
 * earns `half` = C/2 whatever its length (31 CFR 356 App. B I.A.1), a part of one earns `accrue(half, days, E)`.
 * 31 CFR 356 App. B I.D(2): 44 days of a 181-day half-year plus 81 of a 184-day half-year.
 * @example interestBetween(ymd(2015,11,15), ymd(1985,4,1), ymd(1985,8,4), actActHalfYear, 5.375, ACCRUALS.exact) //=> 3.672798 (5.375 × (44/181 + 81/184))
 */
export function interestBetween(maturity: Day, from: Day, to: Day, dc: DayCountFn, half: number, accrue: AccrueFn): number {
  const kf = periodIndex(maturity, from);
  const kt = to >= maturity ? -1 : periodIndex(maturity, to);
  const split = (k: number, d: Day) => dc(quasiCouponDate(maturity, k + 1), d, quasiCouponDate(maturity, k));
  const head = split(kf, from);
  if (kf === kt) return accrue(half, split(kt, to).elapsed - head.elapsed, head.length);
  const tail = kt < 0 ? null : split(kt, to);
  return accrue(half, head.remaining, head.length) + (kf - kt - 1) * half + (tail ? accrue(half, tail.elapsed, tail.length) : 0);
}

/** Index J of the first coupon date Q(J), or Infinity for a regular schedule without an issue date. */
function firstCouponIndex(t: BondTerms): number {
  if (t.issue === null) {
    if (t.firstCoupon !== null) throw badArg("first_coupon", "needs issue (the dated date of the first coupon period)");
    return Infinity;
  }
  if (t.issue >= t.maturity) throw badArg("issue", "must be before maturity");
  if (t.firstCoupon === null) return periodIndex(t.maturity, t.issue);
  const j = periodIndex(t.maturity, t.firstCoupon - 1);
  if (quasiCouponDate(t.maturity, j) !== t.firstCoupon || t.firstCoupon > t.maturity) {
    throw badArg("first_coupon", `${formatISO(t.firstCoupon)} is not on the maturity's semiannual coupon cycle`);
  }
  if (t.firstCoupon <= t.issue) throw badArg("first_coupon", "must be after issue");
  return j;
}

function checkSettlement(t: BondTerms, settle: Day): void {
  if (settle >= t.maturity) throw badArg("settlement", `must be before maturity (${formatISO(t.maturity)})`);
  if (t.issue !== null && settle < t.issue) throw badArg("settlement", `must be on or after issue (${formatISO(t.issue)})`);
}

/**
 * Accrued interest per 100 face at `settle` (unrounded): interest from the start of the current coupon
 * period (or from `issue` during an odd first period) to settlement (31 CFR 356 App. B I.A.2, I.D(2)).
 * @example accruedAt({maturity: ymd(2033,8,15), coupon: 0.03875, issue: null, firstCoupon: null}, ymd(2025,2,18), actActHalfYear, ACCRUALS.exact) //=> 0.0321133 (3/181 × 1.9375)
 */
export function accruedAt(t: BondTerms, settle: Day, dc: DayCountFn, accrue: AccrueFn): number {
  checkSettlement(t, settle);
  const k = periodIndex(t.maturity, settle);
  const accrualStart = t.issue !== null && k >= firstCouponIndex(t) ? t.issue : quasiCouponDate(t.maturity, k + 1);
  return interestBetween(t.maturity, accrualStart, settle, dc, (t.coupon * 100) / 2, accrue);
}

/**
 * What a buyer settling on `settle` receives and owes: the remaining cash flows and the accrued interest.
 * Coupons are C/2 per half-year regardless of its length (31 CFR 356 App. B I.A.1); the odd first coupon
 * is the interest from issue to the first coupon date (I.A.2, I.D(2)). With `until`, only the flows up to
 * that date are listed (the basis needs just the coupons before delivery).
 */
export function settlementView(t: BondTerms, settle: Day, dc: DayCountFn, accrue: AccrueFn, until: Day = Infinity): SettlementView {
  const accrued = accruedAt(t, settle, dc, accrue);
  const half = (t.coupon * 100) / 2;
  const j0 = firstCouponIndex(t);
  const k = periodIndex(t.maturity, settle);
  const shift = monthShifter(t.maturity, true);
  const flows: CashFlow[] = [];
  for (let j = Math.min(k, j0); j >= 0; j--) {
    const date = shift(-6 * j); // Q(j)
    if (date > until) break;
    const coupon = j === j0 && t.issue !== null ? interestBetween(t.maturity, t.issue, date, dc, half, accrue) : half;
    flows.push({ date, n: k - j, amount: coupon + (j === 0 ? 100 : 0) });
  }
  const split = dc(quasiCouponDate(t.maturity, k + 1), settle, quasiCouponDate(t.maturity, k));
  return { remaining: split.remaining / split.length, accrued, flows };
}
