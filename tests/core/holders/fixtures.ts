/** Hand-made holder inputs and assumptions for the engine's unit tests (numbers chosen to be easy to check). */
import { HolderInputs } from "../../../src/core/holders/inputs";
import { HOLDER_DEFAULTS, HolderAssumptions, CaymanReading } from "../../../src/core/assumptions/holders";
import { Day, ymd } from "../../../src/core/dates";

/** A quarter whose OFS-2 columns sum exactly: 100 + 900 = 1,000 total. */
export function inputs(quarter: Day, over: Partial<HolderInputs> = {}): HolderInputs {
  return {
    quarter,
    ofs2: {
      total: 1000,
      fedAndGovt: 300,
      depository: 50,
      savingsBonds: 10,
      privatePensions: 20,
      slPensions: 30,
      insurers: 40,
      mutualFunds: 100,
      slGovernments: 50,
      foreign: 250,
      otherInvestors: 150,
    },
    somaBn: 120,
    ticOfficial: 150,
    ticCayman: 20,
    ...over,
  };
}

export function reading(date: string, value: number, kind: CaymanReading["kind"]): CaymanReading {
  return { date, kind, valueBn: { value, label: "test", unit: "USD bn", min: 0, max: 10000, source: "test" } };
}

/** Defaults with the given Cayman readings. */
export function withReadings(readings: CaymanReading[]): HolderAssumptions {
  const a = JSON.parse(JSON.stringify(HOLDER_DEFAULTS)) as HolderAssumptions;
  a.caymanReadings = readings;
  return a;
}

/** Readings 2020-12-31 = 40 (chart-read) and 2021-12-31 = 100 (anchored). */
export const TWO_READINGS = withReadings([reading("2020-12-31", 40, "chart-read"), reading("2021-12-31", 100, "anchored")]);
export const Q4_2021 = ymd(2021, 12, 31);
