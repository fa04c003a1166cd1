/**
 * What UST.BASIS.UNWIND shows: the summary (label, value), one named output, or the round-by-round path.
 * Labels carry their units; the list of outputs is built from one table so the summary, the single
 * outputs and the error message never disagree.
 */
import { badArg, noSolution } from "../../errors";
import { UNWIND_STOP_SALE_BN } from "../../assumptions/unwind";
import { UnwindResult, UnwindRound, UnwindRun } from "./simulate";

type Cell = string | number;

const ROWS = [
  { key: "sales", label: "Forced sales (USD bn)", value: (r: UnwindRun): Cell => r.sales },
  { key: "to_market", label: "of which to market (USD bn)", value: (r: UnwindRun): Cell => r.toMarket },
  { key: "equity_loss", label: "Equity loss (decimal of initial equity)", value: (r: UnwindRun): Cell => r.equityLoss },
  { key: "basis_bp", label: "Basis widening (bp of price)", value: (r: UnwindRun): Cell => r.basisBp },
  { key: "yield_bp", label: "Cash-yield move (bp)", value: (r: UnwindRun): Cell => r.yieldBp },
  { key: "rounds", label: "Rounds", value: (r: UnwindRun): Cell => r.path.length },
  { key: "M", label: "Spiral multiplier M", value: (r: UnwindRun): Cell => r.multiplier },
  { key: "status", label: "Status", value: (r: UnwindRun): Cell => r.status },
] as const;

/** The `output` keywords: one value each, or "path" for the round-by-round table. */
export const UNWIND_OUTPUTS = [...ROWS.map((r) => r.key), "path"] as const;
export type UnwindOutput = (typeof UNWIND_OUTPUTS)[number];

const PATH_HEADER = [
  "Round",
  "Loss (USD bn)",
  "Equity after loss (USD bn)",
  "Position after loss (USD bn)",
  "Forced sale (USD bn)",
  "To market (USD bn)",
  "Absorbed by backstop (USD bn)",
  "Basis widening (bp of price)",
  "Cash-yield move (bp)",
];
const pathRow = (r: UnwindRound): Cell[] => [r.round, r.loss, r.equity, r.position, r.sale, r.toMarket, r.absorbed, r.basisBp, r.yieldBp];

/**
 * The requested output; `null` → the two-column summary with the warning row. An INFEASIBLE run has only a
 * status: its summary names the maximum leverage and any numeric output is `noSolution` (#NUM!).
 *
 * @example unwindOutput(simulateUnwind(defaults), "sales") //=> 198.61
 */
export function unwindOutput(result: UnwindResult, output: UnwindOutput | null): Cell | Cell[][] {
  if (result.status === "INFEASIBLE") {
    const why = `INFEASIBLE: leverage ${result.leverage} exceeds the maximum 1/(haircut + fut_margin) = ${round(result.maxLeverage)}`;
    if (output === "status") return result.status;
    if (output !== null) throw noSolution(why);
    return [
      ["Status", result.status],
      ["Leverage (× equity)", result.leverage],
      ["Maximum leverage 1/(haircut + fut_margin)", result.maxLeverage],
      ["Warning", why],
    ];
  }
  if (output === "path") return [PATH_HEADER, ...result.path.map(pathRow)];
  if (output !== null) {
    const row = ROWS.find((r) => r.key === output);
    if (!row) throw badArg("output", `"${output}" is not an output`);
    return row.value(result);
  }
  return [...ROWS.map((r): Cell[] => [r.label, r.value(result)]), ["Warning", warnings(result)]];
}

/** M ≥ 1 (a self-sustaining spiral absent a backstop) and a run cut short by max_rounds. */
function warnings(r: UnwindRun): string {
  const out: string[] = [];
  if (r.multiplier >= 1) out.push(`M = ${round(r.multiplier)} ≥ 1: a self-sustaining unwind absent a backstop`);
  if (r.capped) out.push(`stopped at max_rounds (${r.path.length}) with sales still ≥ ${UNWIND_STOP_SALE_BN} USD bn a round`);
  return out.length > 0 ? out.join("; ") : "none";
}

const round = (x: number): string => x.toFixed(2);
