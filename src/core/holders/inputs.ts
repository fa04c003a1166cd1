/**
 * What the holder engine needs for one quarter-end, in USD billions, and where it comes from.
 * Kept small and independent of the series store so the engine can be tested with hand-made numbers;
 * `source.ts` builds it from the store.
 */
import { Day } from "../dates";

/** Treasury Bulletin OFS-2 columns used (all USD bn, as printed). */
export interface Ofs2Quarter {
  /** col 1 total public debt */
  total: number;
  /** col 2 Federal Reserve and Government accounts */
  fedAndGovt: number;
  depository: number;
  savingsBonds: number;
  privatePensions: number;
  slPensions: number;
  insurers: number;
  mutualFunds: number;
  slGovernments: number;
  /** col 11 foreign and international */
  foreign: number;
  /** col 12 other investors (as printed; the engine recomputes it as the residual) */
  otherInvestors: number;
}

export interface HolderInputs {
  /** the quarter-end the numbers are for */
  quarter: Day;
  ofs2: Ofs2Quarter;
  /** SOMA Treasury holdings (H.4.1 TREAST), USD bn, at the last weekly reading on or before the quarter-end */
  somaBn: number;
  /** TIC Major Foreign Holders at the quarter-end month, USD bn */
  ticOfficial: number;
  /** TIC "Cayman Islands"; null where TIC does not publish it separately (before 2012) */
  ticCayman: number | null;
}

/** The quarters the engine can use, and the inputs at each. */
export interface HolderSource {
  /** ascending quarter-ends with complete inputs */
  quarters(): readonly Day[];
  /** inputs at one of `quarters()` */
  inputsAt(quarter: Day): HolderInputs;
}
