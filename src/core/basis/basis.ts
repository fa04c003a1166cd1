/**
 * The cash–futures basis of a deliverable Treasury, per 100 face. Money-market legs are act/360 (US repo).
 * Sources: Burghardt, Belton, Lane & Papa, *The Treasury Bond Basis* (3rd ed., 2005), ch. 1–2;
 * MathWorks Financial Instruments Toolbox `bndfutimprepo` and `bndfutprice` (which cite it); CME Group,
 * "Understanding Treasury Futures" (invoice). Notation: P clean price, F futures price, CF conversion factor,
 * AIₛ and AI_d accrued at settlement and delivery (act/act, street), B = P + AIₛ the dirty price,
 * D = delivery − settlement days, cᵢ a coupon paid between them and Dᵢ its days to delivery.
 */
import { Day } from "../dates";
import { badArg, noSolution } from "../errors";
import { checkPrice, checkRate } from "../bonds/rates";
import { CONVENTIONS } from "../bonds/conventions";
import { accruedInterest, viewFor } from "../bonds/price";
import { BondTerms } from "../bonds/schedule";

export interface BasisPosition {
  bond: BondTerms;
  /** clean price per 100 */
  price: number;
  settle: Day;
  delivery: Day;
}

interface CarryLeg {
  dirty: number;
  accruedSettle: number;
  accruedDelivery: number;
  days: number;
  coupons: { amount: number; daysToDelivery: number }[];
}

function carryLeg(p: BasisPosition): CarryLeg {
  checkPrice(p.price, "price");
  if (p.delivery <= p.settle) throw badArg("delivery", "must be after settlement");
  if (p.delivery >= p.bond.maturity) throw badArg("delivery", "must be before the bond's maturity");
  const atSettle = viewFor(p.bond, p.settle, CONVENTIONS.street, p.delivery);
  const coupons = atSettle.flows
    .filter((f) => f.date > p.settle)
    .map((f) => ({ amount: f.amount, daysToDelivery: p.delivery - f.date }));
  return {
    dirty: p.price + atSettle.accrued,
    accruedSettle: atSettle.accrued,
    accruedDelivery: accruedInterest(p.bond, p.delivery, CONVENTIONS.street),
    days: p.delivery - p.settle,
    coupons,
  };
}

/** Gross basis = P − F·CF. @example grossBasis(102.4375, 103.53125, 0.98) //=> 0.976875 */
export function grossBasis(price: number, futures: number, cf: number): number {
  return price - futures * cf;
}

/**
 * Invoice amount = (F·CF + AI_d) × face/100 (CME, "Understanding Treasury Futures").
 * @example invoice(125.265625, 0.8072, 0, 100000) //=> 101114.41
 */
export function invoice(futures: number, cf: number, accruedAtDelivery: number, face: number): number {
  const amount = ((futures * cf + accruedAtDelivery) * face) / 100;
  if (!Number.isFinite(amount)) throw noSolution(`the invoice amount overflows for a face of ${face}`);
  return amount;
}

/**
 * Carry = coupon income − financing = (AI_d − AIₛ + Σcᵢ) + Σcᵢ·repo·Dᵢ/360 − B·repo·D/360
 * (coupons received before delivery are reinvested at the repo rate).
 * @example carry({bond: 8.75% 15-Aug-2020, price: 129, settle: 2000-09-21, delivery: 2000-12-29}, 0.064) //=> 0.068057
 */
export function carry(p: BasisPosition, repo: number): number {
  return carryOf(carryLeg(p), checkRate(repo, "repo", true));
}

function carryOf(leg: CarryLeg, r: number): number {
  const couponIncome = leg.accruedDelivery - leg.accruedSettle + leg.coupons.reduce((s, c) => s + c.amount * (1 + (r * c.daysToDelivery) / 360), 0);
  return couponIncome - (leg.dirty * r * leg.days) / 360;
}

/** Net basis = gross basis − carry. */
export function netBasis(p: BasisPosition, futures: number, cf: number, repo: number): number {
  return grossBasis(p.price, futures, cf) - carry(p, repo);
}

/**
 * Implied repo rate (act/360): the financing rate at which buying the bond and delivering it is break-even,
 * B·(1 + r·D/360) = F·CF + AI_d + Σcᵢ·(1 + r·Dᵢ/360), so r = (F·CF + AI_d + Σcᵢ − B) / (B·D/360 − Σcᵢ·Dᵢ/360)
 * (Burghardt et al. ch. 2; MathWorks `bndfutimprepo`).
 * @example impliedRepo({bond: 8.75% 15-Aug-2020, price: 129, settle: 2000-09-21, delivery: 2000-12-29}, 98, 1.3136) //=> 0.0584
 */
export function impliedRepo(p: BasisPosition, futures: number, cf: number): number {
  return impliedRepoOf(carryLeg(p), futures, cf);
}

function impliedRepoOf(leg: CarryLeg, futures: number, cf: number): number {
  const coupons = leg.coupons.reduce((s, c) => s + c.amount, 0);
  const couponDays = leg.coupons.reduce((s, c) => s + c.amount * c.daysToDelivery, 0);
  const denominator = (leg.dirty * leg.days - couponDays) / 360;
  if (denominator <= 0) throw noSolution("the implied repo is undefined: the coupons before delivery exceed the financed amount");
  const rate = (invoice(futures, cf, leg.accruedDelivery, 100) + coupons - leg.dirty) / denominator;
  if (!Number.isFinite(rate)) throw noSolution(`the implied repo overflows: the dirty price ${leg.dirty} is too small to finance`);
  return rate;
}

/**
 * Fair (theoretical) futures price from a repo rate: F = [B·(1 + repo·D/360) − Σcᵢ·(1 + repo·Dᵢ/360) − AI_d] / CF
 * (MathWorks `bndfutprice`; the futures price at which the net basis is zero).
 * @example fairFutures({bond: 8.75% 15-Aug-2020, price: 129, settle: 2000-09-21, delivery: 2000-12-29}, 0.064, 1.3136) //=> 98.1516
 */
export function fairFutures(p: BasisPosition, repo: number, cf: number): number {
  const leg = carryLeg(p);
  const r = checkRate(repo, "repo", true);
  const forward = leg.dirty * (1 + (r * leg.days) / 360) - leg.coupons.reduce((s, c) => s + c.amount * (1 + (r * c.daysToDelivery) / 360), 0);
  return (forward - leg.accruedDelivery) / cf;
}

/** Carry and implied repo of one position from one schedule (the CTD screen's hot path). */
export function carryAndImpliedRepo(p: BasisPosition, futures: number, cf: number, repo: number): { carry: number; impliedRepo: number } {
  const leg = carryLeg(p);
  return { carry: carryOf(leg, checkRate(repo, "repo", true)), impliedRepo: impliedRepoOf(leg, futures, cf) };
}
