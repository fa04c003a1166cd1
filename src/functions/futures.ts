/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands adapters numbers, text (dates, 32nds quotes), booleans or ranges; `any` lets the metadata generator declare them so, and coerce.ts types them on entry. */
/**
 * Treasury futures basis functions (UST.BASIS.CF … UST.BASIS.HEDGE; UST.BASIS.MAXLEV is in unwind.ts).
 * Thin adapters: coerce → core → shape. Finance lives in src/core/basis.
 */
import { toExcelSerial } from "../core/dates";
import { CONTRACTS, contract as resolveContract } from "../core/basis/contracts";
import { conversionFactor } from "../core/basis/conversionFactor";
import { BasisPosition, carry, fairFutures, grossBasis, impliedRepo, invoice, netBasis } from "../core/basis/basis";
import { BasketBond, ctdScreen } from "../core/basis/ctd";
import { hedge } from "../core/basis/hedge";
import { isMissing, choice, date, matrix, num, optNum, text } from "./coerce";
import { excel } from "./excel";
import { priceArg, rateArg, termsArg } from "./bonds";

function positionArg(price: unknown, coupon: unknown, maturity: unknown, settlement: unknown, delivery: unknown, issue?: unknown): BasisPosition {
  return { bond: termsArg(maturity, coupon, issue), price: priceArg(price, "price"), settle: date(settlement, "settlement"), delivery: date(delivery, "delivery") };
}

// CME conversion factors lie between about 0.3 (low-coupon long bonds) and 1.5 (high coupons, 6% notional).
const cfArg = (v: unknown) => num(v, "cf", { min: 0.05, max: 3, hint: "a conversion factor between 0.05 and 3, e.g. 0.8357" });
// DV01 per 100 face: about 0.02 for a 2-year note, 0.2 for a 30-year bond.
const dv01Arg = (v: unknown, name: string) => num(v, name, { min: 1e-6, max: 10, hint: "a DV01 per 100 face between 0.000001 and 10, e.g. 0.0689" });

/**
 * CME conversion factor of a deliverable Treasury (CME Group, "Calculating U.S. Treasury Futures Conversion Factors").
 * @customfunction BASIS.CF
 * @param coupon Annual coupon rate, decimal.
 * @param maturity Maturity date of the bond.
 * @param contract TU, Z3N (3YR), FV, TY, TN, US or UB (also ZT, ZF, ZN, ZB).
 * @param delivery_month Any date in the delivery month.
 * @param output "factor" (default) or "explain" (spills n, z, v, a, b, c, d and the factor).
 * @returns {any[][]} Conversion factor, 4 decimals (one cell); or the explain table (label, value).
 */
export function basisCf(coupon: any, maturity: any, contract: any, delivery_month: any, output?: any) {
  return excel(() => {
    const t = conversionFactor(rateArg(coupon, "coupon"), date(maturity, "maturity"), resolveContract(text(contract, "contract")), date(delivery_month, "delivery_month"));
    if (choice(output, "output", ["factor", "explain"], "factor") === "factor") return [[t.factor]];
    return [["n", t.n], ["z", t.z], ["v", t.v], ["a", t.a], ["b", t.b], ["c", t.c], ["d", t.d], ["factor (unrounded)", t.unrounded], ["factor", t.factor]];
  });
}

/**
 * Gross basis = price − futures × CF (Burghardt et al., The Treasury Bond Basis).
 * @customfunction BASIS.GROSS
 * @param price Clean price of the bond per 100: a number or a 32nds quote.
 * @param futures Futures price: a number or a 32nds quote ("125-08+").
 * @param cf Conversion factor.
 * @returns Gross basis, price points per 100 face.
 */
export function basisGross(price: any, futures: any, cf: any): number | CustomFunctions.Error {
  return excel(() => grossBasis(priceArg(price, "price"), priceArg(futures, "futures"), cfArg(cf)));
}

