/**
 * What every upstream parser returns: validated series, or precise errors and no data at all
 * (a refresh is all or nothing; see DESIGN.md "Refresh").
 */
import { Day } from "../../dates";
import { Frequency, Series, SourceInfo } from "../store";
import { SeriesName } from "../catalog";

/**
 * One problem in the input. Text formats give `line` (1-based) and `column` (1-based field number, or a
 * name such as "Mar 2011"); JSON formats give `record` (1-based position in the data array) and `column`
 * (the field name). `line` 0 means the file as a whole.
 */
export interface ParseError {
  readonly line?: number;
  readonly record?: number;
  readonly column: string;
  readonly expected: string;
  readonly found: string;
}

export type ParseResult = { readonly ok: true; readonly series: Series[] } | { readonly ok: false; readonly errors: ParseError[] };

/** "line 12, column 4 (Mar 2011): expected a number, found "n.a."" */
export function describeError(e: ParseError): string {
  const where = e.record !== undefined ? `record ${e.record}` : e.line === 0 ? "file" : `line ${e.line}`;
  return `${where}, ${e.column}: expected ${e.expected}, found ${e.found}`;
}

/** Collects errors; `result` returns them (and no series) if there are any. */
export class Problems {
  readonly errors: ParseError[] = [];
  add(e: ParseError): void {
    this.errors.push(e);
  }
  get any(): boolean {
    return this.errors.length > 0;
  }
  /** The series built by `build` if no problem was recorded; otherwise the errors only. */
  result(build: () => Series[]): ParseResult {
    if (this.any) return { ok: false, errors: this.errors };
    const series = build();
    return series.length > 0 ? { ok: true, series } : { ok: false, errors: [{ line: 0, column: "data", expected: "at least one observation", found: "none" }] };
  }
}

/** Quoted form of a cell for messages: `"n.a."`, or `nothing` for an empty cell. */
export function shown(text: string | undefined): string {
  return text === undefined || text === "" ? "nothing" : JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** A plain decimal number as upstream files print it: optional sign, digits, optional fraction. */
export const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Moves the decimal point of a decimal string `shift` places left, exactly in text, then parses:
 * ("629397.0", 3) → 629.397. Used to turn USD millions / dollars into USD billions without float noise.
 */
export function scaleDown(text: string, shift: number): number {
  const neg = text.startsWith("-");
  const [intPart = "0", frac = ""] = (neg ? text.slice(1) : text).split(".");
  const digits = intPart.padStart(shift + 1, "0");
  const cut = digits.length - shift;
  return Number(`${neg ? "-" : ""}${digits.slice(0, cut)}.${digits.slice(cut)}${frac}`);
}

/** An immutable store series from parsed observations (sorted by date here). */
export function toSeries(name: SeriesName & { country?: string }, freq: Frequency, source: SourceInfo, code: string, notes: string, obs: ReadonlyMap<Day, number>): Series {
  const dates = [...obs.keys()].sort((a, b) => a - b);
  return {
    id: name.id,
    label: name.label,
    aliases: name.aliases,
    ...(name.sector ? { sector: name.sector } : {}),
    ...(name.country ? { country: name.country } : {}),
    freq,
    unit: "USD billions",
    provenance: { source, code, notes },
    dates,
    values: dates.map((d) => obs.get(d) as number),
  };
}
