/**
 * Typed errors of the core. Engines throw these; the function adapters turn them into
 * Excel errors (`src/functions/excel.ts`): `value` → #VALUE!, `num` → #NUM!, `na` → #N/A.
 * Messages are written for the person at the spreadsheet: they name the argument and what is allowed.
 */
export type ErrorKind = "value" | "num" | "na";

export class CoreError extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = "CoreError";
  }
}

/** Bad input: the argument `arg` is wrong (→ #VALUE!). */
export function badArg(arg: string, why: string): CoreError {
  return new CoreError("value", `${arg}: ${why}`);
}

/** The inputs are valid but have no solution / are outside the model's domain (→ #NUM!). */
export function noSolution(why: string): CoreError {
  return new CoreError("num", why);
}

/** The data needed is not published / not loaded (→ #N/A). */
export function noData(why: string): CoreError {
  return new CoreError("na", why);
}

/**
 * True for a CoreError. Checked by shape, not `instanceof`: in the shared runtime the functions and
 * taskpane bundles each carry their own copy of this class.
 */
export function isCoreError(e: unknown): e is CoreError {
  return e instanceof Error && e.name === "CoreError" && ["value", "num", "na"].includes((e as CoreError).kind);
}
