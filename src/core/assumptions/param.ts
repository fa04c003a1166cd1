/**
 * One user-editable number or keyword of the model, with what the assumptions editor and the
 * provenance table need to show it: label, unit, allowed range and the source of the default.
 */
export interface Param<T extends number | string = number | string> {
  value: T;
  label: string;
  /** e.g. "decimal", "USD bn", "bp per USD bn", "years", "× equity" */
  unit: string;
  /** numeric range, inclusive */
  min?: number;
  max?: number;
  /** allowed keywords for a string parameter */
  options?: readonly string[];
  /** citation for the default value (publisher, document, table) or "design" */
  source: string;
}

/** Checks a candidate value against a parameter's rule; returns an error message or null. */
export function checkParam(name: string, p: Param, candidate: unknown): string | null {
  if (typeof p.value === "number") {
    if (typeof candidate !== "number" || !Number.isFinite(candidate)) return `${name}: expected a number (${p.unit})`;
    if (p.min !== undefined && candidate < p.min) return `${name}: must be ≥ ${p.min} ${p.unit} (got ${candidate})`;
    if (p.max !== undefined && candidate > p.max) return `${name}: must be ≤ ${p.max} ${p.unit} (got ${candidate})`;
    return null;
  }
  if (typeof candidate !== "string") return `${name}: expected text`;
  if (p.options && !p.options.includes(candidate)) return `${name}: must be one of ${p.options.join(", ")} (got "${candidate}")`;
  return null;
}
