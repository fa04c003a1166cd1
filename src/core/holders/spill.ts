/**
 * Cell layouts of the holder functions (header row first, the quarter actually used stated in the
 * header, totals last). Layout only: every number comes from the engine unchanged.
 */
import { formatISO } from "../dates";
import { noData } from "../errors";
import { SENSITIVITY_CLASSES } from "../assumptions/holders";
import { HolderTable } from "./table";
import { Flows } from "./flows";
import { Stability } from "./stability";
import { CaymanGap } from "./cayman";

export type Cells = (string | number)[][];

export const HOLDER_UNITS = ["bn", "pct"] as const;
export type HolderUnits = (typeof HOLDER_UNITS)[number];

const TOTAL_LABEL = "Total public debt";

/**
 * UST.HOLDERS: sector, USD bn, share of total (decimal), basis; or with "pct" sector and % of total.
 * @example holdersCells(t, "bn")[0] //=> ["Sector (2024-12-31, reported)", "USD bn", "Share of total", "Basis"]
 */
export function holdersCells(t: HolderTable, units: HolderUnits): Cells {
  const title = `Sector (${formatISO(t.quarter)}, ${t.view})`;
  if (units === "pct") {
    return [[title, "% of total"], ...t.rows.map((r) => [r.label, (100 * r.amount) / t.total]), [TOTAL_LABEL, 100]];
  }
  return [
    [title, "USD bn", "Share of total", "Basis"],
    ...t.rows.map((r) => [r.label, r.amount, r.amount / t.total, `${r.kind}: ${r.basis}`]),
    [TOTAL_LABEL, t.total, 1, "official: OFS-2 col 1"],
  ];
}

/** UST.FLOWS: sector, change USD bn, share of net issuance; sorted, marginal buyer first; total last. */
export function flowsCells(f: Flows): Cells {
  const title = `Sector (${formatISO(f.start.quarter)} to ${formatISO(f.end.quarter)}, ${f.end.view})`;
  return [
    [title, "Change, USD bn", "Share of net issuance"],
    ...f.rows.map((r) => [r.label, r.change, r.share]),
    ["Net issuance (change in total public debt)", f.netIssuance, 1],
  ];
}

const CLASS_LABEL: Record<(typeof SENSITIVITY_CLASSES)[number], string> = {
  "price-insensitive": "Price-insensitive share",
  regulated: "Regulated share",
  leveraged: "Leveraged share",
  residual: "Residual share",
};

/** UST.STABILITY: the class shares of the market, the weighted index and the market size. */
export function stabilityCells(t: HolderTable, s: Stability): Cells {
  const market = s.base === "public" ? "debt held by the public" : "total public debt";
  return [
    [`Measure (${formatISO(t.quarter)}, ${t.view}, market = ${market})`, "Value"],
    ...SENSITIVITY_CLASSES.map((c) => [CLASS_LABEL[c], s.share[c]]),
    ["Sensitivity index (0 = hold to maturity, 1 = forced sellers)", s.index],
    [`Market, USD bn (${market})`, s.market],
  ];
}

/** UST.GAP: the estimated TIC undercount and how it was obtained. #N/A where there is no estimate. */
export function gapCells(g: CaymanGap): Cells {
  const e = g.estimate;
  if (!e || g.ticCayman === null) {
    throw noData(`no Cayman hedge-fund estimate at ${formatISO(g.quarter)}: the Form PF readings start later (or TIC does not publish the Cayman Islands); the cayman_adj view equals reported there`);
  }
  return [
    [`Item (${formatISO(g.quarter)})`, "Value"],
    ["Cayman hedge funds' Treasuries (Form PF), USD bn", e.valueBn],
    ["How obtained", e.note],
    ["Source", e.from.map((r) => r.valueBn.source).join(" | ")],
    ["TIC Cayman Islands, USD bn", g.ticCayman],
    ["Undercount U = max(0, estimate − TIC), USD bn", g.undercount],
  ];
}
