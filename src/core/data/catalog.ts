/**
 * Names of the store's series that come from upstream files a refresh re-reads: ids, labels, aliases,
 * and how each upstream row or code maps to a series. The table itself is `catalog.json`, shared with
 * `scripts/build-data.js`, so the embedded snapshot and a refresh name series identically.
 */
import CATALOG from "./catalog.json";

/** Identity of a store series. */
export interface SeriesName {
  readonly id: string;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly sector?: string;
}

/** A FRED series we read; `sampling` says how its observations become store periods. */
export interface FredEntry extends SeriesName {
  readonly code: string;
  /** Unit of FRED's values ("USD millions" are divided by 1000 into the store's USD billions). */
  readonly unit: string;
  /** "quarterly": first-of-quarter dates → quarter ends; "weekly-to-quarter-end": last weekly level of each quarter. */
  readonly sampling: "quarterly" | "weekly-to-quarter-end";
}

/** A debt-by-type series: its Treasury Bulletin FD-2 row and its FiscalData MSPD table 1 [type, class]. */
export interface DebtEntry extends SeriesName {
  readonly fd2: string;
  readonly mspd: readonly [string, string];
}

/** A Debt to the Penny field (dollars) and its quarter-end series. */
export interface DtpEntry extends SeriesName {
  readonly field: string;
}

export const FRED_SERIES = CATALOG.fred as readonly FredEntry[];
export const DEBT_SERIES = CATALOG.debt as unknown as readonly DebtEntry[];
export const DTP_SERIES = CATALOG.dtp as readonly DtpEntry[];
const TIC_NAMES = CATALOG.tic as unknown as Readonly<Record<string, readonly [string, string, readonly string[]]>>;

/**
 * Store identity of a TIC row, from its label as the data pack spells it ("China, Mainland",
 * "Of which: Foreign Official"): the catalog entry, else `tic.` + a slug of the label.
 * @example ticName("Cayman Islands").id //=> "tic.cayman_islands"
 */
export function ticName(label: string): SeriesName & { country: string } {
  const [slug, friendly, aliases] = TIC_NAMES[label] ?? [label.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, ""), label, []];
  return { id: `tic.${slug}`, label: friendly, aliases, country: label.replace(/^Of which: /, "") };
}
