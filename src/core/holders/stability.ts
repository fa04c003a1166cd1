/**
 * Stability of the holder base: the share of the market held by each price-sensitivity class
 * (price-insensitive / regulated / leveraged / residual, per sector in the assumptions), and a
 * weighted sensitivity index.
 *
 * Formulas, with H_s a sector's holdings, c(s) its class, w_c the class weight and M the market:
 *   M = total public debt − Government accounts ("public": debt held by the public, Treasury's
 *       definition) or M = total public debt ("total");
 *   share_c = Σ_{s: c(s)=c} H_s / M;   index = Σ_c w_c · share_c  (0 = all hold-to-maturity, 1 = all forced sellers).
 * The seed article's reading: the Fed and foreign official holders ("two stable pillars") carried the
 * market after 2008; the marginal buyer is now leveraged.
 */
import { HolderAssumptions, SENSITIVITY_CLASSES, SensitivityClass } from "../assumptions/holders";
import { badArg } from "../errors";
import { HolderTable } from "./table";
import { SectorId } from "./sectors";

export const STABILITY_BASES = ["public", "total"] as const;
export type StabilityBase = (typeof STABILITY_BASES)[number];

export interface Stability {
  base: StabilityBase;
  /** M, USD bn */
  market: number;
  share: Record<SensitivityClass, number>;
  /** Σ w_c · share_c */
  index: number;
}

function classOf(a: HolderAssumptions, id: SectorId): SensitivityClass {
  const value = a.sectorClass[id]?.value;
  const cls = SENSITIVITY_CLASSES.find((c) => c === value);
  if (!cls) throw badArg(`sectorClass.${id}`, `must be one of ${SENSITIVITY_CLASSES.join(", ")} (assumptions)`);
  return cls;
}

/** @example stability(reported2024Q4, HOLDER_DEFAULTS).share["price-insensitive"] //=> 0.286… (Fed + foreign official + savings bonds over debt held by the public) */
export function stability(table: HolderTable, a: HolderAssumptions): Stability {
  const base = STABILITY_BASES.find((b) => b === a.stabilityBase.value);
  if (!base) throw badArg("stabilityBase", `must be one of ${STABILITY_BASES.join(", ")} (assumptions)`);
  const rows = table.rows.filter((r) => base === "total" || r.id !== "govt_accounts");
  const market = rows.reduce((s, r) => s + r.amount, 0);
  const share = Object.fromEntries(SENSITIVITY_CLASSES.map((c) => [c, 0])) as Record<SensitivityClass, number>;
  for (const r of rows) share[classOf(a, r.id)] += r.amount / market;
  const index = SENSITIVITY_CLASSES.reduce((s, c) => s + a.classWeight[c].value * share[c], 0);
  return { base, market, share, index };
}
