/**
 * The series store: typed, immutable time series with provenance, and fast lookups.
 *
 * Every observation is keyed by the PERIOD-END day (core `Day`: days since 1970-01-01 UTC):
 * 2024Q4 → 2024-12-31, Dec-2024 → 2024-12-31. Missing observations are simply absent (never zero).
 * Money is in USD billions unless the series' `unit` says otherwise.
 *
 * Stable series ids of the embedded snapshot (built by `scripts/build-data.js`):
 *
 * | id | what | freq | source |
 * |---|---|---|---|
 * | `ofs2.total` | total public debt outstanding | q | Treasury Bulletin OFS-2 col 1 |
 * | `ofs2.fed_gov` | Federal Reserve and Government accounts | q | OFS-2 col 2 |
 * | `ofs2.private` | total privately held | q | OFS-2 col 3 |
 * | `ofs2.depository` | depository institutions | q | OFS-2 col 4 |
 * | `ofs2.savings_bonds` | U.S. savings bonds | q | OFS-2 col 5 |
 * | `ofs2.pension_private` | private pension funds | q | OFS-2 col 6 |
 * | `ofs2.pension_state_local` | state and local government pension funds | q | OFS-2 col 7 |
 * | `ofs2.insurance` | insurance companies | q | OFS-2 col 8 |
 * | `ofs2.mutual_funds` | mutual funds incl. money market funds | q | OFS-2 col 9 |
 * | `ofs2.state_local` | state and local governments | q | OFS-2 col 10 |
 * | `ofs2.foreign` | foreign and international | q | OFS-2 col 11 |
 * | `ofs2.other` | other investors (residual) | q | OFS-2 col 12 |
 * | `fed.soma_treasury` | Fed SOMA Treasury holdings at quarter end (last weekly level on or before it) | q | FRED TREAST |
 * | `fred.gfdebtn` / `fred.fygfdpun` / `fred.fdhbfin` | total public debt / held by the public / held by foreign investors | q | FRED |
 * | `dtp.total` / `dtp.public` / `dtp.intragov` | Debt to the Penny, last business day of the quarter | q | FiscalData |
 * | `debt.held_by_public`, `debt.marketable`, `debt.bills`, `debt.notes`, `debt.bonds`, `debt.tips`, `debt.frn`, `debt.nonmarketable` | debt held by the public by type | m | Treasury Bulletin FD-2 |
 * | `tic.<country>` e.g. `tic.japan`, `tic.china_mainland`, `tic.cayman_islands`, `tic.grand_total`, `tic.foreign_official`, `tic.foreign_official_bills`, `tic.foreign_official_bonds_notes`, `tic.all_other` | foreign holdings by country | m | TIC mfhhis01.txt |
 *
 * `sector` carries the holder engine's sector id where one applies (src/core/holders/sectors.ts: `fed`,
 * `depository`, `private_pensions`, ..., plus `fed_gov` and `foreign` for OFS-2's combined columns), and
 * is accepted as a name. Lookups are binary searches over the sorted period-end days (`findExact`, `findAtOrBefore`).
 */
import { Day, formatISO } from "../dates";
import { badArg } from "../errors";

/** Observation frequency: weekly, monthly, quarterly, annual. */
export type Frequency = "w" | "m" | "q" | "a";

/** How a number came to be: printed by the publisher, adjusted by us, read off a chart, or a model output. */
export type SourceKind = "official" | "adjusted" | "chart-read" | "model";

/** One upstream source (a table or series of a publisher) as the store uses it. */
export interface SourceInfo {
  /** Stable id, e.g. `ofs2`, `tic`, `treast`. */
  readonly id: string;
  /** Human name, e.g. "Treasury Bulletin OFS-2". */
  readonly name: string;
  readonly publisher: string;
  /** Publisher's table or series code, e.g. "OFS-2", "TREAST", "mfhhis01". */
  readonly table: string;
  /** Where the copy we read came from (repository@commit path, or URL). */
  readonly file: string;
  /** Publication date of the copy used, `YYYY-MM-DD` (or `YYYY-MM` when only the month is known). */
  readonly asOf: string;
  /** Vintage label, e.g. "Treasury Bulletin 2025-09 (latest vintage printing each quarter)". */
  readonly vintage: string;
  readonly kind: SourceKind;
  /** Corrections applied, caveats, known issues. */
  readonly notes: string;
}

