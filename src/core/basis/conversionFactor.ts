/**
 * CME conversion factor: the price per 1 face of the delivered bond at a 6% yield, in CME's closed form.
 * Source: CME Group, "Calculating U.S. Treasury Futures Conversion Factors" (2024):
 *   n = whole years from the first day of the delivery month to maturity;
 *   z = whole months beyond n, rounded down to the quarter for TY, TN, US, UB (to the month for TU, 3YR, FV);
 *   v = z if z < 7, else z − 6 (= 3 for the quarter-rounded contracts);
 *   a = 1/1.03^(v/6);  b = (coupon/2)·(6 − v)/6;  c = 1/1.03^(2n) if z < 7, else 1/1.03^(2n+1);
 *   d = (coupon/0.06)·(1 − c);  factor = a·[coupon/2 + c + d] − b, rounded to 4 decimals.
 */
import { Day, toYMD } from "../dates";
import { badArg } from "../errors";
import { checkRate } from "../bonds/rates";
import { ContractSpec } from "./contracts";

export interface ConversionFactorTerms {
  n: number;
  z: number;
  v: number;
  a: number;
  b: number;
  c: number;
  d: number;
  /** the factor before CME's rounding */
  unrounded: number;
  /** rounded to 4 decimals, as CME publishes it */
  factor: number;
}

const MONTHS_PER_STEP: Record<ContractSpec["rounding"], number> = { month: 1, quarter: 3 };

/**
 * @param coupon annual coupon, decimal
 * @param maturity maturity date of the bond
 * @param spec the futures contract
 * @param deliveryMonth any date in the delivery month
 * @example conversionFactor(0.0375, ymd(2018,11,15), CONTRACTS.TY, ymd(2008,12,1)).factor //=> 0.8357
 */
export function conversionFactor(coupon: number, maturity: Day, spec: ContractSpec, deliveryMonth: Day): ConversionFactorTerms {
  checkRate(coupon, "coupon");
  const from = toYMD(deliveryMonth);
  const to = toYMD(maturity);
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  if (months < 1) throw badArg("maturity", "must be at least a month after the delivery month");
  const n = Math.floor(months / 12);
  const step = MONTHS_PER_STEP[spec.rounding];
  const z = Math.floor((months - 12 * n) / step) * step;
  const v = z < 7 ? z : z - 6;
  const a = 1 / 1.03 ** (v / 6);
  const b = (coupon / 2) * ((6 - v) / 6);
  const c = 1 / 1.03 ** (z < 7 ? 2 * n : 2 * n + 1);
  const d = (coupon / 0.06) * (1 - c);
  const unrounded = a * (coupon / 2 + c + d) - b;
  return { n, z, v, a, b, c, d, unrounded, factor: Math.round(unrounded * 1e4) / 1e4 };
}
