/**
 * The JSON form of one data source (its `SourceInfo` and every series), as a team feed carries it
 * and as the workbook stores it (custom XML part). ISO dates and `null` for "not published";
 * converted to and from the store's `Series` (period-end day numbers, gaps dropped, never zero).
 * Format reference: docs/team-feed.md.
 */
import { Day, formatISO, parseISO } from "../dates";
import { Frequency, Series, SeriesStore, SourceInfo, SourceKind } from "../data/store";

/** [period-end date "YYYY-MM-DD", value or null] */
export type WireObservation = [string, number | null];

export interface WireSeries {
  id: string;
  label: string;
  aliases?: string[];
  sector?: string;
  country?: string;
  freq: Frequency;
  unit: string;
  /** the publisher's code for the series, e.g. "Cayman Islands", "TREAST", "OFS-2 col 11" */
  code: string;
  notes?: string;
  observations: WireObservation[];
}

export interface WireSource {
  source: SourceInfo;
  series: WireSeries[];
}

const FREQS: readonly Frequency[] = ["w", "m", "q", "a"];
const KINDS: readonly SourceKind[] = ["official", "adjusted", "chart-read", "model"];
const SOURCE_TEXT_FIELDS = ["id", "name", "publisher", "table", "file", "vintage", "notes"] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** "YYYY-MM-DD" or "YYYY-MM" (publication dates are sometimes known to the month only). */
export function isPublicationDate(v: unknown): v is string {
  if (typeof v !== "string") return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return parseISO(v) !== null;
  return /^\d{4}-\d{2}$/.test(v) && parseISO(`${v}-01`) !== null;
}

function checkSource(s: unknown, errors: string[]): void {
  if (!isObj(s)) return void errors.push("source: expected an object");
  for (const f of SOURCE_TEXT_FIELDS) if (typeof s[f] !== "string" || (f !== "notes" && !isText(s[f]))) errors.push(`source.${f}: expected non-empty text`);
  if (!isPublicationDate(s.asOf)) errors.push(`source.asOf: ${JSON.stringify(s.asOf)} is not a publication date YYYY-MM-DD or YYYY-MM`);
  if (!KINDS.includes(s.kind as SourceKind)) errors.push(`source.kind: must be one of ${KINDS.join(", ")}`);
}

function checkObservations(obs: unknown, where: string, errors: string[]): void {
  if (!Array.isArray(obs) || obs.length === 0) return void errors.push(`${where}.observations: expected a non-empty list`);
  let previous = "";
  let published = 0;
  obs.forEach((o: unknown, i) => {
    const at = `${where}.observations[${i}]`;
    if (!Array.isArray(o) || o.length !== 2) return void errors.push(`${at}: expected [date, value]`);
    const [date, value] = o as unknown[];
    if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date) || parseISO(date) === null) errors.push(`${at}: date ${JSON.stringify(date)} is not YYYY-MM-DD`);
    else if (date <= previous) errors.push(`${at}: date ${date} is not after ${previous} (dates must be unique and increasing)`);
    else previous = date;
    if (value === null) return;
    if (typeof value !== "number" || !Number.isFinite(value)) errors.push(`${at}: value ${JSON.stringify(value)} is not a number or null`);
    else published++;
  });
  if (published === 0) errors.push(`${where}: every value is null`);
}

function checkSeries(s: unknown, i: number, seen: Set<string>, errors: string[]): void {
  const where = `series[${i}]${isObj(s) && isText(s.id) ? ` (${s.id})` : ""}`;
  if (!isObj(s)) return void errors.push(`${where}: expected an object`);
  for (const f of ["id", "label", "unit", "code"]) if (!isText(s[f])) errors.push(`${where}.${f}: expected non-empty text`);
  if (!FREQS.includes(s.freq as Frequency)) errors.push(`${where}.freq: must be one of ${FREQS.join(", ")}`);
  if (s.aliases !== undefined && !(Array.isArray(s.aliases) && s.aliases.every(isText))) errors.push(`${where}.aliases: expected a list of text`);
  if (isText(s.id) && seen.has(s.id)) errors.push(`${where}: duplicate series id`);
  if (isText(s.id)) seen.add(s.id);
  checkObservations(s.observations, where, errors);
}

/**
 * Every problem in a wire source, precise enough to act on (path, what was expected). Empty = valid.
 * @example checkWireSource({ source, series: [] }) //=> ["series: expected a non-empty list"]
 */
export function checkWireSource(w: unknown): string[] {
  const errors: string[] = [];
  if (!isObj(w)) return ["expected an object with source and series"];
  checkSource(w.source, errors);
  if (!Array.isArray(w.series) || w.series.length === 0) errors.push("series: expected a non-empty list");
  else {
    const seen = new Set<string>();
    w.series.forEach((s: unknown, i) => checkSeries(s, i, seen, errors));
  }
  return errors;
}

/**
 * Store series from a (checked) wire source; `null` observations are dropped, never zero-filled.
 * @example toSeries(w)[0].values //=> [423] for observations [["2024-11-30", null], ["2024-12-31", 423]]
 */
export function toSeries(w: WireSource): Series[] {
  return w.series.map((s) => {
    const kept = s.observations.filter((o): o is [string, number] => o[1] !== null);
    return {
      id: s.id,
      label: s.label,
      aliases: s.aliases ?? [],
      ...(s.sector !== undefined ? { sector: s.sector } : {}),
      ...(s.country !== undefined ? { country: s.country } : {}),
      freq: s.freq,
      unit: s.unit,
      provenance: { source: w.source, code: s.code, notes: s.notes ?? "" },
      dates: kept.map(([d]) => parseISO(d) as Day),
      values: kept.map(([, v]) => v),
    };
  });
}

/**
 * The wire form of one source's series in a store (what the workbook saves): one wire source per
 * distinct publication, oldest first, since a merge can keep older series next to newer ones.
 */
export function fromStore(store: SeriesStore, sourceId: string): WireSource[] {
  const groups = new Map<string, Series[]>();
  for (const s of store.all()) {
    if (s.provenance.source.id !== sourceId) continue;
    const key = JSON.stringify(s.provenance.source);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()]
    .map((series) => ({
      source: { ...(series[0] as Series).provenance.source },
      series: series.map((s): WireSeries => ({
        id: s.id,
        label: s.label,
        aliases: [...s.aliases],
        ...(s.sector !== undefined ? { sector: s.sector } : {}),
        ...(s.country !== undefined ? { country: s.country } : {}),
        freq: s.freq,
        unit: s.unit,
        code: s.provenance.code,
        notes: s.provenance.notes,
        observations: s.dates.map((d, i): WireObservation => [formatISO(d), s.values[i] as number]),
      })),
    }))
    .sort((a, b) => (a.source.asOf < b.source.asOf ? -1 : a.source.asOf > b.source.asOf ? 1 : 0));
}