/**
 * Carry to delivery = coupon income − repo financing (act/360), coupons before delivery reinvested at repo.
 * Source: Burghardt, Belton, Lane & Papa, The Treasury Bond Basis (3rd ed.), ch. 1–2.
 * @customfunction BASIS.CARRY
 * @param price Clean price per 100: a number or a 32nds quote.
 * @param coupon Annual coupon rate, decimal.
 * @param maturity Maturity date.
 * @param settlement Settlement date of the cash bond.
 * @param delivery Futures delivery date.
 * @param repo Term repo rate, decimal, act/360.
 * @param issue Dated date of the first coupon period, if the first coupon is odd.
 * @returns Carry, price points per 100 face.
 */
export function basisCarry(price: any, coupon: any, maturity: any, settlement: any, delivery: any, repo: any, issue?: any): number | CustomFunctions.Error {
  return excel(() => carry(positionArg(price, coupon, maturity, settlement, delivery, issue), num(repo, "repo")));
}

/**
 * Net basis = gross basis − carry.
 * Source: Burghardt et al., The Treasury Bond Basis, ch. 1–2.
 * @customfunction BASIS.NET
 * @param price Clean price per 100: a number or a 32nds quote.
 * @param futures Futures price: a number or a 32nds quote.
 * @param cf Conversion factor.
 * @param coupon Annual coupon rate, decimal.
 * @param maturity Maturity date.
 * @param settlement Settlement date.
 * @param delivery Futures delivery date.
 * @param repo Term repo rate, decimal, act/360.
 * @param issue Dated date of the first coupon period, if the first coupon is odd.
 * @returns Net basis, price points per 100 face.
 */
export function basisNet(price: any, futures: any, cf: any, coupon: any, maturity: any, settlement: any, delivery: any, repo: any, issue?: any): number | CustomFunctions.Error {
  return excel(() => netBasis(positionArg(price, coupon, maturity, settlement, delivery, issue), priceArg(futures, "futures"), cfArg(cf), num(repo, "repo")));
}

/**
 * Implied repo rate, act/360, with a coupon paid before delivery reinvested (MathWorks bndfutimprepo; Burghardt et al.).
 * @customfunction BASIS.IRR
 * @param price Clean price per 100: a number or a 32nds quote.
 * @param futures Futures price: a number or a 32nds quote.
 * @param cf Conversion factor.
 * @param settlement Settlement date.
 * @param delivery Futures delivery date.
 * @param coupon Annual coupon rate, decimal.
 * @param maturity Maturity date.
 * @param issue Dated date of the first coupon period, if the first coupon is odd.
 * @returns Implied repo rate, decimal, act/360.
 */
export function basisIrr(price: any, futures: any, cf: any, settlement: any, delivery: any, coupon: any, maturity: any, issue?: any): number | CustomFunctions.Error {
  return excel(() => impliedRepo(positionArg(price, coupon, maturity, settlement, delivery, issue), priceArg(futures, "futures"), cfArg(cf)));
}

/**
 * Invoice amount = (futures × CF + accrued at delivery) × face / 100 (CME, Understanding Treasury Futures).
 * @customfunction BASIS.INVOICE
 * @param futures Futures settlement price: a number or a 32nds quote.
 * @param cf Conversion factor.
 * @param accrued_at_delivery Accrued interest at delivery per 100 face (UST.ACCRUED on the delivery date).
 * @param face Face amount delivered, USD; default 100 (a price per 100).
 * @returns Invoice amount, USD for the face given.
 */
export function basisInvoice(futures: any, cf: any, accrued_at_delivery: any, face?: any): number | CustomFunctions.Error {
  return excel(() => invoice(priceArg(futures, "futures"), cfArg(cf), num(accrued_at_delivery, "accrued_at_delivery", { min: 0, max: 100, hint: "accrued interest per 100 face, between 0 and 100" }), optNum(face, "face", 100, { min: 0, exclusive: true })));
}

/**
 * Fair futures price from a repo rate: the price at which the net basis is zero (MathWorks bndfutprice).
 * @customfunction BASIS.FAIR
 * @param price Clean price per 100: a number or a 32nds quote.
 * @param repo Term repo rate, decimal, act/360.
 * @param cf Conversion factor.
 * @param settlement Settlement date.
 * @param delivery Futures delivery date.
 * @param coupon Annual coupon rate, decimal.
 * @param maturity Maturity date.
 * @param issue Dated date of the first coupon period, if the first coupon is odd.
 * @returns Futures price, points per 100 face.
 */
