/**
 * Flows and the marginal buyer: who absorbed the change in total public debt (net issuance) between
 * two quarter-ends.
 *
 * Formula: Δ_s = H_s(end) − H_s(start); share_s = Δ_s / ΔTotal, with ΔTotal = Total(end) − Total(start).
 * Because every sector table sums to the total, Σ share_s = 1 exactly. Rows are sorted by Δ_s,
 * largest first: the first row is the marginal buyer. (Flow-of-funds accounting as in the Fed's
 * Financial Accounts Z.1, where a sector's net acquisitions of Treasuries sum to net issuance.)
 */
import { formatISO } from "../dates";
import { badArg, noSolution } from "../errors";
import { HolderTable } from "./table";
import { SECTORS, SectorId } from "./sectors";

export interface FlowRow {
  id: SectorId;
  label: string;
  start: number;
  end: number;
  change: number;
  /** share of net issuance absorbed, decimal */
  share: number;
}

export interface Flows {
  start: HolderTable;
  end: HolderTable;
  netIssuance: number;
  /** sorted: largest absorber first */
  rows: FlowRow[];
}

/** Ids of `table`'s rows that `other` lacks (they are folded into their parent on both sides). */
function foldedIds(table: HolderTable, other: HolderTable): SectorId[] {
  const present = new Set(other.rows.map((r) => r.id));
  return table.rows.map((r) => r.id).filter((id) => !present.has(id) && SECTORS[id].foldInto !== undefined);
}

/** Sector amounts keyed by id, with the `folded` sectors added to their parent. */
function amountsFolded(table: HolderTable, folded: readonly SectorId[]): Map<SectorId, number> {
  const out = new Map<SectorId, number>();
  for (const r of table.rows) {
    const id = folded.includes(r.id) ? (SECTORS[r.id].foldInto as SectorId) : r.id;
    out.set(id, (out.get(id) ?? 0) + r.amount);
  }
  return out;
}

function foldedLabel(id: SectorId, folded: readonly SectorId[], end: HolderTable): string {
  const inside = folded.filter((f) => SECTORS[f].foldInto === id).map((f) => SECTORS[f].label);
  if (inside.length) return `${SECTORS[id].label} (incl. ${inside.join(", ")})`;
  return end.rows.find((r) => r.id === id)?.label ?? SECTORS[id].label;
}

/**
 * @example holderFlows(reported(2021-12-31), reported(2024-12-31)).rows[0] //=> { id: "other_investors", change: 4808.1, share: 0.728 }; netIssuance 6601.4
 */
export function holderFlows(start: HolderTable, end: HolderTable): Flows {
  if (end.quarter <= start.quarter) {
    throw badArg("end", `must be a later quarter than start (start uses ${formatISO(start.quarter)}, end uses ${formatISO(end.quarter)})`);
  }
  const netIssuance = end.total - start.total;
  if (netIssuance === 0) throw noSolution("total public debt did not change over the window: shares of net issuance are undefined");
  const folded = [...foldedIds(start, end), ...foldedIds(end, start)];
  const a = amountsFolded(start, folded);
  const b = amountsFolded(end, folded);
  const rows: FlowRow[] = [...b.keys()].map((id) => {
    const s = a.get(id) ?? 0;
    const e = b.get(id) ?? 0;
    return { id, label: foldedLabel(id, folded, end), start: s, end: e, change: e - s, share: (e - s) / netIssuance };
  });
  rows.sort((x, y) => y.change - x.change);
  return { start, end, netIssuance, rows };
}
