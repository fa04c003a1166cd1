/**
 * What the data functions show: a window of one series (with FRED units and frequency conversion),
 * the source table and vintages. Pure: the caller passes the store (or, for derived views such as the
 * holder engine's `cayman_adj`, any `Series` object: `seriesWindow` only needs a `Series`).
 */
import { Day, formatISO } from "../dates";
import { badArg, noData } from "../errors";
import { closeMatches, coverage, coverageText, lastIndexAtOrBefore, normalizeName, Series, SeriesStore, SourceInfo } from "./store";
import { Aggregation, applyUnits, convertFrequency, FREQUENCY_LABEL, UnitCode, UNITS } from "./transforms";

export interface WindowRequest {
  /** First period end to show (inclusive); default: the series' first observation. */
  readonly start?: Day | null;
  /** Last period end to show (inclusive); default: the latest observation. */
  readonly end?: Day | null;
  /** FRED unit code; default `lin`. */
  readonly units?: UnitCode;
  /** Target frequency (lower than the series'); default: the series' own. */
  readonly freq?: "q" | "a";
  /** Aggregation for `freq`; default `avg` as on FRED. */
  readonly agg?: Aggregation;
}

export interface SeriesWindow {
  /** Column titles: "Period end" and e.g. "Total public debt, USD billions, annual (eop)". */
  readonly header: readonly [string, string];
  readonly dates: readonly Day[];
  readonly values: readonly number[];
}

/** #N/A unless start and end lie within the series' coverage; #VALUE! when start is after end. */
function checkWindow(s: Series, start: Day, end: Day): void {
  const { first, last } = coverage(s);
  const covers = `${s.label} covers ${coverageText(s)}`;
  for (const [arg, d] of [["start", start], ["end", end]] as const) {
    if (d < first) throw noData(`${arg} ${formatISO(d)} is before the data: ${covers}`);
    if (d > last) throw noData(`${arg} ${formatISO(d)} is after the latest observation: ${covers}`);
  }
  if (start > end) throw badArg("start", `${formatISO(start)} is after end ${formatISO(end)}`);
}

/**
 * Observations of `s` from start to end, after frequency conversion then the unit transform
 * (FRED's order: aggregate first, then transform). The transform sees the whole series, so pc1 at the
 * window's first period uses the year-earlier value even when that lies before `start`.
 * @example seriesWindow(store.require("ofs2.total"), { start: ymd(2024, 12, 31), end: ymd(2024, 12, 31) }).values //=> [36218.6]
 */
export function seriesWindow(s: Series, req: WindowRequest = {}): SeriesWindow {
  const { first, last } = coverage(s);
  const start = req.start ?? first;
  const end = req.end ?? last;
  checkWindow(s, start, end);
  const units = req.units ?? "lin";
  const freq = req.freq ?? s.freq;
  const agg = req.agg ?? "avg";
  const converted = convertFrequency(s, s.freq, freq, agg);
  const transformed = applyUnits(converted, freq, units);
  // [from, to) = the observations within [start, end], by binary search on the sorted dates
  const from = lastIndexAtOrBefore(transformed.dates, start - 1) + 1;
  const to = lastIndexAtOrBefore(transformed.dates, end) + 1;
  const dates = transformed.dates.slice(from, to);
  const values = transformed.values.slice(from, to);
  if (dates.length === 0) {
    const how = `units "${units}"${freq === s.freq ? "" : `, freq "${freq}" (complete periods only)`}`;
    throw noData(`${s.label}: no value between ${formatISO(start)} and ${formatISO(end)} with ${how}`);
  }
  const unitText = units === "lin" ? s.unit : UNITS[units].label;
  const freqText = freq === s.freq ? "" : `, ${FREQUENCY_LABEL[freq]} (${agg})`;
  return { header: ["Period end", `${s.label}, ${unitText}${freqText}`], dates, values };
}

/** Is the series from TIC (for UST.TIC's name resolution)? */
export const isTic = (s: Series): boolean => s.provenance.source.id === "tic";

/** Header of `sourcesTable`. */
export const SOURCE_COLUMNS = ["Source", "Publisher", "Table", "Coverage", "As of", "Vintage", "Kind", "Series", "Notes"] as const;

/** One row per source: what it is, its coverage over the series that use it, as-of, vintage, kind. */
export function sourcesTable(store: SeriesStore): (string | number)[][] {
  const rows = store.sources().map((src) => {
    const series = store.all().filter((s) => s.provenance.source === src);
    const firsts = series.map((s) => coverage(s).first);
    const lasts = series.map((s) => coverage(s).last);
    const cover = `${formatISO(Math.min(...firsts))} .. ${formatISO(Math.max(...lasts))}`;
    return [src.name, src.publisher, src.table, cover, src.asOf, src.vintage, src.kind, series.length, src.notes || "-"];
  });
  return [[...SOURCE_COLUMNS], ...rows];
}

function findSource(store: SeriesStore, name: string): SourceInfo | undefined {
  const key = normalizeName(name);
  return store.sources().find((src) => [src.id, src.name, src.table].some((n) => normalizeName(n) === key));
}

/**
 * As-of and vintage of what the functions use. No name: the store's label. A source (id, name or
 * table, e.g. "tic", "OFS-2") or any series name: that source's vintage and as-of date.
 * @example vintageText(store, "Cayman Islands") //=> "TIC Major Foreign Holders of Treasury Securities: mfhhis01.txt dated 3/18/26 (...); as of 2026-03-18"
 */
export function vintageText(store: SeriesStore, name?: string): string {
  if (name === undefined) return store.label;
  const src = findSource(store, name) ?? store.find(name)?.provenance.source;
  if (!src) {
    const names = [...store.sources().map((x) => x.name), ...store.all().map((s) => s.label)];
    const close = closeMatches(name, names);
    throw badArg("source", `unknown source or series "${name}"${close.length ? `; close matches: ${close.join(", ")}` : `; sources: ${store.sources().map((x) => x.id).join(", ")}`}`);
  }
  return `${src.name}: ${src.vintage}; as of ${src.asOf}`;
}
