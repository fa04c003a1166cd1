import { badArg, noSolution } from "../errors";

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
  checkRate(haircut, "haircut");
  checkRate(margin, "margin");
  const capital = haircut + margin;
  if (capital <= 0) throw noSolution("haircut + margin is 0: leverage is unbounded");
  return 1 / capital;
}

/** A haircut or margin is a decimal in [0, 1); a value ≥ 1 is almost surely a percent typed as a whole number. */
function checkRate(x: number, name: string): void {
  if (!Number.isFinite(x) || x < 0) throw badArg(name, `must be a decimal ≥ 0 (got ${x})`);
  if (x >= 1) throw badArg(name, `must be a decimal below 1; for ${x}% enter ${x / 100}`);
}
