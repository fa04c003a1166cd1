/**
 * Parsers for FRED downloads: CSV (`fredgraph.csv?id=` with header `observation_date,CODE`, older
 * `DATE,CODE`, and copies with `date,value` or pandas' `,CODE`) and the API's JSON
 * (`fred/series/observations`: `{"observations":[{"date","value"}, ...]}`).
 *
 * FRED marks a missing observation with "." (FRED API docs): it stays missing; a real 0 is kept.
 * FRED dates a quarterly value on the FIRST day of the quarter: it is re-dated to the quarter end.
 * Weekly TREAST (Wednesday levels, H.4.1) becomes quarter-end values: the last weekly level in the
 * 7 days up to each quarter end, as in the embedded snapshot.
 * @see https://fred.stlouisfed.org/docs/api/fred/series_observations.html
 */
import { Day, endOfQuarter, formatISO, parseISO, toYMD } from "../../dates";
import { SourceInfo } from "../store";
import { FRED_SERIES, FredEntry } from "../catalog";
import { fieldText, jsonRecords, Location } from "./json";
import { DECIMAL, ParseResult, Problems, scaleDown, shown, toSeries } from "./result";

/** One observation as read: its date and value text and where each sits. */
interface RawObservation {
  readonly date: string;
  readonly value: string;
  readonly dateAt: Location;
  readonly valueAt: Location;
}

const MISSING = ".";

function entryFor(code: string, problems: Problems, at: Location): FredEntry | undefined {
  const entry = FRED_SERIES.find((f) => f.code === code.toUpperCase());
  if (!entry) problems.add({ ...at, expected: `a FRED series we read (${FRED_SERIES.map((f) => f.code).join(", ")})`, found: shown(code) });
  return entry;
}

/** Quarter-end day of a FRED quarterly date (must be the first day of a quarter), or null. */
function quarterEnd(d: Day): Day | null {
  const { month, day } = toYMD(d);
  return day === 1 && (month - 1) % 3 === 0 ? endOfQuarter(d) : null;
}

/** Last weekly level within the 7 days up to each quarter end (quarters with no such level are gaps). */
function weeklyToQuarterEnds(weekly: ReadonlyMap<Day, number>): Map<Day, number> {
  const out = new Map<Day, number>();
  for (const [d, v] of [...weekly.entries()].sort(([a], [b]) => a - b)) {
    const qEnd = endOfQuarter(d);
    if (qEnd - d < 7) out.set(qEnd, v);
  }
  return out;
}

/** Validates observations and builds the store series of `entry` (shared by CSV and JSON). */
function fredSeries(entry: FredEntry, rows: readonly RawObservation[], source: SourceInfo, problems: Problems): ParseResult {
  const shift = entry.unit === "USD millions" ? 3 : 0;
  const obs = new Map<Day, number>();
  let previous: Day | null = null;
  for (const r of rows) {
    const d = parseISO(r.date);
    if (d === null) {
      problems.add({ ...r.dateAt, expected: "a date YYYY-MM-DD", found: shown(r.date) });
      continue;
    }
    if (previous !== null && d <= previous) problems.add({ ...r.dateAt, expected: `dates in increasing order, after ${formatISO(previous)} (a duplicate date?)`, found: r.date });
    previous = d;
    if (r.value === MISSING) continue;
    if (!DECIMAL.test(r.value)) {
      problems.add({ ...r.valueAt, expected: 'a number or "." (missing)', found: shown(r.value) });
      continue;
    }
    const period = entry.sampling === "quarterly" ? quarterEnd(d) : d;
    if (period === null) problems.add({ ...r.dateAt, expected: "a FRED quarterly date (first day of Jan, Apr, Jul or Oct)", found: r.date });
    else obs.set(period, scaleDown(r.value, shift));
  }
  const notes = entry.sampling === "quarterly" ? "re-dated from FRED's first-of-quarter to the quarter end" : "quarter-end value = last weekly Wednesday level on or before the quarter end";
  return problems.result(() => [toSeries(entry, "q", source, entry.code, notes, entry.sampling === "quarterly" ? obs : weeklyToQuarterEnds(obs))]);
}

/**
 * A FRED CSV download. The series code comes from the header (`observation_date,GFDEBTN`), or from
 * `code` for a `date,value` file.
 * @example parseFredCsv("observation_date,GFDEBTN\n2024-10-01,36218605\n", source).ok //=> true
 */
export function parseFredCsv(text: string, source: SourceInfo, code?: string): ParseResult {
  const problems = new Problems();
  const lines = text.split(/\r\n|\r|\n/);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const header = (lines[0] ?? "").split(",");
  const named = header[1] && header[1].toLowerCase() !== "value" ? header[1] : code;
  if (header.length !== 2 || !/^(observation_date|date|)$/i.test(header[0] ?? "") || !named) {
    problems.add({ line: 1, column: "1", expected: 'a header "observation_date,CODE" (or "date,value" with the code given)', found: shown(lines[0]) });
    return problems.result(() => []);
  }
  const entry = entryFor(named, problems, { line: 1, column: "2" });
  const rows: RawObservation[] = [];
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(",");
    if (cells.length !== 2) problems.add({ line: i + 2, column: String(Math.min(cells.length, 2) + 1), expected: "2 fields: date,value", found: `${cells.length} field${cells.length === 1 ? "" : "s"}` });
    else rows.push({ date: (cells[0] as string).trim(), value: (cells[1] as string).trim(), dateAt: { line: i + 2, column: "1" }, valueAt: { line: i + 2, column: "2" } });
  });
  if (!entry) return problems.result(() => []);
  return fredSeries(entry, rows, source, problems);
}

/**
 * A FRED API `series/observations` JSON response (the response does not name the series: pass `code`).
 * @example parseFredJson('{"observations":[{"date":"2024-10-01","value":"36218605"}]}', source, "GFDEBTN").ok //=> true
 */
export function parseFredJson(text: string, source: SourceInfo, code: string): ParseResult {
  const problems = new Problems();
  const records = jsonRecords(text, "observations", problems);
  const entry = entryFor(code, problems, { line: 0, column: "code" });
  if (!records || !entry) return problems.result(() => []);
  const rows = records.map((r, i): RawObservation => ({ date: fieldText(r.date), value: fieldText(r.value), dateAt: { record: i + 1, column: "date" }, valueAt: { record: i + 1, column: "value" } }));
  return fredSeries(entry, rows, source, problems);
}
