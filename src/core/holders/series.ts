/**
 * A holder sector in a view as a quarterly `Series` of the store's shape, so UST.SERIES can show
 * `cayman_adj` and `nationality` sector series with its units and frequency conversion
 * (`seriesWindow` in src/core/data/query.ts takes any `Series`).
 * Quarters where the sector does not exist (Cayman Islands before 2012) are left out, never zero.
 */
import { Day } from "../dates";
import { HolderAssumptions } from "../assumptions/holders";
import { Series, SeriesStore } from "../data/store";
import { holderSource } from "./source";
import { holderTable } from "./views";
import { View, holdingOf, rowOf, sectorId } from "./table";
import { SECTORS, isAggregate } from "./sectors";

const VIEW_NOTE: Record<View, string> = {
  reported: "OFS-2 with the Fed split by H.4.1 SOMA and foreign holders by TIC",
  cayman_adj: "Cayman-adjusted: the TIC undercount of Cayman hedge funds moved from other investors (FEDS Note 2025-10-15; methodology §4.1)",
  nationality: "nationality basis: Cayman hedge funds' holdings attributed to US owners (FEDS Note 2025-10-15; methodology §4.1 step 5)",
};

/**
 * @example sectorSeries(store, "cayman", "cayman_adj", HOLDER_DEFAULTS).values.at(-2) //=> 1850 (2024-12-31)
 */
export function sectorSeries(store: SeriesStore, sector: string, view: View, a: HolderAssumptions, arg = "series"): Series {
  const id = sectorId(sector, arg);
  // Built once per store, assumptions object (replaced, never mutated, on every edit), view and sector:
  // a series walks every quarter's holder table.
  let perStore = MEMO.get(store);
  if (!perStore) MEMO.set(store, (perStore = new WeakMap()));
  let perAssumptions = perStore.get(a);
  if (!perAssumptions) perStore.set(a, (perAssumptions = new Map()));
  const key = `${view}:${id}`;
  let series = perAssumptions.get(key);
  if (!series) perAssumptions.set(key, (series = buildSectorSeries(store, id, view, a)));
  return series;
}

const MEMO = new WeakMap<SeriesStore, WeakMap<HolderAssumptions, Map<string, Series>>>();

function buildSectorSeries(store: SeriesStore, id: ReturnType<typeof sectorId>, view: View, a: HolderAssumptions): Series {
  const source = holderSource(store);
  const dates: Day[] = [];
  const values: number[] = [];
  for (const q of source.quarters()) {
    const t = holderTable(source.inputsAt(q), view, a);
    if (!isAggregate(id) && !rowOf(t, id)) continue;
    dates.push(q);
    values.push(holdingOf(t, id));
  }
  const base = store.require("ofs2.total").provenance;
  const label = isAggregate(id) ? `Holders: ${id}` : SECTORS[id].label;
  return {
    id: `holders.${view}.${id}`,
    label: `${label} (${view})`,
    aliases: [],
    freq: "q",
    unit: "USD billions",
    provenance: {
      source: { ...base.source, kind: view === "reported" ? "official" : "adjusted" },
      code: `holder engine, ${view}`,
      notes: VIEW_NOTE[view],
    },
    dates,
    values,
  };
}
