/**
 * The basis-trade unwind simulator behind UST.BASIS.UNWIND (methodology §3, §4.2):
 * options → parameters (user > preset > default) → round-by-round simulation → output.
 */
import { UnwindAssumptions } from "../../assumptions/unwind";
import { UnwindOutput, unwindOutput } from "./output";
import { UnwindChoice, resolveUnwindParams } from "./params";
import { simulateUnwind } from "./simulate";

export { UNWIND_OUTPUTS, type UnwindOutput } from "./output";
export { parseUnwindOptions, UNWIND_OPTION_KEYS, UNWIND_POSITIONAL } from "./options";
export { resolveUnwindParams, type UnwindChoice, type UnwindParams } from "./params";
export { simulateUnwind, type UnwindResult, type UnwindRun, type UnwindRound, type UnwindStatus } from "./simulate";
export { spiralMultiplier } from "./spiral";

/**
 * One UST.BASIS.UNWIND call: resolve the parameters from the assumptions and the choice, simulate, pick the output.
 *
 * @example unwind(UNWIND_DEFAULTS, { preset: "MAR2020", values: { backstop: 0 } }, "sales") //=> 346.0
 */
export function unwind(assumptions: UnwindAssumptions, choice: UnwindChoice, output: UnwindOutput | null): string | number | (string | number)[][] {
  return unwindOutput(simulateUnwind(resolveUnwindParams(assumptions, choice)), output);
}
