/**
 * The holder-sector taxonomy: stable ids and labels. Every sector table of every view is a list of
 * these leaf sectors and sums exactly to total public debt (OFS-2 column 1).
 *
 * Backbone: Treasury Bulletin table OFS-2 "Estimated Ownership of U.S. Treasury Securities".
 * Column 2 (Federal Reserve and Government accounts) is split with SOMA Treasuries (H.4.1 TREAST);
 * column 11 (foreign and international) is split with TIC "Major Foreign Holders" (foreign official,
 * Cayman Islands). "Other investors" is the residual, as OFS-2 itself defines it.
 */

export const SECTOR_IDS = [
  "fed",
  "govt_accounts",
  "foreign_official",
  "foreign_private",
  "cayman",
  "us_offshore_funds",
  "depository",
  "mutual_funds",
  "private_pensions",
  "sl_pensions",
  "insurers",
  "sl_governments",
  "savings_bonds",
  "other_investors",
] as const;

export type SectorId = (typeof SECTOR_IDS)[number];

export interface SectorInfo {
  label: string;
  /**
   * Optional sectors exist only in some quarters or views (TIC publishes the Cayman Islands from
   * 2012-01; the nationality bucket exists only where a Cayman estimate does). When a comparison
   * needs a sector that one side lacks, its amount is folded into this parent.
   */
  foldInto?: SectorId;
}

export const SECTORS: Readonly<Record<SectorId, SectorInfo>> = {
  fed: { label: "Federal Reserve (SOMA)" },
  govt_accounts: { label: "Government accounts (intragovernmental)" },
  foreign_official: { label: "Foreign official" },
  foreign_private: { label: "Foreign private" },
  cayman: { label: "Cayman Islands", foldInto: "foreign_private" },
  us_offshore_funds: { label: "US owners via offshore funds", foldInto: "other_investors" },
  depository: { label: "Depository institutions" },
  mutual_funds: { label: "Mutual funds (incl. MMFs)" },
  private_pensions: { label: "Private pension funds" },
  sl_pensions: { label: "State & local pension funds" },
  insurers: { label: "Insurance companies" },
  sl_governments: { label: "State & local governments" },
  savings_bonds: { label: "U.S. savings bonds" },
  other_investors: { label: "Other investors" },
};

/** Aggregates accepted by UST.HOLDING besides the leaf sectors. */
export const AGGREGATE_IDS = ["foreign", "total"] as const;
export type AggregateId = (typeof AGGREGATE_IDS)[number];

/** Leaf sectors that make up an aggregate ("total" is every sector). */
export const AGGREGATES: Readonly<Record<AggregateId, readonly SectorId[]>> = {
  foreign: ["foreign_official", "foreign_private", "cayman"],
  total: SECTOR_IDS,
};

export function isAggregate(id: SectorId | AggregateId): id is AggregateId {
  return (AGGREGATE_IDS as readonly string[]).includes(id);
}
