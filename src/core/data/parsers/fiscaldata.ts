/**
 * Parsers for FiscalData (U.S. Treasury, Bureau of the Fiscal Service) API responses:
 * - MSPD table 1 (`/v1/debt/mspd/mspd_table_1`): debt held by the public by security type, month ends,
 *   USD millions → the `debt.*` series (same numbers as Treasury Bulletin FD-2; data pack README, MSPD).
 * - Debt to the Penny (`/v2/accounting/od/debt_to_penny`): daily, dollars → the `dtp.*` quarter-end
 *   series: the last business day's record of each quarter, stamped at the quarter end; a quarter whose
 *   last record lies 7 or more days before its end is not complete and is left out.
 * All amounts are JSON strings; "null" means not published (missing, never zero).
 * @see https://fiscaldata.treasury.gov/api-documentation/
 */
import { Day, endOfMonth, endOfQuarter, parseISO } from "../../dates";
import { Series, SourceInfo } from "../store";
import { DEBT_SERIES, DTP_SERIES, SeriesName } from "../catalog";
import { fieldText, JsonRecord, jsonRecords } from "./json";
import { DECIMAL, ParseResult, Problems, scaleDown, shown, toSeries } from "./result";

const NULL = "null";

/** The record's date, or null after recording an error (`monthEnd`: must be the last day of a month). */
function recordDate(r: JsonRecord, record: number, problems: Problems, monthEnd: boolean): Day | null {
  const text = fieldText(r.record_date);
  const d = parseISO(text);
  if (d === null || (monthEnd && endOfMonth(d) !== d)) {
    problems.add({ record, column: "record_date", expected: monthEnd ? "a month-end date YYYY-MM-DD" : "a date YYYY-MM-DD", found: shown(text) });
    return null;
  }
  return d;
}

/** An amount field scaled to USD billions, undefined when "null", or null after recording an error. */
function amount(r: JsonRecord, field: string, shift: number, record: number, problems: Problems): number | undefined | null {
  const text = fieldText(r[field]);
  if (text === NULL || r[field] === null) return undefined;
  if (!DECIMAL.test(text)) {
    problems.add({ record, column: field, expected: 'an amount such as "6367075.3893" (or "null")', found: shown(text) });
    return null;
  }
  return scaleDown(text, shift);
}

/** Adds one observation, recording a duplicate (same series, same date) as an error. */
function put(obs: Map<string, Map<Day, number>>, id: string, d: Day, v: number, record: number, field: string, problems: Problems): void {
  const series = obs.get(id) ?? new Map<Day, number>();
  obs.set(id, series);
  if (series.has(d)) problems.add({ record, column: field, expected: `one record per date for ${id}`, found: "a duplicate date" });
  else series.set(d, v);
}

/** The series of `names` that received observations, in catalog order. */
function seriesOf<T extends SeriesName>(names: readonly T[], obs: Map<string, Map<Day, number>>, freq: "m" | "q", source: SourceInfo, code: (n: T) => string): Series[] {
  return names.filter((n) => obs.has(n.id)).map((n) => toSeries(n, freq, source, code(n), "", obs.get(n.id) as Map<Day, number>));
}

/**
 * MSPD table 1 → `debt.*` monthly series (debt held by the public, USD billions). Rows of other
 * security classes (e.g. Nonmarketable detail) are not part of the store and are skipped.
 * @example parseMspd(fiscalDataJson, source).ok //=> true
 */
export function parseMspd(text: string, source: SourceInfo): ParseResult {
  const problems = new Problems();
  const records = jsonRecords(text, "data", problems);
  const obs = new Map<string, Map<Day, number>>();
  records?.forEach((r, i) => {
    const entry = DEBT_SERIES.find((e) => e.mspd[0] === fieldText(r.security_type_desc) && e.mspd[1] === fieldText(r.security_class_desc));
    if (!entry) return;
    const d = recordDate(r, i + 1, problems, true);
    const v = amount(r, "debt_held_public_mil_amt", 3, i + 1, problems);
    if (d !== null && typeof v === "number") put(obs, entry.id, d, v, i + 1, "record_date", problems);
  });
  if (records && obs.size === 0 && !problems.any) problems.add({ line: 0, column: "security_type_desc", expected: "MSPD table 1 rows (Marketable Bills, Notes, ...)", found: "none" });
  return problems.result(() => seriesOf(DEBT_SERIES, obs, "m", source, (n) => `MSPD table 1 ${n.mspd.join(" / ")}`));
}

/**
 * Debt to the Penny → `dtp.*` quarter-end series (USD billions).
 * @example parseDebtToPenny(fiscalDataJson, source).ok //=> true
 */
export function parseDebtToPenny(text: string, source: SourceInfo): ParseResult {
  const problems = new Problems();
  const records = jsonRecords(text, "data", problems);
  const daily = new Map<string, Map<Day, number>>();
  records?.forEach((r, i) => {
    const d = recordDate(r, i + 1, problems, false);
    for (const { id, field } of DTP_SERIES) {
      const v = amount(r, field, 9, i + 1, problems);
      if (d !== null && typeof v === "number") put(daily, id, d, v, i + 1, "record_date", problems);
    }
  });
  const quarterEnds = new Map<string, Map<Day, number>>();
  for (const [id, days] of daily) {
    const out = new Map<Day, number>();
    for (const d of [...days.keys()].sort((a, b) => a - b)) if (endOfQuarter(d) - d < 7) out.set(endOfQuarter(d), days.get(d) as number);
    if (out.size > 0) quarterEnds.set(id, out);
  }
  return problems.result(() => seriesOf(DTP_SERIES, quarterEnds, "q", source, (n) => n.field));
}