export function basisFair(price: any, repo: any, cf: any, settlement: any, delivery: any, coupon: any, maturity: any, issue?: any): number | CustomFunctions.Error {
  return excel(() => fairFutures(positionArg(price, coupon, maturity, settlement, delivery, issue), num(repo, "repo"), cfArg(cf)));
}

const CTD_HEADER = ["coupon", "maturity", "price", "CF", "gross basis", "carry", "net basis", "implied repo", "CTD"];

/**
 * Cheapest-to-deliver screen: the basket ranked by implied repo, highest (the CTD) first.
 * Source: Burghardt et al., The Treasury Bond Basis, ch. 3 (the highest implied repo marks the cheapest to deliver).
 * @customfunction BASIS.CTD
 * @param basket Range with columns coupon (decimal), maturity (date), clean price (number or 32nds), and optionally CF.
 * @param futures Futures price: a number or a 32nds quote.
 * @param settlement Settlement date of the cash bonds.
 * @param delivery Futures delivery date.
 * @param repo Term repo rate, decimal, act/360.
 * @param contract Contract for computing CFs when the basket has no CF column: TU, Z3N, FV, TY, TN, US or UB.
 * @returns {any[][]} Header row, then one row per bond: coupon, maturity (date serial), price, CF, gross basis, carry, net basis, implied repo, "CTD" flag.
 */
export function basisCtd(basket: any[][], futures: any, settlement: any, delivery: any, repo: any, contract?: any) {
  return excel(() => {
    const bonds: BasketBond[] = matrix(basket, "basket").map((r, i) => ({
      coupon: rateArg(r[0], `basket row ${i + 1} coupon`),
      maturity: date(r[1], `basket row ${i + 1} maturity`),
      price: priceArg(r[2], `basket row ${i + 1} price`),
      cf: isMissing(r[3]) ? null : cfArg(r[3]),
    }));
    const market = { futures: priceArg(futures, "futures"), settle: date(settlement, "settlement"), delivery: date(delivery, "delivery"), repo: num(repo, "repo"), contract: isMissing(contract) ? null : resolveContract(text(contract, "contract")) };
    const rows = ctdScreen(bonds, market).map((b) => [b.coupon, toExcelSerial(b.maturity), b.price, b.cf, b.gross, b.carry, b.net, b.impliedRepo, b.isCtd ? "CTD" : ""]);
    return [CTD_HEADER, ...rows];
  });
}

/**
 * DV01 hedge with futures: hedge ratio = CF × DV01(bond) / DV01(CTD), and the number of contracts.
 * Source: CME Group, "Understanding Treasury Futures" (DV01 hedge ratio); Burghardt et al., The Treasury Bond Basis.
 * @customfunction BASIS.HEDGE
 * @param dv01_bond DV01 of the bond to hedge, per 100 face.
 * @param dv01_ctd DV01 of the cheapest-to-deliver, per 100 face.
 * @param cf Conversion factor of the cheapest-to-deliver.
 * @param face Face amount to hedge, USD; default one contract's face.
 * @param contract Futures contract (sets the contract face): TY (default), TU, Z3N, FV, TN, US or UB.
 * @returns {any[][]} Two rows: hedge ratio (futures face per bond face) and number of contracts.
 */
export function basisHedge(dv01_bond: any, dv01_ctd: any, cf: any, face?: any, contract?: any) {
  return excel(() => {
    const spec = isMissing(contract) ? CONTRACTS.TY : resolveContract(text(contract, "contract"));
    const h = hedge(dv01Arg(dv01_bond, "dv01_bond"), dv01Arg(dv01_ctd, "dv01_ctd"), cfArg(cf), optNum(face, "face", spec.face, { min: 0, exclusive: true }), spec.face);
    return [["hedge ratio", h.ratio], ["contracts", h.contracts]];
  });
}
