/**
 * Entry points of the holder engine: a date (and view) in, a resolved quarter's table, flows,
 * stability or undercount out. The caller passes the data source and the assumptions it read at
 * call time (adapters: `holderSource(getStore())`, `getAssumptions().holders`).
 */
import { Day } from "../dates";
import { HolderAssumptions } from "../assumptions/holders";
import { HolderSource } from "./inputs";
import { resolveQuarter } from "./quarter";
import { HolderTable, View } from "./table";
import { holderTable } from "./views";
import { Flows, holderFlows } from "./flows";
import { Stability, stability } from "./stability";
import { CaymanGap, caymanGap } from "./cayman";

/**
 * The sector table of `view` at the quarter `date` resolves to.
 * @example tableAt(src, ymd(2025, 2, 14), "reported", a).quarter //=> ymd(2024, 12, 31); .total //=> 36218.6
 */
export function tableAt(source: HolderSource, date: Day, view: View, a: HolderAssumptions, arg = "date"): HolderTable {
  return holderTable(source.inputsAt(resolveQuarter(source, date, arg)), view, a);
}

/**
 * Who absorbed net issuance between the quarters `start` and `end` resolve to.
 * @example flowsBetween(src, ymd(2021, 12, 31), ymd(2024, 12, 31), "cayman_adj", a).rows[1] //=> { id: "cayman", change: 1250, share: 0.189 }
 */
export function flowsBetween(source: HolderSource, start: Day, end: Day, view: View, a: HolderAssumptions): Flows {
  return holderFlows(tableAt(source, start, view, a, "start"), tableAt(source, end, view, a, "end"));
}

/**
 * The stability measures at the quarter `date` resolves to, with the table they were computed from.
 * @example stabilityAt(src, ymd(2014, 12, 31), "reported", a).stability.share["price-insensitive"] //=> 0.519
 */
export function stabilityAt(source: HolderSource, date: Day, view: View, a: HolderAssumptions): { table: HolderTable; stability: Stability } {
  const table = tableAt(source, date, view, a);
  return { table, stability: stability(table, a) };
}

/**
 * The Cayman estimate and TIC undercount at the quarter `date` resolves to.
 * @example gapAt(src, ymd(2024, 12, 31), a).undercount //=> 1427
 */
export function gapAt(source: HolderSource, date: Day, a: HolderAssumptions): CaymanGap {
  const x = source.inputsAt(resolveQuarter(source, date, "date"));
  return caymanGap(a.caymanReadings, x.quarter, x.ticCayman);
}
