/**
 * FRED-style unit transformations and frequency aggregation of a series' observations.
 *
 * Notation (FRED, "Units transformation" in the FRED API docs, fred/series/observations `units`):
 * x_t = value in period t, x_{t-1} = value one period earlier, x_{t-n} = value one year earlier,
 * n = observations per year (w 52, m 12, q 4, a 1).
 *
 * A transform needs the exact prior period: if it is missing (a gap, or the series start) the period
 * has no value; likewise where the formula is undefined (x_{t-1} = 0, log of x ≤ 0). Such periods are
 * left out, as FRED leaves them blank. Nothing is ever zero-filled.
 *
 * @see https://fred.stlouisfed.org/docs/api/fred/series_observations.html (units, frequency, aggregation_method)
 */
import { addMonths, Day, endOfMonth, endOfQuarter, endOfYear } from "../dates";
import { badArg } from "../errors";
import { Frequency } from "./store";

/** Observations as parallel arrays (period-end days strictly increasing). */
export interface Points {
  readonly dates: readonly Day[];
  readonly values: readonly number[];
}

export type UnitCode = "lin" | "chg" | "ch1" | "pch" | "pc1" | "pca" | "cch" | "cca" | "log";
export type Aggregation = "avg" | "sum" | "eop";

interface UnitRule {
  /** Header text, as FRED labels the unit. */
  readonly label: string;
  /** Which earlier observation the formula uses: none, the previous period, or the same period a year ago. */
  readonly lag: "none" | "period" | "year";
  /** x = x_t, p = the lagged value, n = observations per year. */
  readonly f: (x: number, p: number, n: number) => number;
}

/** FRED's unit codes and formulas (FRED API docs, `units` parameter). */
export const UNITS: Readonly<Record<UnitCode, UnitRule>> = {
  lin: { label: "Levels", lag: "none", f: (x) => x },
  chg: { label: "Change", lag: "period", f: (x, p) => x - p },
  ch1: { label: "Change from year ago", lag: "year", f: (x, p) => x - p },
  pch: { label: "Percent change", lag: "period", f: (x, p) => (x / p - 1) * 100 },
  pc1: { label: "Percent change from year ago", lag: "year", f: (x, p) => (x / p - 1) * 100 },
  pca: { label: "Compounded annual rate of change", lag: "period", f: (x, p, n) => (Math.pow(x / p, n) - 1) * 100 },
  cch: { label: "Continuously compounded rate of change", lag: "period", f: (x, p) => (Math.log(x) - Math.log(p)) * 100 },
  cca: { label: "Continuously compounded annual rate of change", lag: "period", f: (x, p, n) => (Math.log(x) - Math.log(p)) * 100 * n },
  log: { label: "Natural log", lag: "none", f: (x) => Math.log(x) },
};

/** Observations per year, FRED's n. */
export const PERIODS_PER_YEAR: Readonly<Record<Frequency, number>> = { w: 52, m: 12, q: 4, a: 1 };

/** Frequencies from highest to lowest: conversion only goes down this list. */
export const FREQUENCY_ORDER: readonly Frequency[] = ["w", "m", "q", "a"];

export const FREQUENCY_LABEL: Readonly<Record<Frequency, string>> = { w: "weekly", m: "monthly", q: "quarterly", a: "annual" };

const MONTHS_PER_PERIOD: Readonly<Record<Exclude<Frequency, "w">, number>> = { m: 1, q: 3, a: 12 };

/** The period end `k` periods before the period ending `d` (weeks: 7k days; months/quarters/years: month ends). */
export function periodEndBefore(d: Day, freq: Frequency, k: number): Day {
  if (freq === "w") return d - 7 * k;
  return endOfMonth(addMonths(d, -k * MONTHS_PER_PERIOD[freq], true));
}

