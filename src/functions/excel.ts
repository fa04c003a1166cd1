/**
 * The boundary between the core and Excel: every adapter runs its body through `excel()`,
 * which turns core errors into `CustomFunctions.Error` values (returned, never thrown) and
 * refuses to hand NaN, Infinity or undefined to a cell.
 *
 * Mapping (Microsoft: messages are shown only for #VALUE! and #N/A):
 *   CoreError "value" → #VALUE! with message   (bad argument)
 *   CoreError "na"    → #N/A with message      (data not published / not loaded)
 *   CoreError "num"   → #NUM! with message     (no solution; Excel may not display it)
 */
import { CoreError, isCoreError } from "../core/errors";


const CODE: Record<CoreError["kind"], CustomFunctions.ErrorCode> = {
  value: "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  na: "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  num: "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
};

export function excelError(kind: CoreError["kind"], message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CODE[kind], message || "error");
}

/** Converts anything thrown inside an adapter into an Excel error value. */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (isCoreError(e)) return excelError(e.kind, e.message);
  const msg = e instanceof Error ? e.message : String(e);
  return excelError("value", `unexpected error: ${msg || "unknown"}`);
}

/** Why a cell value cannot go to Excel, or null when it can. */
function badCell(v: unknown): string | null {
  if (typeof v === "number") return Number.isFinite(v) ? null : "is not a finite number";
  return typeof v === "string" || typeof v === "boolean" ? null : "is empty";
}

/** Validates a result: scalars must be finite; spills must be rectangular and finite. Hot path: no allocation. */
export function checkResult<T>(result: T): T {
  if (!Array.isArray(result)) {
    const why = badCell(result);
    if (why) throw new CoreError(why === "is empty" ? "value" : "num", `the result ${why}`);
    return result;
  }
  const first: unknown = result[0];
  if (!Array.isArray(first) || first.length === 0) throw new CoreError("na", "nothing to show");
  const width = first.length;
  for (let r = 0; r < result.length; r++) {
    const row: unknown = result[r];
    if (!Array.isArray(row) || row.length !== width) throw new CoreError("value", `the result row ${r + 1} is not ${width} wide`);
    for (let c = 0; c < width; c++) {
      const why = badCell(row[c]);
      if (why) throw new CoreError(why === "is empty" ? "value" : "num", `the result at row ${r + 1}, column ${c + 1} ${why}`);
    }
  }
  return result;
}

/** Runs an adapter body: returns its checked result, or an Excel error value. Never throws. */
export function excel<T>(body: () => T): T | CustomFunctions.Error {
  try {
    return checkResult(body());
  } catch (e) {
    return toExcelError(e);
  }
}
