/**
 * Basis-trade leverage and unwind functions (UST.BASIS.MAXLEV, UST.BASIS.UNWIND).
 * Thin adapters: coerce → core → shape. Finance lives in src/core/basis.
 */
import { maxLeverage } from "../core/basis/leverage";
import { num } from "./coerce";
import { excel } from "./excel";

/**
 * Maximum leverage (position / equity) that a repo haircut and a futures margin allow: 1 / (haircut + margin).
 * Source: Barth & Kahn, OFR Brief 20-01 (2020), "maximum leverage … is the inverse of the haircut".
 * @customfunction BASIS.MAXLEV
 * @helpurl https://github.com/ust-holders/addin/blob/main/docs/functions.md#ustbasismaxlev
 * @param haircut Repo haircut on the cash leg, decimal (0.02 = 2%).
 * @param margin Futures initial margin, decimal of notional (0.01 = 1%).
 * @returns Maximum leverage, times equity (e.g. 33.33).
 */
export function basisMaxLev(haircut: number, margin: number): any {
  return excel(() => maxLeverage(num(haircut, "haircut"), num(margin, "margin")));
}
