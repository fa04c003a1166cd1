/**
 * Yield risk of a note or bond per 100 face, from the convention's own price function (price.ts).
 * Macaulay D = Σ t_j·PV_j / Σ PV_j with t_j = (w + n_j)/2 years (Excel DURATION);
 * modified = −P′/P, or Excel's MDURATION = D/(1 + yld/2) under "excel";
 * DV01 = −P′ × 0.0001 (dirty price change for one basis point);
 * convexity = P″/P (Fabozzi, *Bond Markets, Analysis and Strategies*, ch. 4).
 */
import { Day } from "../dates";
import { CalcMode, MODIFIED } from "./conventions";
import { BondTerms } from "./schedule";
import { valuation } from "./price";

export const DURATION_KINDS = ["modified", "macaulay"] as const;
export type DurationKind = (typeof DURATION_KINDS)[number];

/**
 * Duration in years.
 * @example duration({maturity: ymd(2016,1,1), coupon: 0.08, issue: null, firstCoupon: null}, ymd(2008,1,1), 0.09, "modified", CONVENTIONS.excel) //=> 5.73567 (Excel MDURATION example)
 */
export function duration(t: BondTerms, settle: Day, y: number, kind: DurationKind, mode: CalcMode): number {
  const v = valuation(t, settle, y, mode);
  return kind === "macaulay" ? v.macaulay : MODIFIED[mode.modified](v.macaulay, v.dPdy, v.dirty, y);
}

/**
 * DV01 per 100 face: −dP/dy × 1bp.
 * @example dv01({maturity: ymd(2033,8,15), coupon: 0.03875, issue: null, firstCoupon: null}, ymd(2025,2,14), 0.04, CONVENTIONS.street) //=> 0.071105
 */
export function dv01(t: BondTerms, settle: Day, y: number, mode: CalcMode): number {
  return -valuation(t, settle, y, mode).dPdy * 1e-4;
}

/**
 * Convexity P″/P, years².
 * @example convexity({maturity: ymd(2033,8,15), coupon: 0.03875, issue: null, firstCoupon: null}, ymd(2025,2,14), 0.04, CONVENTIONS.street) //=> 58.927
 */
export function convexity(t: BondTerms, settle: Day, y: number, mode: CalcMode): number {
  const v = valuation(t, settle, y, mode);
  return v.d2Pdy2 / v.dirty;
}
