/**
 * Cheapest-to-deliver screen: every bond of a deliverable basket with its conversion factor, gross basis,
 * carry, net basis and implied repo, ranked by implied repo (highest first). The bond with the highest
 * implied repo is the cheapest to deliver (Burghardt et al., *The Treasury Bond Basis*, ch. 3;
 * rateslib `BondFuture.ctd_index`).
 */
import { Day } from "../dates";
import { badArg } from "../errors";
import { BondTerms } from "../bonds/schedule";
import { BasisPosition, carryAndImpliedRepo, grossBasis } from "./basis";
import { ContractSpec } from "./contracts";
import { conversionFactor } from "./conversionFactor";

export interface BasketBond {
  coupon: number;
  maturity: Day;
  /** clean price per 100 */
  price: number;
  /** conversion factor; computed from `contract` when null */
  cf: number | null;
}

export interface CtdRow extends BasketBond {
  cf: number;
  gross: number;
  carry: number;
  net: number;
  impliedRepo: number;
  isCtd: boolean;
}

export interface CtdMarket {
  futures: number;
  settle: Day;
  delivery: Day;
  repo: number;
  /** needed only for bonds without a conversion factor */
  contract: ContractSpec | null;
}

function factorFor(b: BasketBond, m: CtdMarket): number {
  if (b.cf !== null) return b.cf;
  if (m.contract === null) throw badArg("contract", "is needed to compute conversion factors (or give them as a 4th basket column)");
  return conversionFactor(b.coupon, b.maturity, m.contract, m.delivery).factor;
}

/**
 * @example ctdScreen(basket, {futures: 125.265625, settle, delivery, repo: 0.0105, contract: CONTRACTS.TY})[0].isCtd //=> true
 */
export function ctdScreen(basket: BasketBond[], m: CtdMarket): CtdRow[] {
  if (basket.length === 0) throw badArg("basket", "is empty");
  const rows = basket.map((b) => {
    const bond: BondTerms = { maturity: b.maturity, coupon: b.coupon, issue: null, firstCoupon: null };
    const position: BasisPosition = { bond, price: b.price, settle: m.settle, delivery: m.delivery };
    const cf = factorFor(b, m);
    const gross = grossBasis(b.price, m.futures, cf);
    const { carry, impliedRepo } = carryAndImpliedRepo(position, m.futures, cf, m.repo);
    return { ...b, cf, gross, carry, net: gross - carry, impliedRepo, isCtd: false };
  });
  rows.sort((x, y) => y.impliedRepo - x.impliedRepo);
  return rows.map((r, i) => ({ ...r, isCtd: i === 0 }));
}
