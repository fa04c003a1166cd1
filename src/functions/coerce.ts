/**
 * Argument coercion for the custom functions. Excel hands an adapter numbers, strings, booleans,
 * `null`/`undefined` for omitted arguments, and 2-D arrays for ranges. These helpers turn that into
 * typed values or throw a `badArg` naming the argument (→ #VALUE! with that message).
 */
import { badArg } from "../core/errors";
import { Day, fromExcelSerial, parseISO, ymd, daysInMonth } from "../core/dates";

export type Raw = unknown;

/** True for an omitted optional argument or an empty cell. */
export function isMissing(v: Raw): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string" && v.trim() === "") return true;
  if (Array.isArray(v)) return v.length === 0 || (v.length === 1 && Array.isArray(v[0]) && (v[0].length === 0 || (v[0].length === 1 && isMissing(v[0][0]))));
  return false;
}

/** A 1×1 range arrives as [[x]]: unwrap it so scalar arguments can be given as a cell or a value. */
function scalar(v: Raw, name: string): Raw {
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
    throw badArg(name, "expected a single value, not a range");
  }
  return v;
}

export interface NumberRule {
  min?: number;
  max?: number;
  /** min/max are exclusive bounds */
  exclusive?: boolean;
  integer?: boolean;
  /** how to describe the allowed values in the message, e.g. "a decimal such as 0.02" */
  hint?: string;
}

function describe(rule: NumberRule): string {
  if (rule.hint) return rule.hint;
  const lo = rule.min !== undefined ? `${rule.exclusive ? ">" : "≥"} ${rule.min}` : "";
  const hi = rule.max !== undefined ? `${rule.exclusive ? "<" : "≤"} ${rule.max}` : "";
  const kind = rule.integer ? "a whole number" : "a number";
  return [kind, [lo, hi].filter(Boolean).join(" and ")].filter(Boolean).join(" ");
}

/** A required number. Numeric text ("0.5", " 1e3 ") is accepted; booleans and other text are not. */
export function num(v: Raw, name: string, rule: NumberRule = {}): number {
  const s = scalar(v, name);
  if (isMissing(s)) throw badArg(name, `is required (${describe(rule)})`);
  let x: number;
  if (typeof s === "number") x = s;
  else if (typeof s === "string" && /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(s)) x = Number(s);
  else if (typeof s === "boolean") throw badArg(name, `expected ${describe(rule)}, got TRUE/FALSE`);
  else throw badArg(name, `expected ${describe(rule)}, got "${String(s).slice(0, 40)}"`);
  if (!Number.isFinite(x)) throw badArg(name, `expected ${describe(rule)}`);
  const tooLow = rule.min !== undefined && (rule.exclusive ? x <= rule.min : x < rule.min);
  const tooHigh = rule.max !== undefined && (rule.exclusive ? x >= rule.max : x > rule.max);
  if (tooLow || tooHigh || (rule.integer && !Number.isInteger(x))) {
    throw badArg(name, `must be ${describe(rule)} (got ${x})`);
  }
  return x;
}

/** An optional number: omitted or empty → `fallback`. */
export function optNum(v: Raw, name: string, fallback: number, rule: NumberRule = {}): number {
  return isMissing(v) ? fallback : num(v, name, rule);
}

/** Required text, trimmed. Numbers are turned into text. */
export function text(v: Raw, name: string): string {
  const s = scalar(v, name);
  if (isMissing(s)) throw badArg(name, "is required");
  if (typeof s === "string") return s.trim();
  if (typeof s === "number" && Number.isFinite(s)) return String(s);
  throw badArg(name, "expected text");
}

/**
 * One of a fixed set of keywords, case-insensitive; returns the canonical spelling.
 * The message lists the allowed values (built from the table, never hand-copied).
 */
export function choice<T extends string>(v: Raw, name: string, allowed: readonly T[], fallback?: T): T {
  if (isMissing(v)) {
    if (fallback !== undefined) return fallback;
    throw badArg(name, `is required: one of ${allowed.map((a) => `"${a}"`).join(", ")}`);
  }
  const s = text(v, name).toLowerCase();
  const hit = allowed.find((a) => a.toLowerCase() === s);
  if (hit === undefined) throw badArg(name, `"${text(v, name).slice(0, 40)}" is not allowed; use one of ${allowed.map((a) => `"${a}"`).join(", ")}`);
  return hit;
}

/** Optional TRUE/FALSE (also 1/0). */
export function optBool(v: Raw, name: string, fallback: boolean): boolean {
  const s = scalar(v, name);
  if (isMissing(s)) return fallback;
  if (typeof s === "boolean") return s;
  if (s === 1 || s === 0) return s === 1;
  if (typeof s === "string" && /^(true|false)$/i.test(s.trim())) return s.trim().toLowerCase() === "true";
  throw badArg(name, "expected TRUE or FALSE");
}

const US_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/**
 * A required date: an Excel serial number (a date cell), ISO text "2024-12-31", or US text "12/31/2024".
 * Returns a core day number.
 */
export function date(v: Raw, name: string): Day {
  const s = scalar(v, name);
  if (isMissing(s)) throw badArg(name, "is required (a date, e.g. a date cell or \"2024-12-31\")");
  if (typeof s === "number") {
    const d = fromExcelSerial(s);
    if (d === null) throw badArg(name, `${s} is not a valid Excel date (use a date cell or "YYYY-MM-DD")`);
    return d;
  }
  if (typeof s === "string") {
    const iso = parseISO(s);
    if (iso !== null) return iso;
    const us = US_DATE.exec(s);
    if (us) {
      const [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
      if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return ymd(y, m, d);
    }
    throw badArg(name, `"${s.slice(0, 40)}" is not a date; use a date cell, "YYYY-MM-DD" or "MM/DD/YYYY"`);
  }
  throw badArg(name, "expected a date, got TRUE/FALSE");
}

export function optDate(v: Raw, name: string): Day | null {
  return isMissing(v) ? null : date(v, name);
}

/** A range as a rectangular 2-D array (a scalar becomes 1×1). */
export function matrix(v: Raw, name: string): unknown[][] {
  if (isMissing(v)) throw badArg(name, "is required (a range)");
  if (!Array.isArray(v)) return [[v]];
  if (!v.every(Array.isArray)) throw badArg(name, "expected a range");
  return v as unknown[][];
}
