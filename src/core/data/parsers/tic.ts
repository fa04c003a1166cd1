/**
 * Parser for TIC "Major Foreign Holders of Treasury Securities": the history file `mfhhis01.txt`
 * (stacked year blocks, newest first) and the current 13-month file `mfh.txt`.
 *
 * Layout (U.S. Treasury, TIC, ticdata.treasury.gov; described in ../shared/data/README.md "Raw formats"):
 * a block starts with a month row (`Dec Nov ... Jan`) followed by a year row (`Country 2025 2025 ...`);
 * then one row per country (label, one number per month column), `Grand Total`, an `Of which:` line and
 * `For. Official`, `Treasury Bills`, `T-Bonds & Notes` (foreign official holdings). Cells are
 * tab-separated; a file without tabs is read as column-aligned text (runs of spaces). Labels may carry
 * footnote markers (`4/`), quotes and trailing spaces. At a series break a month appears twice in a
 * block: the LEFT column is the new series and is used; the right one is the old series, shown "for
 * comparison only" by TIC, and is dropped. A block ends with its `T-Bonds & Notes` row. `n.a.` (not available, e.g. Luxembourg 2001) stays missing.
 * Text lines (titles, footnotes) have no numbers and are skipped.
 */
import { Day, endOfMonth, ymd } from "../../dates";
import { SourceInfo } from "../store";
import { ticName } from "../catalog";
import { DECIMAL, ParseResult, Problems, shown, toSeries } from "./result";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Labels under `Of which:`, as the data pack names them. */
const OF_WHICH: Readonly<Record<string, string>> = {
  "For. Official": "Of which: Foreign Official",
  "Treasury Bills": "Of which: Foreign Official Treasury Bills",
  "T-Bonds & Notes": "Of which: Foreign Official T-Bonds & Notes",
};

interface Row {
  readonly line: number;
  readonly label: string;
  readonly cells: readonly string[];
}

/** Label and cells of a line: tab-separated, else column-aligned (label = text before the first number). */
function splitLine(text: string, line: number): Row {
  if (text.includes("\t")) {
    const parts = text.split("\t").map((c) => c.trim());
    while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
    return { line, label: cleanLabel(parts[0] ?? ""), cells: parts.slice(1) };
  }
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const firstNumber = tokens.findIndex((t) => DECIMAL.test(t) || MONTHS.includes(t));
  const cut = firstNumber < 0 ? tokens.length : firstNumber;
  return { line, label: cleanLabel(tokens.slice(0, cut).join(" ")), cells: tokens.slice(cut) };
}

/** `"Korea, South "` → `Korea, South`; `Carib Bnkng Ctrs 4/` → `Carib Bnkng Ctrs`. */
function cleanLabel(raw: string): string {
  return raw
    .replace(/^"|"$/g, "")
    .trim()
    .replace(/(\s+\d+\/)+$/, "")
    .trim();
}

/** TIC's "not available" markers: the month has no value (never zero). */
const NOT_AVAILABLE = new Set(["n.a.", "N/A"]);

const isMonthRow = (r: Row) => r.label === "" && r.cells.length > 0 && r.cells.every((c) => MONTHS.includes(c));

interface Block {
  /** Period-end day per column, or null for an old-series duplicate (dropped). */
  readonly columns: readonly (Day | null)[];
  readonly headerLine: number;
  grandTotal: boolean;
  ofWhich: boolean;
}

