/**
 * A sector table: one quarter, one view, leaf sectors that sum to total public debt. Every row keeps
 * how its amount was obtained so the provenance table and the taskpane can show it.
 */
import { Day, formatISO } from "../dates";
import { badArg, noData } from "../errors";
import { SectorId, SECTORS, AGGREGATES, AGGREGATE_IDS, SECTOR_IDS, AggregateId, isAggregate } from "./sectors";
import { CaymanGap } from "./cayman";

export const VIEWS = ["reported", "cayman_adj", "nationality"] as const;
export type View = (typeof VIEWS)[number];

/** official = as published; residual = total minus the other rows; adjusted = moved by the Cayman adjustment */
export type RowKind = "official" | "residual" | "adjusted";

export interface SectorRow {
  id: SectorId;
  label: string;
  amount: number;
  kind: RowKind;
  /** short provenance, e.g. "OFS-2 col 4" or "TIC 423.0 + undercount 1,427.0 (anchored)" */
  basis: string;
}

export interface HolderTable {
  quarter: Day;
  view: View;
  /** OFS-2 col 1, USD bn; never changed by a view */
  total: number;
  rows: SectorRow[];
  /** the Cayman estimate and undercount used (null in the reported view) */
  gap: CaymanGap | null;
}

export function rowOf(table: HolderTable, id: SectorId): SectorRow | undefined {
  return table.rows.find((r) => r.id === id);
}

/** Adds `delta` to a row, marking it adjusted with a note. */
export function adjustRow(table: HolderTable, id: SectorId, delta: number, note: string): void {
  const row = rowOf(table, id);
  if (!row) throw noData(`${SECTORS[id].label} is not available at this quarter`);
  row.amount += delta;
  row.kind = "adjusted";
  row.basis = `${row.basis}; ${note}`;
}

/**
 * Amount of a leaf sector or aggregate ("foreign", "total") in a table.
 * @example holdingOf(table2024Q4, "cayman") //=> 423 (reported view)
 */
export function holdingOf(table: HolderTable, sector: string): number {
  const id = sectorId(sector);
  if (isAggregate(id)) return AGGREGATES[id].reduce((s, leaf) => s + (rowOf(table, leaf)?.amount ?? 0), 0);
  const row = rowOf(table, id);
  if (!row) throw noData(`${SECTORS[id].label} is not in the ${table.view} table at ${formatISO(table.quarter)}${id === "cayman" ? " (TIC publishes it from 2012)" : ""}`);
  return row.amount;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Accepted spellings (ids and labels, squashed) → id. */
const NAMES = new Map<string, SectorId | AggregateId>([
  ...SECTOR_IDS.map((id) => [squash(SECTORS[id].label), id] as const),
  ...[...SECTOR_IDS, ...AGGREGATE_IDS].map((id) => [squash(id), id] as const),
]);

/** A sector or aggregate id from an id or label typed by the user ("Cayman Islands" → "cayman"). */
export function sectorId(sector: string, arg = "sector"): SectorId | AggregateId {
  const hit = NAMES.get(squash(sector));
  if (!hit) throw badArg(arg, `"${sector.slice(0, 40)}" is not a sector; use one of ${[...SECTOR_IDS, ...AGGREGATE_IDS].join(", ")}`);
  return hit;
}
