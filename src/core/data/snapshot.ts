/**
 * The embedded snapshot: the compact format written by `scripts/build-data.js` into
 * `snapshot.generated.ts`, and its decoder into a `SeriesStore`.
 *
 * Format: each series is stored on its regular period grid from `start` (a period-end ISO date),
 * one value per period, `null` where the publisher printed nothing (a gap stays a gap: decoding
 * drops it, it never becomes zero).
 */
import { Day, daysInMonth, endOfMonth, parseISO, toYMD, ymd } from "../dates";
import { Frequency, Series, SeriesStore, SourceInfo } from "./store";
import { SNAPSHOT } from "./snapshot.generated";

export interface SnapshotSeries {
  readonly id: string;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly sector?: string;
  readonly country?: string;
  /** Grid frequency: only monthly and quarterly series are embedded. */
  readonly freq: "m" | "q";
  readonly unit: string;
  /** `SourceInfo.id` of the series' source. */
  readonly source: string;
  readonly code: string;
  readonly notes: string;
  /** Period-end date of the first value, `YYYY-MM-DD`. */
  readonly start: string;
  readonly values: readonly (number | null)[];
}

export interface SnapshotData {
  /** What the snapshot is, shown by UST.VINTAGE(). */
  readonly label: string;
  readonly sources: readonly SourceInfo[];
  readonly series: readonly SnapshotSeries[];
}

const MONTHS_PER_PERIOD: Record<SnapshotSeries["freq"], number> = { m: 1, q: 3 };

/** Period-end day of grid slot `i` from the month `startMonth` (year·12 + month − 1): month ends, quarters step by 3 months. */
function gridDay(startMonth: number, freq: SnapshotSeries["freq"], i: number): Day {
  const m = startMonth + i * MONTHS_PER_PERIOD[freq];
  const year = Math.floor(m / 12);
  return ymd(year, (m % 12) + 1, daysInMonth(year, (m % 12) + 1));
}

/** Decodes one snapshot series; throws when its start is not a period end or its source is unknown. */
function decodeSeries(s: SnapshotSeries, sources: ReadonlyMap<string, SourceInfo>): Series {
  const start = parseISO(s.start);
  if (start === null || endOfMonth(start) !== start) throw new Error(`snapshot series ${s.id}: start ${s.start} is not a month end`);
  const source = sources.get(s.source);
  if (!source) throw new Error(`snapshot series ${s.id}: unknown source ${s.source}`);
  const { year, month } = toYMD(start);
  const dates: Day[] = [];
  const values: number[] = [];
  s.values.forEach((v, i) => {
    if (v === null) return;
    dates.push(gridDay(year * 12 + month - 1, s.freq, i));
    values.push(v);
  });
  const freq: Frequency = s.freq;
  return {
    id: s.id,
    label: s.label,
    aliases: s.aliases,
    ...(s.sector === undefined ? {} : { sector: s.sector }),
    ...(s.country === undefined ? {} : { country: s.country }),
    freq,
    unit: s.unit,
    provenance: { source, code: s.code, notes: s.notes },
    dates,
    values,
  };
}

/** Builds a validated store from snapshot data (throws if the data is inconsistent). */
export function decodeSnapshot(data: SnapshotData): SeriesStore {
  const sources = new Map(data.sources.map((src) => [src.id, src]));
  return new SeriesStore(
    data.series.map((s) => decodeSeries(s, sources)),
    data.label,
  );
}

/**
 * The store of the snapshot embedded in the bundle. Decodes on every call: callers cache it
 * (`src/shared/state.ts` `getStore()` does).
 * @example embeddedStore().require("ofs2.total").values.length //=> 102
 */
export function embeddedStore(): SeriesStore {
  return decodeSnapshot(SNAPSHOT);
}
