/**
 * Basis-trade leverage and unwind functions (UST.BASIS.MAXLEV, UST.BASIS.UNWIND).
 * Thin adapters: coerce → core → shape. Finance lives in src/core/basis.
 */
import { maxLeverage } from "../core/basis/leverage";
import { UNWIND_OUTPUTS, UNWIND_POSITIONAL, parseUnwindOptions, unwind } from "../core/basis/unwind";
import { getAssumptions } from "../shared/state";
import { choice, isMissing, num } from "./coerce";
import { excel } from "./excel";

/**
 * Maximum leverage (position / equity) that a repo haircut and a futures margin allow: 1 / (haircut + margin).
 * Source: Barth & Kahn, OFR Brief 20-01 (2020), "maximum leverage … is the inverse of the haircut".
 * @customfunction BASIS.MAXLEV
 * @param haircut Repo haircut on the cash leg, decimal (0.02 = 2%).
 * @param margin Futures initial margin, decimal of notional (0.01 = 1%).
 * @returns Maximum leverage, times equity (e.g. 33.33).
 */
export function basisMaxLev(haircut: unknown, margin: unknown): number | CustomFunctions.Error {
  return excel(() => maxLeverage(num(haircut, "haircut"), num(margin, "margin")));
}

/**
 * Basis-trade unwind: forced sales, equity loss, basis widening and cash-yield move when the basis
 * widens against leveraged funds that run the cash-futures basis trade, round by round (margin/fire-sale
 * spiral of Brunnermeier & Pedersen 2009 and Greenwood, Landier & Thesmar 2015; defaults and presets
 * with sources in methodology §4.2, editable in the taskpane).
 * @customfunction BASIS.UNWIND
 * @param leverage Basis notional / fund equity, times (e.g. 50); empty = preset or default.
 * @param haircut Repo haircut on the cash leg, decimal (0.02 = 2%); empty = preset or default.
 * @param shock Initial basis widening, decimal of notional (0.0014 = 14 bp of price); empty = preset or default.
 * @param [output] Empty = summary; "sales", "to_market", "equity_loss", "basis_bp", "yield_bp", "rounds", "M", "status"; "path" = rounds.
 * @param [options] "key=value" (e.g. "impact=0.15", "backstop=1000", "rule=margin"), "MAR2020"/"APR2025", or a key/value range.
 * @returns {any[][]} Spill: the summary (label, value) or the path; a named output is one cell (USD bn, decimal, bp, count or status).
 */
export function basisUnwind(leverage: unknown, haircut: unknown, shock: unknown, output?: unknown, options?: unknown[]) {
  return excel(() => {
    const picked = parseUnwindOptions(options ?? []);
    const positional: Record<(typeof UNWIND_POSITIONAL)[number], unknown> = { leverage, haircut, shock };
    for (const name of UNWIND_POSITIONAL) if (!isMissing(positional[name])) picked.values[name] = num(positional[name], name);
    const out = isMissing(output) ? null : choice(output, "output", UNWIND_OUTPUTS);
    const result = unwind(getAssumptions().unwind, picked, out);
    return Array.isArray(result) ? result : [[result]];
  });
}
