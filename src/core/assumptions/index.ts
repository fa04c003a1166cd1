/**
 * The one assumptions object of the add-in: every number the models use that is a choice rather than
 * data, each with its source. Versioned so that a workbook saved by an older add-in still loads
 * (see `schema.ts` for validation and migration). Saved in the workbook by the taskpane.
 */
import { HOLDER_DEFAULTS, HolderAssumptions } from "./holders";
import { UNWIND_DEFAULTS, UnwindAssumptions } from "./unwind";

export const ASSUMPTIONS_VERSION = 1;

export interface Assumptions {
  version: number;
  unwind: UnwindAssumptions;
  holders: HolderAssumptions;
}

/** A fresh deep copy of the defaults. */
export function defaultAssumptions(): Assumptions {
  return JSON.parse(JSON.stringify({ version: ASSUMPTIONS_VERSION, unwind: UNWIND_DEFAULTS, holders: HOLDER_DEFAULTS })) as Assumptions;
}
