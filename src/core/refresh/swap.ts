/**
 * The atomic swap: a refreshed source replaces the one in use only if it is newer and the whole
 * resulting store validates; otherwise the store in use is returned untouched with the reason.
 *
 * Never loses data: a file that covers fewer periods than the data in use (TIC `mfh.txt` holds
 * 13 months, `mfhhis01.txt` decades) is merged: each incoming series replaces the periods it
 * covers and the older history of the data in use is kept before its first period; series the
 * incoming source does not carry are kept as they were.
 */
import { formatISO } from "../dates";
import { Series, SeriesStore, SourceInfo } from "../data/store";

export type Verdict =
  | { action: "swap"; store: SeriesStore; summary: string }
  | { action: "unchanged"; summary: string }
  | { action: "keep"; kind: "stale" | "invalid"; reason: string };

/** Publication dates compare as text ("2026-03" counts as the first of the month). */
const pubKey = (asOf: string): string => (asOf.length === 7 ? `${asOf}-01` : asOf);

/**
 * Incoming series merged onto the current one: history before the incoming first period is kept.
 * @example mergeSeries(oct_dec_2024, dec_2024_jan_2025).dates.length //=> 4 (Oct, Nov from the data in use; Dec, Jan incoming)
 */
export function mergeSeries(current: Series | undefined, incoming: Series): Series {
  const first = incoming.dates[0];
  if (!current || first === undefined) return incoming;
  const keep = current.dates.filter((d) => d < first).length;
  if (keep === 0) return incoming;
  return {
    ...incoming,
    dates: [...current.dates.slice(0, keep), ...incoming.dates],
    values: [...current.values.slice(0, keep), ...incoming.values],
    provenance: {
      ...incoming.provenance,
      notes: [incoming.provenance.notes, `periods before ${formatISO(first)} from ${current.provenance.source.vintage}`].filter(Boolean).join("; "),
    },
  };
}

/** The source of `id` as the store uses it: the newest publication among its series (a merge may keep older ones). */
export function sourceInUse(store: SeriesStore, id: string): SourceInfo | undefined {
  let best: SourceInfo | undefined;
  for (const s of store.all()) {
    const src = s.provenance.source;
    if (src.id === id && (!best || pubKey(src.asOf) > pubKey(best.asOf))) best = src;
  }
  return best;
}

const lastDay = (series: readonly Series[]): number => series.reduce((m, s) => Math.max(m, s.dates[s.dates.length - 1] ?? -Infinity), -Infinity);

/**
 * An older copy is also recognised by its coverage, for files that carry no release date: if the
 * incoming series end before the same series in use, the copy is older. Returns the reason, or "".
 */
function coversLess(current: SeriesStore, incoming: readonly Series[]): string {
  const inUse = incoming.map((s) => current.get(s.id)).filter((s): s is Series => s !== undefined);
  if (inUse.length === 0) return "";
  const mine = lastDay(inUse);
  const theirs = lastDay(incoming.filter((s) => current.get(s.id) !== undefined));
  return theirs < mine ? `covers periods through ${formatISO(theirs)}, older than the data in use (through ${formatISO(mine)})` : "";
}

/** Observations of `incoming` that the series in use lacks or holds with another value. */
function changedObservations(current: Series | undefined, incoming: Series): number {
  const known = new Map(current?.dates.map((d, i) => [d, current.values[i]]));
  return incoming.dates.filter((d, i) => known.get(d) !== incoming.values[i]).length;
}

const sameSeries = (a: Series | undefined, b: Series): boolean =>
  a !== undefined && a.dates.length === b.dates.length && a.dates.every((d, i) => d === b.dates[i] && a.values[i] === b.values[i]);

/**
 * Decides whether `incoming` (one source's new series) replaces that source in `current`.
 * `pinned`: the data saved in a workbook is used even when older than the add-in's embedded
 * snapshot, so everyone who opens the workbook sees the same vintage (it is still validated whole).
 * @example applyRefresh(store, tic2026, ticSeries).action //=> "swap" (or "keep" with kind "stale" for an older file)
 */
export function applyRefresh(current: SeriesStore, source: SourceInfo, incoming: readonly Series[], opts: { pinned?: boolean } = {}): Verdict {
  const inUse = sourceInUse(current, source.id);
  if (inUse && !opts.pinned && pubKey(source.asOf) < pubKey(inUse.asOf))
    return { action: "keep", kind: "stale", reason: `as of ${source.asOf}, older than the data in use (as of ${inUse.asOf})` };
  const staleCoverage = !opts.pinned && coversLess(current, incoming);
  if (staleCoverage) return { action: "keep", kind: "stale", reason: staleCoverage };
  const incomingById = new Map(incoming.map((s) => [s.id, s]));
  const merged = incoming.map((s) => mergeSeries(current.get(s.id), s));
  if (merged.every((s) => sameSeries(current.get(s.id), s))) return { action: "unchanged", summary: `already up to date: the same values as the data in use (as of ${inUse?.asOf ?? source.asOf})` };
  const others = current.all().filter((s) => !incomingById.has(s.id));
  let store: SeriesStore;
  try {
    store = new SeriesStore([...others, ...merged], current.label);
  } catch (e) {
    return { action: "keep", kind: "invalid", reason: (e as Error).message };
  }
  const changed = incoming.reduce((n, s) => n + changedObservations(current.get(s.id), s), 0);
  const last = lastDay(merged);
  return { action: "swap", store, summary: `${merged.length} series through ${formatISO(last)}, ${changed} new or revised value(s), as of ${source.asOf}` };
}
