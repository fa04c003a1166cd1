/**
 * The three views of the holder table at one quarter-end (methodology §4.1):
 *
 * - `reported`: OFS-2 as published; col 2 split into Fed = SOMA (H.4.1 TREAST) and Government
 *   accounts = col 2 − SOMA; col 11 split into foreign official (TIC), Cayman Islands (TIC) and
 *   foreign private = col 11 − official − Cayman; other investors = total − every other row (OFS-2's
 *   own definition of the residual; equals col 12 up to the table's rounding).
 * - `cayman_adj` (step 5): U_t moves from other investors to the Cayman Islands. Foreign total =
 *   TIC_FOR + U; Cayman = TIC_KY + U; other investors −= U (Z.1's household residual absorbs the TIC
 *   error: FEDS Note 2025-10-15 and Z.1 technical Q&A).
 * - `nationality` (step 5, toggle): starting from `cayman_adj`, the whole KY_HF_t moves from the
 *   Cayman Islands to "US owners via offshore funds" (on an ultimate-nationality basis these holdings
 *   "would largely be attributed to the United States", FEDS Note 2025-10-15).
 *
 * The total never changes: amounts only move between rows.
 */
import { formatISO } from "../dates";
import { noSolution } from "../errors";
import { HolderAssumptions } from "../assumptions/holders";
import { HolderInputs } from "./inputs";
import { SECTORS, SectorId } from "./sectors";
import { HolderTable, RowKind, SectorRow, View, adjustRow, rowOf } from "./table";
import { caymanGap } from "./cayman";

function row(id: SectorId, amount: number, kind: RowKind, basis: string, label = SECTORS[id].label): SectorRow {
  return { id, label, amount, kind, basis };
}

/**
 * The `reported` table: official numbers, two official splits, and the residual.
 * @see Treasury Bulletin table OFS-2; FRED TREAST (H.4.1); TIC "Major Foreign Holders" (mfhhis01.txt)
 * @example holdingOf(reportedTable(inputsAt(2024-12-31)), "cayman") //=> 423 (TIC); "other_investors" //=> 6243.9
 */
export function reportedTable(x: HolderInputs): HolderTable {
  const o = x.ofs2;
  const cayman = x.ticCayman;
  const rows: SectorRow[] = [
    row("fed", x.somaBn, "official", "H.4.1 TREAST, last weekly level in the quarter"),
    row("govt_accounts", o.fedAndGovt - x.somaBn, "residual", "OFS-2 col 2 − SOMA"),
    row("foreign_official", x.ticOfficial, "official", "TIC foreign official"),
    cayman === null
      ? row("foreign_private", o.foreign - x.ticOfficial, "residual", "OFS-2 col 11 − TIC official", "Foreign private (incl. Cayman Islands)")
      : row("foreign_private", o.foreign - x.ticOfficial - cayman, "residual", "OFS-2 col 11 − TIC official − TIC Cayman"),
    ...(cayman === null ? [] : [row("cayman", cayman, "official", "TIC Cayman Islands")]),
    row("depository", o.depository, "official", "OFS-2 col 4"),
    row("mutual_funds", o.mutualFunds, "official", "OFS-2 col 9"),
    row("private_pensions", o.privatePensions, "official", "OFS-2 col 6"),
    row("sl_pensions", o.slPensions, "official", "OFS-2 col 7"),
    row("insurers", o.insurers, "official", "OFS-2 col 8"),
    row("sl_governments", o.slGovernments, "official", "OFS-2 col 10"),
    row("savings_bonds", o.savingsBonds, "official", "OFS-2 col 5"),
  ];
  const allButResidual = rows.reduce((s, r) => s + r.amount, 0);
  rows.push(row("other_investors", o.total - allButResidual, "residual", `total − all other rows (OFS-2 col 12 prints ${o.otherInvestors.toFixed(1)})`));
  return { quarter: x.quarter, view: "reported", total: o.total, rows, gap: null };
}

/**
 * The `cayman_adj` table: U_t moved from other investors to the Cayman Islands.
 * @see methodology §4.1 step 5; FEDS Note 2025-10-15 ($1.85 tn Form PF vs $423 bn TIC)
 * @example holdingOf(caymanAdjustedTable(inputsAt(2024-12-31), HOLDER_DEFAULTS), "cayman") //=> 1850; "other_investors" //=> 4816.9
 */
export function caymanAdjustedTable(x: HolderInputs, a: HolderAssumptions): HolderTable {
  const table = reportedTable(x);
  const gap = caymanGap(a.caymanReadings, x.quarter, x.ticCayman);
  table.view = "cayman_adj";
  table.gap = gap;
  if (gap.undercount > 0 && gap.estimate) {
    const other = rowOf(table, "other_investors");
    if (!other || other.amount < gap.undercount) {
      throw noSolution(`the Cayman undercount ${gap.undercount.toFixed(1)} exceeds other investors at ${formatISO(x.quarter)}; check the Cayman readings`);
    }
    const note = `undercount ${gap.undercount.toFixed(1)} (${gap.estimate.method})`;
    adjustRow(table, "cayman", gap.undercount, `+ ${note}`);
    adjustRow(table, "other_investors", -gap.undercount, `− ${note}`);
  }
  return table;
}

/**
 * The `nationality` table: Cayman hedge funds' whole estimate attributed to US owners.
 * @see methodology §4.1 step 5 ("basis = nationality"); FEDS Note 2025-10-15 caveat on ultimate nationality
 * @example holdingOf(nationalityTable(inputsAt(2024-12-31), HOLDER_DEFAULTS), "us_offshore_funds") //=> 1850; "foreign" //=> 8196.6
 */
export function nationalityTable(x: HolderInputs, a: HolderAssumptions): HolderTable {
  const table = caymanAdjustedTable(x, a);
  table.view = "nationality";
  const estimate = table.gap?.estimate;
  if (estimate) {
    adjustRow(table, "cayman", -estimate.valueBn, `− Cayman HF ${estimate.valueBn.toFixed(1)} (${estimate.method}) to US owners`);
    const where = table.rows.findIndex((r) => r.id === "cayman") + 1;
    table.rows.splice(where, 0, row("us_offshore_funds", estimate.valueBn, "adjusted", `Cayman HF estimate (${estimate.note})`));
  }
  return table;
}

const BUILDERS: Record<View, (x: HolderInputs, a: HolderAssumptions) => HolderTable> = {
  reported: (x) => reportedTable(x),
  cayman_adj: caymanAdjustedTable,
  nationality: nationalityTable,
};

/** The sector table of a view at one quarter. */
export function holderTable(x: HolderInputs, view: View, a: HolderAssumptions): HolderTable {
  return BUILDERS[view](x, a);
}
