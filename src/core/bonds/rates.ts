import { badArg } from "../errors";

/**
 * Rates, coupons and yields are decimals (0.0575 = 5.75%). A value ≥ 1 is almost surely a percent typed
 * as a whole number, so it is refused with a message that shows the decimal to type instead.
 *
 * @param x the value given
 * @param arg the argument's name, for the message
 * @param allowNegative yields and repo rates may be negative; coupons and discount rates may not
 * @example checkRate(0.0575, "coupon") //=> 0.0575 ; checkRate(5.75, "coupon") throws "coupon: … enter 0.0575"
 */
export function checkRate(x: number, arg: string, allowNegative = false): number {
  if (!Number.isFinite(x)) throw badArg(arg, "must be a finite decimal");
  if (x >= 1) throw badArg(arg, `must be a decimal below 1 (got ${x}); for ${x}% enter ${roundForMessage(x / 100)}`);
  if (allowNegative ? x <= -1 : x < 0) throw badArg(arg, `must be a decimal ${allowNegative ? "above -1" : "≥ 0"} (got ${x})`);
  return x;
}

/** Treasury and futures prices are quoted per 100 face; above this a value is not such a quote. */
export const MAX_PRICE = 1000;

/** A price per 100 face: positive and at most MAX_PRICE (a bill at 98.5, a note at 101-16, a future at 112-08). */
export function checkPrice(x: number, arg: string): number {
  if (!Number.isFinite(x) || x <= 0) throw badArg(arg, `must be a positive price per 100 face (got ${x})`);
  if (x > MAX_PRICE) throw badArg(arg, `must be a price per 100 face of at most ${MAX_PRICE} (got ${x})`);
  return x;
}

function roundForMessage(x: number): number {
  return Number(x.toPrecision(10));
}
