/**
 * Holder-structure functions (UST.HOLDERS, UST.HOLDING, UST.FLOWS, UST.STABILITY, UST.GAP).
 * Thin adapters: coerce → core → shape. The engine is src/core/holders; data and assumptions are
 * read from the shared state at call time.
 */
import { getAssumptions } from "../shared/state";
import { getStore } from "./store";
import { holderSource } from "../core/holders/source";
import { tableAt, flowsBetween, stabilityAt, gapAt } from "../core/holders/engine";
import { VIEWS, holdingOf } from "../core/holders/table";
import { HOLDER_UNITS, holdersCells, flowsCells, stabilityCells, gapCells } from "../core/holders/spill";
import { choice, date as toDay, text } from "./coerce";
import { excel } from "./excel";

const source = () => holderSource(getStore());
const assumptions = () => getAssumptions().holders;
const viewOf = (v: unknown) => choice(v, "view", VIEWS, "reported");

/**
 * Who holds US Treasuries at a quarter-end: Treasury Bulletin OFS-2, with the Fed split out by H.4.1 SOMA and foreign holders split by TIC; "cayman_adj" adds the TIC undercount of Cayman hedge funds (FEDS Note 2025-10-15).
 * @customfunction HOLDERS
 * @param date Date; the latest quarter-end on or before it is used (stated in the header).
 * @param view Optional: "reported" (default), "cayman_adj" or "nationality".
 * @param units Optional: "bn" (default: USD bn and share of total) or "pct" (% of total).
 * @returns {any[][]} Spill: sector, USD bn, share of total (decimal), basis; last row total public debt.
 */
export function holders(date: unknown, view?: unknown, units?: unknown) {
  return excel(() => holdersCells(tableAt(source(), toDay(date, "date"), viewOf(view), assumptions()), choice(units, "units", HOLDER_UNITS, "bn")));
}

/**
 * One sector's Treasury holdings at a quarter-end (OFS-2, H.4.1, TIC; Cayman adjustment per FEDS Note 2025-10-15).
 * @customfunction HOLDING
 * @param sector Sector id or label, e.g. "fed", "cayman", "other_investors", "foreign", "total".
 * @param date Date; the latest quarter-end on or before it is used.
 * @param view Optional: "reported" (default), "cayman_adj" or "nationality".
 * @returns Holdings, USD bn.
 */
export function holding(sector: unknown, date: unknown, view?: unknown): number | CustomFunctions.Error {
  return excel(() => holdingOf(tableAt(source(), toDay(date, "date"), viewOf(view), assumptions()), text(sector, "sector")));
}

/**
 * Who absorbed net issuance between two quarter-ends: each sector's change in holdings and its share of the change in total public debt (OFS-2, H.4.1, TIC).
 * @customfunction FLOWS
 * @param start Start date; the latest quarter-end on or before it is used.
 * @param end End date, after start; the latest quarter-end on or before it is used.
 * @param view Optional: "reported" (default), "cayman_adj" or "nationality".
 * @returns {any[][]} Spill: sector, change USD bn, share of net issuance (decimal), largest absorber first; last row net issuance.
 */
export function flows(start: unknown, end: unknown, view?: unknown) {
  return excel(() => flowsCells(flowsBetween(source(), toDay(start, "start"), toDay(end, "end"), viewOf(view), assumptions())));
}

/**
 * How price-insensitive the holder base is: the share of the market held by each sensitivity class (assumptions) and a weighted sensitivity index.
 * Source: holder amounts from OFS-2, H.4.1 TREAST and TIC; sensitivity classes and weights from the assumptions (a design choice, editable in the taskpane).
 * @customfunction STABILITY
 * @param date Date; the latest quarter-end on or before it is used.
 * @param view Optional: "reported" (default), "cayman_adj" or "nationality".
 * @returns {any[][]} Spill: measure, value (shares as decimals; market in USD bn).
 */
export function stability(date: unknown, view?: unknown) {
  return excel(() => {
    const r = stabilityAt(source(), toDay(date, "date"), viewOf(view), assumptions());
    return stabilityCells(r.table, r.stability);
  });
}

/**
 * The TIC undercount of Cayman hedge funds' Treasuries and how it was obtained (FEDS Note 2025-10-15: $1.85 tn Form PF vs $423 bn TIC at end-2024).
 * @customfunction GAP
 * @param date Date; the latest quarter-end on or before it is used.
 * @returns {any[][]} Spill: item, value (USD bn; method and source as text).
 */
export function gap(date: unknown) {
  return excel(() => gapCells(gapAt(source(), toDay(date, "date"), assumptions())));
}
