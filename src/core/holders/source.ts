/**
 * The holder engine's inputs read from the series store (src/core/data/store.ts): OFS-2 columns,
 * SOMA Treasuries at quarter end, TIC foreign official and Cayman Islands at the quarter-end month.
 * A quarter is usable when every required series has an observation dated exactly at its end.
 */
import { Day } from "../dates";
import { noData } from "../errors";
import { SeriesStore, Series, findExact } from "../data/store";
import { HolderInputs, HolderSource, Ofs2Quarter } from "./inputs";

/** Store series id of each OFS-2 field. */
const OFS2_IDS: Readonly<Record<keyof Ofs2Quarter, string>> = {
  total: "ofs2.total",
  fedAndGovt: "ofs2.fed_gov",
  depository: "ofs2.depository",
  savingsBonds: "ofs2.savings_bonds",
  privatePensions: "ofs2.pension_private",
  slPensions: "ofs2.pension_state_local",
  insurers: "ofs2.insurance",
  mutualFunds: "ofs2.mutual_funds",
  slGovernments: "ofs2.state_local",
  foreign: "ofs2.foreign",
  otherInvestors: "ofs2.other",
};
const SOMA_ID = "fed.soma_treasury";
const TIC_OFFICIAL_ID = "tic.foreign_official";
const TIC_CAYMAN_ID = "tic.cayman_islands";

/** Multiplier to USD bn from a series' unit ("USD billions" or "USD millions"). */
function toBillions(s: Series): number {
  const unit = s.unit.toLowerCase();
  if (unit.includes("billion")) return 1;
  if (unit.includes("million")) return 1 / 1000;
  throw new Error(`series ${s.id}: unit "${s.unit}" is not USD billions or millions`);
}

function valueAt(s: Series, day: Day): number | undefined {
  const v = findExact(s, day)?.value;
  return v === undefined ? undefined : v * toBillions(s);
}

class StoreHolderSource implements HolderSource {
  private readonly ofs2: Record<keyof Ofs2Quarter, Series>;
  private readonly required: Series[];
  private readonly soma: Series;
  private readonly official: Series;
  private readonly cayman: Series | undefined;
  private readonly usable: readonly Day[];
  /** inputs already read (the store is immutable, so they never go stale) */
  private readonly read = new Map<Day, HolderInputs>();

  constructor(store: SeriesStore) {
    this.ofs2 = Object.fromEntries(Object.entries(OFS2_IDS).map(([k, id]) => [k, store.require(id)])) as Record<keyof Ofs2Quarter, Series>;
    this.soma = store.require(SOMA_ID);
    this.official = store.require(TIC_OFFICIAL_ID);
    this.cayman = store.get(TIC_CAYMAN_ID);
    this.required = [...Object.values(this.ofs2), this.soma, this.official];
    this.usable = this.ofs2.total.dates.filter((d) => this.required.every((s) => findExact(s, d) !== undefined));
  }

  quarters(): readonly Day[] {
    return this.usable;
  }

  inputsAt(quarter: Day): HolderInputs {
    let x = this.read.get(quarter);
    if (!x) {
      x = this.readInputs(quarter);
      this.read.set(quarter, x);
    }
    return x;
  }

  private readInputs(quarter: Day): HolderInputs {
    const at = (s: Series): number => {
      const v = valueAt(s, quarter);
      if (v === undefined) throw noData(`${s.label} has no value at this quarter`);
      return v;
    };
    const ofs2 = Object.fromEntries(Object.entries(this.ofs2).map(([k, s]) => [k, at(s)])) as unknown as Ofs2Quarter;
    const cayman = this.cayman ? valueAt(this.cayman, quarter) : undefined;
    return { quarter, ofs2, somaBn: at(this.soma), ticOfficial: at(this.official), ticCayman: cayman ?? null };
  }
}

const CACHE = new WeakMap<SeriesStore, HolderSource>();

/** The holder inputs of a store (built once per store; stores are immutable). */
export function holderSource(store: SeriesStore): HolderSource {
  let s = CACHE.get(store);
  if (!s) {
    s = new StoreHolderSource(store);
    CACHE.set(store, s);
  }
  return s;
}