/** A series' own provenance on top of its source: the publisher's code for it and series-specific notes. */
export interface SeriesProvenance {
  readonly source: SourceInfo;
  /** Series or column code at the publisher, e.g. "OFS-2 col 11", "TREAST", "Cayman Islands". */
  readonly code: string;
  readonly notes: string;
}

/** An immutable series: metadata, provenance and observations sorted by period-end day. */
export interface Series {
  /** Stable id (see the table above). */
  readonly id: string;
  /** Friendly label shown in headers, e.g. "Foreign and international". */
  readonly label: string;
  /** Other names accepted (case-insensitive) besides id and label, e.g. "China" for `tic.china_mainland`. */
  readonly aliases: readonly string[];
  /** Holder sector id (OFS-2 / Fed series), e.g. "insurers"; absent for totals and non-sector series. */
  readonly sector?: string;
  /** TIC country or aggregate as the publisher labels it, e.g. "China, Mainland"; absent otherwise. */
  readonly country?: string;
  readonly freq: Frequency;
  /** Unit, e.g. "USD billions". */
  readonly unit: string;
  readonly provenance: SeriesProvenance;
  /** Period-end days, strictly increasing. */
  readonly dates: readonly Day[];
  /** Values aligned with `dates`; always finite. */
  readonly values: readonly number[];
}

/** One observation. */
export interface Observation {
  readonly date: Day;
  readonly value: number;
}

/** Index of the last date ≤ `day` in a sorted array, or -1 (binary search). */
export function lastIndexAtOrBefore(dates: readonly Day[], day: Day): number {
  let lo = 0;
  let hi = dates.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as Day) <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function observationAt(s: Series, i: number): Observation | undefined {
  const date = s.dates[i];
  const value = s.values[i];
  return date === undefined || value === undefined ? undefined : { date, value };
}

/**
 * The observation dated exactly `day` (a period end), or undefined. O(log n).
 * @example findExact(store.get("tic.cayman_islands"), ymd(2024, 12, 31))?.value //=> 423
 */
export function findExact(s: Series, day: Day): Observation | undefined {
  const i = lastIndexAtOrBefore(s.dates, day);
  return s.dates[i] === day ? observationAt(s, i) : undefined;
}

/**
 * The latest observation dated on or before `day`, or undefined when `day` precedes the series. O(log n).
 * @example findAtOrBefore(store.get("ofs2.total"), ymd(2025, 2, 14))?.date //=> ymd(2024, 12, 31)
 */
export function findAtOrBefore(s: Series, day: Day): Observation | undefined {
  return observationAt(s, lastIndexAtOrBefore(s.dates, day));
}

/**
 * Index range [from, to) of observations with start ≤ date ≤ end. O(log n).
 * @example indexRange(store.require("ofs2.total"), ymd(2024, 1, 1), ymd(2024, 12, 31)) //=> [96, 100]
 */
export function indexRange(s: Series, start: Day, end: Day): [number, number] {
  return [lastIndexAtOrBefore(s.dates, start - 1) + 1, lastIndexAtOrBefore(s.dates, end) + 1];
}

/** First and last period-end day of a series (it is never empty in a store). */
export function coverage(s: Series): { first: Day; last: Day } {
  return { first: s.dates[0] as Day, last: s.dates[s.dates.length - 1] as Day };
}

/**
 * Covered range as text, for messages.
 * @example coverageText(store.require("ofs2.depository")) //=> "2000-03-31 .. 2025-03-31"
 */
export function coverageText(s: Series): string {
  const { first, last } = coverage(s);
  return `${formatISO(first)} .. ${formatISO(last)}`;
}

/**
 * Name key for case/spacing/punctuation-insensitive lookups: lower-case alphanumerics only.
 * @example normalizeName("China, Mainland") //=> "chinamainland"
 */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Levenshtein edit distance (for "did you mean" suggestions). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * Up to `n` candidate names closest to `query`: names containing it (or contained in it) first, then by
 * Levenshtein distance relative to length, to the whole name or to its start (below 0.5).
 * @example closeMatches("Caymen", ["Cayman Islands", "Japan"]) //=> ["Cayman Islands"]
 */