/** Reads the year row under a month row into the block's columns. */
function openBlock(months: Row, years: Row | undefined, problems: Problems): Block | null {
  if (!years || years.label !== "Country") {
    problems.add({ line: years?.line ?? months.line + 1, column: "1", expected: 'a year row starting with "Country" under the month row', found: shown(years?.label) });
    return null;
  }
  const seen = new Set<Day>();
  const columns: (Day | null)[] = [];
  for (let i = 0; i < months.cells.length; i++) {
    const year = years.cells[i];
    if (year === undefined || !/^\d{4}$/.test(year)) {
      problems.add({ line: years.line, column: String(i + 2), expected: `a 4-digit year for the ${months.cells[i]} column`, found: shown(year) });
      return null;
    }
    const d = endOfMonth(ymd(Number(year), MONTHS.indexOf(months.cells[i] as string) + 1, 1));
    columns.push(seen.has(d) ? null : d);
    seen.add(d);
  }
  if (years.cells.length > months.cells.length) {
    problems.add({ line: years.line, column: String(months.cells.length + 2), expected: `${months.cells.length} years (one per month column)`, found: `${years.cells.length}` });
    return null;
  }
  return { columns, headerLine: months.line, grandTotal: false, ofWhich: false };
}

/**
 * Parses `mfhhis01.txt` or `mfh.txt` text into one monthly series per country/aggregate (USD billions),
 * ids `tic.<slug>` as in the embedded snapshot. Errors: no month header, a year row that does not match,
 * a row with too few/many numbers (shifted columns), text where a number belongs, a country/month given
 * twice outside a series break, a block without its Grand Total row (truncated file).
 * @example parseTic(text, source).ok //=> true
 */
export function parseTic(text: string, source: SourceInfo): ParseResult {
  const problems = new Problems();
  const rows = text.split(/\r\n|\r|\n/).map((t, i) => splitLine(t, i + 1));
  const obs = new Map<string, Map<Day, number>>();
  const firstLine = new Map<string, number>();
  let block: Block | null = null;
  /** A block ends with its "T-Bonds & Notes" row; one cut off earlier (next block or end of text) is truncated. */
  const unfinished = (atLine: number) => {
    if (!block) return;
    const missing = block.grandTotal ? 'the "Of which:" rows (For. Official, Treasury Bills, T-Bonds & Notes)' : 'a "Grand Total" row';
    problems.add({ line: atLine, column: "1", expected: `${missing} in the block that starts on line ${block.headerLine}`, found: "end of block" });
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (isMonthRow(row)) {
      unfinished(row.line);
      const next = rows.findIndex((r, j) => j > i && (r.label !== "" || r.cells.length > 0));
      block = openBlock(row, rows[next], problems);
      if (next < 0) break;
      i = next;
      continue;
    }
    if (!block || row.label === "" || /^-+$/.test(row.cells[0] ?? "")) continue;
    if (row.label === "Of which:") {
      block.ofWhich = true;
      continue;
    }
    if (row.cells.length === 0) continue; // title or footnote text
    const label = block.ofWhich ? (OF_WHICH[row.label] ?? row.label) : row.label;
    if (row.cells.length !== block.columns.length) {
      problems.add({ line: row.line, column: String(Math.min(row.cells.length, block.columns.length) + 2), expected: `${block.columns.length} numbers (one per month column) for ${label}`, found: `${row.cells.length}` });
      continue;
    }
    if (label === "Grand Total") block.grandTotal = true;
    const series = obs.get(label) ?? new Map<Day, number>();
    obs.set(label, series);
    if (!firstLine.has(label)) firstLine.set(label, row.line);
    block.columns.forEach((d, c) => {
      const cell = row.cells[c] as string;
      if (NOT_AVAILABLE.has(cell)) return;
      if (!DECIMAL.test(cell)) problems.add({ line: row.line, column: `${c + 2}`, expected: `a number or n.a. (${label})`, found: shown(cell) });
      else if (d === null) return;
      else if (series.has(d)) problems.add({ line: row.line, column: `${c + 2}`, expected: `one value per month for ${label}; this month was already given (first on line ${firstLine.get(label)})`, found: "a duplicate" });
      else series.set(d, Number(cell));
    });
    if (label === OF_WHICH["T-Bonds & Notes"]) block = null; // the block's last row: footnotes may follow
  }
  unfinished(rows.length);
  if (obs.size === 0 && !problems.any) problems.add({ line: 0, column: "header", expected: "a month row (Dec Nov ... Jan) opening a year block", found: "none" });
  return problems.result(() => [...obs.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, o]) => toSeries(ticName(label), "m", source, label, "", o)));
}
