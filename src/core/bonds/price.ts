/**
 * Price ↔ yield for Treasury notes and bonds under a `CalcMode` (see conventions.ts).
 *
 * Dirty price: P + A = Σ CF_j · D_j(y), D_j = (1 + w·y/2)^−s · (1 + y/2)^−m with (s, m) from the mode
 * ("compound": s=0, m=w+n; "simple-first-period": s=1, m=n), w = r/s the share of the current
 * half-year left, n the whole half-years after the next quasi-coupon date.
 * - treasury: 31 CFR 356 App. B II.A–D, P[1 + (r/s)(i/2)] = (C/2)(r/s) + (C/2)a_n + 100v^n (short first),
 *   long first II.C, accrued II.D (daily interest decimal, I.A.2); prices and accrued rounded to 6 dp.
 * - every convention discounts the final coupon period (one cash flow left) at simple interest, 1/(1 + w·y/2).
 * - street and Excel: Excel PRICE, "N > 1": Σ 100·rate/2 / (1+yld/2)^(k−1+DSC/E) + 100/(1+yld/2)^(N−1+DSC/E) − A/E·100·rate/2,
 *   "N = 1": (100 + 100·rate/2) / (1 + DSC/E·yld/2) − A/E·100·rate/2.
 */
import { Day } from "../dates";
import { noSolution } from "../errors";
import { CalcMode, DAY_COUNTS, DISCOUNTS, ROUNDINGS, SCHEDULES } from "./conventions";
import { ACCRUALS } from "./dayCount";
import { BondTerms, SettlementView, accruedAt, settlementView } from "./schedule";

export interface Valuation {
  /** dirty (full) price per 100 face, unrounded */
  dirty: number;
  /** dP/dy and d²P/dy² of the dirty price, y as a decimal */
  dPdy: number;
  d2Pdy2: number;
  /** Macaulay duration, years */
  macaulay: number;
  view: SettlementView;
}

/** The settlement view (flows up to `until`, accrued) under the mode's day count, after the mode's schedule check. */
export function viewFor(t: BondTerms, settle: Day, mode: CalcMode, until?: Day): SettlementView {
  SCHEDULES[mode.schedule](t);
  return settlementView(t, settle, DAY_COUNTS[mode.dayCount], ACCRUALS[mode.accrual], until);
}

/**
 * Dirty price and its first two yield derivatives.
 * With g = −s·(w/2)/(1 + w·y/2) − m·(1/2)/(1 + y/2): D′ = D·g and D″ = D·(g² + s·(w/2)²/(1 + w·y/2)² + m·(1/4)/(1 + y/2)²).
 * @example valuation({maturity: ymd(2020,5,15), coupon: 0.0875, issue: ymd(1990,5,15), firstCoupon: null}, ymd(1990,5,15), 0.0884, CONVENTIONS.treasury).dirty //=> 99.0578926 (31 CFR 356 App. B II.A: 99.057893)
 */
export function valuation(t: BondTerms, settle: Day, y: number, mode: CalcMode): Valuation {
  return valueAt(viewFor(t, settle, mode), y, mode);
}

/** `valuation` on a settlement view already built (the yield solver reuses one view for every trial yield). */
function valueAt(view: SettlementView, y: number, mode: CalcMode): Valuation {
  const w = view.remaining;
  const rule = DISCOUNTS[view.flows.length === 1 ? mode.finalPeriod : mode.discount];
  let dirty = 0;
  let dPdy = 0;
  let d2Pdy2 = 0;
  let timeWeighted = 0;
  // D = simple^−s · comp^−m = exp(−s·ln simple − m·ln comp): one exp per flow (hot path of the yield solver).
  const simple = 1 + (w * y) / 2;
  const comp = 1 + y / 2;
  const lnSimple = Math.log(simple);
  const lnComp = Math.log(comp);
  const a = w / 2 / simple;
  const b = 0.5 / comp;
  for (const f of view.flows) {
    const { s, m } = rule(w, f.n);
    const d = Math.exp(-s * lnSimple - m * lnComp);
    const g = -s * a - m * b;
    const gPrime = s * a * a + m * b * b;
    dirty += f.amount * d;
    dPdy += f.amount * d * g;
    d2Pdy2 += f.amount * d * (g * g + gPrime);
    timeWeighted += f.amount * d * ((w + f.n) / 2);
  }
  if (!Number.isFinite(dirty) || !Number.isFinite(d2Pdy2)) {
    throw noSolution(`the price overflows at a yield of ${y} over ${view.flows.length} coupon periods: check yld and maturity`);
  }
  return { dirty, dPdy, d2Pdy2, macaulay: timeWeighted / dirty, view };
}

/** Accrued interest per 100 face, rounded as the mode says (31 CFR 356 App. B I.D: 5 dp per $1,000). */
export function accruedInterest(t: BondTerms, settle: Day, mode: CalcMode): number {
  SCHEDULES[mode.schedule](t);
  return ROUNDINGS[mode.rounding](accruedAt(t, settle, DAY_COUNTS[mode.dayCount], ACCRUALS[mode.accrual]));
}

/**
 * Clean price per 100 face: dirty − accrued, each rounded as the mode says (31 CFR 356 App. B II.D:
 * P + A = 100.098321, A = .367403, P = 99.730918).
 * @example cleanPrice({maturity: ymd(1995,11,15), coupon: 0.095, issue: ymd(1985,11,15), firstCoupon: null}, ymd(1985,11,29), 0.0954, CONVENTIONS.treasury) //=> 99.730918
 */
export function cleanPrice(t: BondTerms, settle: Day, y: number, mode: CalcMode): number {
  const round = ROUNDINGS[mode.rounding];
  const v = valuation(t, settle, y, mode);
  return round(round(v.dirty) - round(v.view.accrued));
}

/**
 * Yield (decimal, semiannual) that reproduces a clean price under the mode: solves Σ CF·D(y) = clean + accrued
 * by Newton's method inside a bisection bracket (the dirty price falls strictly as y rises). The unrounded
 * price formula is inverted, so YIELD(PRICE(y)) = y to 1e−10 when PRICE is not rounded.
 * @example bondYield({maturity: ymd(2016,11,15), coupon: 0.0575, issue: null, firstCoupon: null}, ymd(2008,2,15), 95.04287, CONVENTIONS["excel-basis0"]) //=> 0.0650000069 (Excel YIELD example: 0.065)
 */
export function bondYield(t: BondTerms, settle: Day, clean: number, mode: CalcMode): number {
  const view = viewFor(t, settle, mode);
  const target = clean + ROUNDINGS[mode.rounding](view.accrued);
  const at = (y: number) => valueAt(view, y, mode);
  let lo = -0.999999;
  let hi = 10;
  let y = Math.min(Math.max(t.coupon, lo), hi);
  for (let i = 0; i < 200; i++) {
    const v = at(y);
    if (i === 0 && v.dPdy === 0) {
      throw noSolution("the price does not depend on the yield here: settlement falls on the last accrual day of the final coupon period (30/360)");
    }
    const f = v.dirty - target;
    if (f > 0) lo = y;
    else hi = y;
    let next = y - f / v.dPdy;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - y) < 1e-15 || hi - lo < 1e-15) {
      // Converged: to the root, or (when no yield gives the price) to an end of the bracket.
      if (Math.abs(f) > 1e-9 * target) break;
      return next;
    }
    y = next;
  }
  throw noSolution(`no yield between -100% and 1000% gives the price ${clean}`);
}