export function closeMatches(query: string, candidates: readonly string[], n = 5): string[] {
  const q = normalizeName(query);
  const scored = candidates.map((c) => {
    const k = normalizeName(c);
    const contains = q.length > 0 && (k.includes(q) || q.includes(k));
    const whole = editDistance(q, k) / Math.max(q.length, k.length, 1);
    const prefix = editDistance(q, k.slice(0, q.length)) / Math.max(q.length, 1);
    return { c, score: contains ? 0 : Math.min(whole, prefix) };
  });
  return scored
    .filter((x) => x.score < 0.5)
    .sort((x, y) => x.score - y.score || x.c.localeCompare(y.c))
    .slice(0, n)
    .map((x) => x.c);
}

/** Filter for `SeriesStore.resolve`, e.g. only TIC series for UST.TIC. */
export type SeriesFilter = (s: Series) => boolean;

/**
 * An immutable collection of series with name resolution. Build one with `new SeriesStore(series, label)`;
 * the constructor validates every series (sorted unique dates, finite values, aligned arrays, unique names)
 * and throws on the first violation, so a store that exists is valid.
 */
export class SeriesStore {
  /** What the store holds, e.g. "embedded snapshot (data pack, latest as-of 2026-03-18)". */
  readonly label: string;
  private readonly byId = new Map<string, Series>();
  private readonly byName = new Map<string, Series>();

  constructor(series: readonly Series[], label: string) {
    this.label = label;
    for (const s of series) {
      validateSeries(s);
      if (this.byId.has(s.id)) throw new Error(`duplicate series id ${s.id}`);
      this.byId.set(s.id, Object.freeze(s));
      for (const name of [s.id, s.label, ...s.aliases]) {
        const key = normalizeName(name);
        const other = this.byName.get(key);
        if (other && other !== s) throw new Error(`name "${name}" of ${s.id} is already used by ${other.id}`);
        this.byName.set(key, s);
      }
    }
  }

  /** All series, in insertion order. */
  all(): Series[] {
    return [...this.byId.values()];
  }

  /** All sources used by the series, in first-use order, deduplicated by source id. */
  sources(): SourceInfo[] {
    const seen = new Map<string, SourceInfo>();
    for (const s of this.byId.values()) if (!seen.has(s.provenance.source.id)) seen.set(s.provenance.source.id, s.provenance.source);
    return [...seen.values()];
  }

  /** The series with this exact id, or undefined. */
  get(id: string): Series | undefined {
    return this.byId.get(id);
  }

  /** Like `get`, but a missing id is a programming error in the caller (throws). */
  require(id: string): Series {
    const s = this.byId.get(id);
    if (!s) throw new Error(`series ${id} is not in the store (${this.label})`);
    return s;
  }

  /** The series a user-typed name denotes (id, label or alias; case, spaces, punctuation ignored), or undefined. */
  find(name: string, filter: SeriesFilter = () => true): Series | undefined {
    const s = this.byName.get(normalizeName(name));
    return s && filter(s) ? s : undefined;
  }

  /**
   * Resolves a user-typed name (id, label or alias; case, spaces and punctuation ignored).
   * Unknown names throw `badArg(argName, ...)` (#VALUE!) listing close matches.
   * @example store.resolve("china", "country", isTic).id //=> "tic.china_mainland"
   */
  resolve(name: string, argName: string, filter: SeriesFilter = () => true): Series {
    const s = this.find(name, filter);
    if (s) return s;
    const names = this.all()
      .filter(filter)
      .flatMap((x) => [x.label, x.id]);
    const close = closeMatches(name, names);
    const hint = close.length > 0 ? `close matches: ${close.join(", ")}` : `for example ${names.slice(0, 4).join(", ")}`;
    throw badArg(argName, `unknown name "${name}"; ${hint}`);
  }
}

function validateSeries(s: Series): void {
  if (s.dates.length === 0) throw new Error(`series ${s.id} has no observations`);
  if (s.dates.length !== s.values.length) throw new Error(`series ${s.id}: ${s.dates.length} dates but ${s.values.length} values`);
  s.dates.forEach((d, i) => {
    if (!Number.isInteger(d)) throw new Error(`series ${s.id}: date #${i + 1} is not a day number`);
    if (i > 0 && d <= (s.dates[i - 1] as Day)) throw new Error(`series ${s.id}: dates not strictly increasing at ${formatISO(d)}`);
    if (!Number.isFinite(s.values[i])) throw new Error(`series ${s.id}: value at ${formatISO(d)} is not a finite number`);
  });
}
