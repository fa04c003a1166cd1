import { noSolution } from "../errors";
import { checkRate } from "../bonds/rates";

/**
 * Maximum leverage a repo haircut and a futures margin allow for a basis position.
 *
 * Formula: L_max = 1 / (h + m). Each $ of cash position needs h of own capital for the repo leg and
 * m for the futures initial margin (Brunnermeier & Pedersen 2009: total margin ≤ capital).
 * With m = 0 this is Barth & Kahn's rule "the maximum leverage obtainable … is the inverse of the
 * haircut" (OFR Brief 20-01, 2020). Methodology §4.2 step 1.
 *
 * @param haircut repo haircut on the cash leg, decimal (0.02 = 2%)
 * @param margin futures initial margin, decimal of notional
 * @example maxLeverage(0.02, 0.01) //=> 33.333…
 */
export function maxLeverage(haircut: number, margin: number): number {
  const max = leverageCap(haircut, margin);
  if (max === Infinity) throw noSolution("haircut + margin is 0 (or too small to invert): leverage is unbounded");
  return max;
}

/**
 * Whether a fund can run `leverage` under a haircut and a margin: L ≤ 1/(h + m), the same bound as
 * {@link maxLeverage} (one implementation, so UST.BASIS.MAXLEV and UST.BASIS.UNWIND's INFEASIBLE status
 * agree). With h + m = 0 nothing is required and every leverage is feasible. Methodology §4.2 step 1.
 *
 * @example leverageIsFeasible(50, 0.02, 0.0101) //=> false (the maximum is 33.2)
 */
export function leverageIsFeasible(leverage: number, haircut: number, margin: number): boolean {
  return leverage <= leverageCap(haircut, margin);
}

/** 1/(h + m) for checked rates (decimals in [0, 1)); Infinity when nothing is required or h + m is too small to invert. */
function leverageCap(haircut: number, margin: number): number {
  const capital = checkRate(haircut, "haircut") + checkRate(margin, "margin");
  return capital > 0 ? 1 / capital : Infinity;
}
