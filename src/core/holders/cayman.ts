/**
 * The Cayman hedge-fund estimate and the TIC undercount (methodology §4.1, steps 3–4).
 *
 * KY_HF_t: Cayman-domiciled hedge funds' Treasury holdings (Form PF), from the readings in the
 * assumptions: a reading's own value at its date, linear in days between two readings, carried
 * forward after the last one, and none before the first (the Form PF series starts 2018Q1).
 * U_t = max(0, KY_HF_t − TIC_KY_t): the part TIC misses.
 *
 * @see Barth et al., "The Cross-Border Trail of the Treasury Basis Trade", FEDS Notes 2025-10-15:
 *   $1.85 tn at end-2024 vs TIC $423 bn, "around $1.4 trillion" undercount.
 */
import { Day, parseISO } from "../dates";
import { badArg } from "../errors";
import { CaymanReading, ReadingKind } from "../assumptions/holders";

export type EstimateMethod = ReadingKind | "interpolated" | "carried forward";

export interface CaymanEstimate {
  valueBn: number;
  method: EstimateMethod;
  /** the reading(s) the value comes from */
  from: CaymanReading[];
  /** e.g. "interpolated linearly between chart-read 2022-12-31 (850) and anchored 2024-12-31 (1850)" */
  note: string;
}

export interface CaymanGap {
  quarter: Day;
  /** null before the first reading: no adjustment is made */
  estimate: CaymanEstimate | null;
  /** TIC "Cayman Islands", USD bn (null where TIC does not publish it) */
  ticCayman: number | null;
  /** U = max(0, KY_HF − TIC_KY), USD bn */
  undercount: number;
}

/** Parsed reading dates, re-parsed whenever a reading's date text differs from the one parsed. */
const PARSED = new WeakMap<CaymanReading, { text: string; day: Day }>();

function readingDay(r: CaymanReading): Day {
  const hit = PARSED.get(r);
  if (hit && hit.text === r.date) return hit.day;
  const day = parseISO(r.date);
  if (day === null) throw badArg("Cayman reading date", `"${r.date}" is not a YYYY-MM-DD date`);
  PARSED.set(r, { text: r.date, day });
  return day;
}

function describe(r: CaymanReading): string {
  return `${r.kind} ${r.date} (${r.valueBn.value})`;
}

/**
 * KY_HF at a date from ascending readings.
 * Formula between readings a, b: v = v_a + (v_b − v_a)·(t − t_a)/(t_b − t_a), t in days.
 * @example caymanEstimate(HOLDER_DEFAULTS.caymanReadings, ymd(2024, 12, 31))?.valueBn //=> 1850 ("anchored")
 * @example caymanEstimate(HOLDER_DEFAULTS.caymanReadings, ymd(2023, 12, 31))?.valueBn //=> 1349.3… ("interpolated")
 */
export function caymanEstimate(readings: readonly CaymanReading[], at: Day): CaymanEstimate | null {
  const first = readings[0];
  if (!first || at < readingDay(first)) return null;
  for (let i = 0; i < readings.length; i++) {
    const a = readings[i] as CaymanReading;
    const ta = readingDay(a);
    if (at === ta) return { valueBn: a.valueBn.value, method: a.kind, from: [a], note: describe(a) };
    const b = readings[i + 1];
    if (b === undefined) {
      return { valueBn: a.valueBn.value, method: "carried forward", from: [a], note: `carried forward from ${describe(a)}` };
    }
    const tb = readingDay(b);
    if (at < tb) {
      const valueBn = a.valueBn.value + ((b.valueBn.value - a.valueBn.value) * (at - ta)) / (tb - ta);
      return { valueBn, method: "interpolated", from: [a, b], note: `interpolated linearly between ${describe(a)} and ${describe(b)}` };
    }
  }
  return null; // unreachable: the loop returns at the last reading
}

/** The estimate and undercount U_t = max(0, KY_HF_t − TIC_KY_t) at a quarter-end. */
export function caymanGap(readings: readonly CaymanReading[], quarter: Day, ticCayman: number | null): CaymanGap {
  const estimate = ticCayman === null ? null : caymanEstimate(readings, quarter);
  const undercount = estimate && ticCayman !== null ? Math.max(0, estimate.valueBn - ticCayman) : 0;
  return { quarter, estimate, ticCayman, undercount };
}
