/**
 * Holder-engine assumptions (methodology §4.1 and the UST.STABILITY classes): the Cayman hedge-fund
 * readings that drive the `cayman_adj` and `nationality` views, and each sector's price-sensitivity
 * class with the class weights. Plain JSON data: the taskpane edits it and saves it in the workbook.
 */
import { Param, checkParam } from "./param";
import { SECTOR_IDS, SectorId } from "../holders/sectors";
import { parseISO } from "../dates";

/** How a reading of Cayman-domiciled hedge funds' Treasury holdings was obtained. */
export const READING_KINDS = ["anchored", "chart-read", "inferred"] as const;
export type ReadingKind = (typeof READING_KINDS)[number];

export interface CaymanReading {
  /** quarter-end, ISO "YYYY-MM-DD" */
  date: string;
  kind: ReadingKind;
  /** Cayman-domiciled hedge funds' Treasury holdings, USD bn, with the source of the reading */
  valueBn: Param<number>;
}

export const SENSITIVITY_CLASSES = ["price-insensitive", "regulated", "leveraged", "residual"] as const;
export type SensitivityClass = (typeof SENSITIVITY_CLASSES)[number];

export interface HolderAssumptions {
  /** ascending by date; at least one "anchored" reading */
  caymanReadings: CaymanReading[];
  /** each sector's class (a keyword `Param` so the taskpane can edit it) */
  sectorClass: Record<SectorId, Param<string>>;
  /** sensitivity weight of each class, 0 = holds through stress … 1 = forced seller */
  classWeight: Record<SensitivityClass, Param<number>>;
  /** denominator of UST.STABILITY: "public" = debt held by the public (excl. Government accounts), or "total" */
  stabilityBase: Param<string>;
}

const FEDS_2025 =
  'Barth, Beltran, Hoops, Kahn, Liu, Perozek, "The Cross-Border Trail of the Treasury Basis Trade", FEDS Notes 2025-10-15';
const FIG_2A = `${FEDS_2025}, accessible data, Fig. 2a (Form PF, Cayman line; verbal reading of the chart)`;
const YEAR_END = "dated at the year end (design: the text gives the year only)";

function reading(date: string, valueBn: number, kind: ReadingKind, source: string): CaymanReading {
  return { date, kind, valueBn: { value: valueBn, label: `Cayman hedge funds' Treasuries at ${date} (${kind})`, unit: "USD bn", min: 0, max: 10000, source } };
}

const CLASS_SOURCE = "design; methodology §2.5 (Fed and foreign official as stable buyers), §3 (leveraged basis funds as forced sellers)";

function sensitivity(cls: SensitivityClass): Param<string> {
  return { value: cls, label: "Price-sensitivity class", unit: "keyword", options: SENSITIVITY_CLASSES, source: CLASS_SOURCE };
}

export const HOLDER_DEFAULTS: HolderAssumptions = {
  caymanReadings: [
    reading("2018-03-31", 500, "chart-read", `${FIG_2A}: "starts at around $500 billion in 2018" (first quarter of the chart)`),
    reading("2019-12-31", 1000, "chart-read", `${FIG_2A}: "quickly rises to around $1000 billion in 2019"; ${YEAR_END}`),
    reading("2021-12-31", 600, "chart-read", `${FIG_2A}: "falls back to around $600 billion by 2021"; ${YEAR_END}`),
    reading("2022-12-31", 850, "inferred", `1,850 − 1,000: "$1 trillion since 2022" (Jin10 summary of the ${FEDS_2025}, 2025-10-17); methodology §1.5`),
    reading("2024-12-31", 1850, "anchored", `${FEDS_2025}: "reaching $1.85 trillion by the end of 2024"`),
  ],
  sectorClass: {
    fed: sensitivity("price-insensitive"),
    govt_accounts: sensitivity("price-insensitive"),
    foreign_official: sensitivity("price-insensitive"),
    savings_bonds: sensitivity("price-insensitive"),
    depository: sensitivity("regulated"),
    insurers: sensitivity("regulated"),
    private_pensions: sensitivity("regulated"),
    sl_pensions: sensitivity("regulated"),
    mutual_funds: sensitivity("regulated"),
    sl_governments: sensitivity("regulated"),
    cayman: sensitivity("leveraged"),
    us_offshore_funds: sensitivity("leveraged"),
    foreign_private: sensitivity("residual"),
    other_investors: sensitivity("residual"),
  },
  classWeight: {
    "price-insensitive": { value: 0, label: "Price-insensitive (Fed, Government accounts, foreign official, savings bonds)", unit: "weight 0–1", min: 0, max: 1, source: "design; seed article: the Fed and foreign central banks as hold-to-maturity 'pillars'" },
    regulated: { value: 0.5, label: "Regulated balance sheets (banks, insurers, pensions, funds, S&L)", unit: "weight 0–1", min: 0, max: 1, source: "design (ordinal scale)" },
    leveraged: { value: 1, label: "Leveraged (Cayman hedge funds, basis trade)", unit: "weight 0–1", min: 0, max: 1, source: "design; forced sellers when repo or margins tighten (Barth & Kahn, OFR Brief 20-01, 2020)" },
    residual: { value: 0.75, label: "Residual (other investors, foreign private)", unit: "weight 0–1", min: 0, max: 1, source: "design (ordinal scale)" },
  },
  stabilityBase: {
    value: "public",
    label: "Market measured as",
    unit: "keyword",
    options: ["public", "total"],
    source: "Treasury: debt held by the public = total public debt − intragovernmental holdings",
  },
};

/** checkParam on `params[key]` for every key, reporting a missing one too. */
function checkEach<K extends string>(prefix: string, params: Partial<Record<K, Param>>, keys: readonly K[]): string[] {
  return keys.flatMap((k) => {
    const p = params[k];
    const msg = p ? checkParam(`${prefix}.${k}`, p, p.value) : `${prefix}.${k}: missing`;
    return msg ? [msg] : [];
  });
}

/** Checks holder assumptions; returns the list of problems (empty when valid). */
export function checkHolderAssumptions(a: HolderAssumptions): string[] {
  const problems: string[] = [];
  let previous = -Infinity;
  a.caymanReadings.forEach((r, i) => {
    const at = `caymanReadings[${i}]`;
    const day = parseISO(r.date);
    if (day === null) problems.push(`${at}.date: "${r.date}" is not a YYYY-MM-DD date`);
    else if (day <= previous) problems.push(`${at}.date: readings must be in ascending date order`);
    else previous = day;
    problems.push(...checkEach(at, r, ["valueBn"]));
    if (!READING_KINDS.includes(r.kind)) problems.push(`${at}.kind: must be one of ${READING_KINDS.join(", ")}`);
  });
  if (!a.caymanReadings.some((r) => r.kind === "anchored")) problems.push("caymanReadings: at least one reading must be anchored");
  problems.push(...checkEach("sectorClass", a.sectorClass, SECTOR_IDS));
  problems.push(...checkEach("classWeight", a.classWeight, SENSITIVITY_CLASSES));
  problems.push(...checkEach("holders", a, ["stabilityBase"]));
  return problems;
}