/**
 * Applies a FRED unit transformation.
 * chg: x_t − x_{t−1}; ch1: x_t − x_{t−n}; pch: (x_t/x_{t−1} − 1)·100; pc1: (x_t/x_{t−n} − 1)·100;
 * pca: ((x_t/x_{t−1})^n − 1)·100; cch: (ln x_t − ln x_{t−1})·100; cca: (ln x_t − ln x_{t−1})·100·n; log: ln x_t.
 * @see FRED API docs, fred/series/observations, parameter `units`.
 * @example applyUnits({ dates: [q1, q2], values: [100, 102] }, "q", "pca").values //=> [8.243216]
 */
export function applyUnits(points: Points, freq: Frequency, code: UnitCode): Points {
  const rule = UNITS[code];
  const n = PERIODS_PER_YEAR[freq];
  if (code === "lin") return points; // levels as they are (values in a store are validated finite)
  const byDate = new Map(points.dates.map((d, i) => [d, points.values[i] as number]));
  const dates: Day[] = [];
  const values: number[] = [];
  points.dates.forEach((d, i) => {
    const x = points.values[i] as number;
    const p = rule.lag === "none" ? x : byDate.get(periodEndBefore(d, freq, rule.lag === "year" ? n : 1));
    if (p === undefined) return;
    const y = rule.f(x, p, n);
    if (!Number.isFinite(y)) return;
    dates.push(d);
    values.push(y);
  });
  return { dates, values };
}

/** Period end of the `to`-frequency period containing `d`. */
function targetPeriodEnd(d: Day, to: "q" | "a"): Day {
  return to === "q" ? endOfQuarter(d) : endOfYear(d);
}

/** True when the observations of one target period cover it fully (every sub-period present). */
function isComplete(group: readonly Day[], from: Frequency, to: "q" | "a", periodEnd: Day): boolean {
  const first = group[0] as Day;
  const last = group[group.length - 1] as Day;
  if (from === "w") {
    const periodStart = periodEndBefore(periodEnd, to, 1) + 1;
    return last > periodEnd - 7 && first < periodStart + 7;
  }
  return group.length === MONTHS_PER_PERIOD[to] / MONTHS_PER_PERIOD[from] && last === periodEnd;
}

const AGGREGATE: Readonly<Record<Aggregation, (xs: readonly number[]) => number>> = {
  avg: (xs) => xs.reduce((a, b) => a + b, 0) / xs.length,
  sum: (xs) => xs.reduce((a, b) => a + b, 0),
  eop: (xs) => xs[xs.length - 1] as number,
};

/**
 * Converts to a lower frequency (FRED `frequency` + `aggregation_method`): avg = mean of the
 * sub-periods, sum = their total, eop = the last one. Only complete periods are kept (a quarter
 * needs all 3 months; a year all 4 quarters or 12 months), so a gap never shrinks an average or a sum.
 * @example convertFrequency(monthly2024, "m", "a", "eop").values //=> [the December 2024 value]
 */
export function convertFrequency(points: Points, from: Frequency, to: Frequency, agg: Aggregation): Points {
  if (to === from) return points;
  if (to !== "q" && to !== "a") throw badArg("freq", `"${to}" is not allowed: use "q" or "a"`);
  if (FREQUENCY_ORDER.indexOf(to) < FREQUENCY_ORDER.indexOf(from)) {
    throw badArg("freq", `the series is ${FREQUENCY_LABEL[from]}; it can only be converted to a lower frequency, not ${FREQUENCY_LABEL[to]}`);
  }
  const dates: Day[] = [];
  const values: number[] = [];
  let i = 0;
  while (i < points.dates.length) {
    const end = targetPeriodEnd(points.dates[i] as Day, to);
    const groupDates: Day[] = [];
    const groupValues: number[] = [];
    for (; i < points.dates.length && (points.dates[i] as Day) <= end; i++) {
      groupDates.push(points.dates[i] as Day);
      groupValues.push(points.values[i] as number);
    }
    if (isComplete(groupDates, from, to, end)) {
      dates.push(end);
      values.push(AGGREGATE[agg](groupValues));
    }
  }
  return { dates, values };
}
