/**
 * Reading the record array of an upstream JSON response (FRED `observations`, FiscalData `data`),
 * with precise errors for broken JSON (line and column of the fault, or "ends early" when truncated).
 */
import { ParseError, Problems } from "./result";

/** Where a value sits: a text line or a JSON record, and a column (field number or name). */
export type Location = Pick<ParseError, "line" | "record" | "column">;

export type JsonRecord = Readonly<Record<string, unknown>>;

/** Line and column (1-based) of character offset `pos` in `text`. */
function lineColumn(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** The array `root[key]` of objects, or null after recording what is wrong. */
export function jsonRecords(text: string, key: string, problems: Problems): JsonRecord[] | null {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? lineColumn(text, Number(pos[1])) : lineColumn(text, text.length);
    const truncated = !pos || Number(pos[1]) >= text.trimEnd().length;
    problems.add({ line: at.line, column: String(at.column), expected: truncated ? "the rest of the JSON document (the text ends early: truncated?)" : "valid JSON", found: truncated ? "end of text" : msg });
    return null;
  }
  const list = typeof root === "object" && root !== null ? (root as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) {
    problems.add({ line: 0, column: key, expected: `an object with a "${key}" array`, found: Array.isArray(root) ? "an array" : typeof root });
    return null;
  }
  const bad = list.findIndex((r) => typeof r !== "object" || r === null || Array.isArray(r));
  if (bad >= 0) {
    problems.add({ record: bad + 1, column: key, expected: "an object per record", found: JSON.stringify(list[bad]) ?? "nothing" });
    return null;
  }
  return list as JsonRecord[];
}

/** A JSON field as text: strings as they are, numbers in JavaScript's shortest form, anything else "". */
export function fieldText(v: unknown): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}
