// Placeholder: the unwind defaults (methodology §4.2) are filled in with the UST.BASIS.UNWIND engine.
import { Param } from "./param";

export type UnwindAssumptions = Record<string, Param>;
export const UNWIND_DEFAULTS: UnwindAssumptions = {};
