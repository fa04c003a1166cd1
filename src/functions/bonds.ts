/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands adapters numbers, text (dates, 32nds quotes), booleans or ranges; `any` lets the metadata generator declare them so, and coerce.ts types them on entry. */
/**
 * Treasury note, bond and bill math (UST.PRICE … UST.TO32). Thin adapters: coerce → core → shape.
 * Finance lives in src/core/bonds (conventions.ts, price.ts, risk.ts, bills.ts, quote32.ts).
 */
import { BondTerms } from "../core/bonds/schedule";
import { CONVENTIONS, CONVENTION_NAMES, CalcMode } from "../core/bonds/conventions";
import { accruedInterest, bondYield, cleanPrice } from "../core/bonds/price";
import { DURATION_KINDS, convexity, duration, dv01 } from "../core/bonds/risk";
import { BILL_YIELD_KIND_NAMES, billPrice, billYield } from "../core/bonds/bills";
import { PRECISIONS, Precision32, from32, readPrice, to32 } from "../core/bonds/quote32";
import { checkPrice, checkRate } from "../core/bonds/rates";
import { choice, date, num, optDate, text as textArg } from "./coerce";
import { excel } from "./excel";

/** A rate argument: a decimal, refused with a hint when typed as a percent (5.75 → "enter 0.0575"). */
export function rateArg(v: unknown, name: string, allowNegative = false): number {
  return checkRate(num(v, name), name, allowNegative);
}

/** A price argument: a number, or text holding a decimal or a 32nds quote ("99-16+"). */
export function priceArg(v: unknown, name: string): number {
  return checkPrice(readPrice(typeof v === "string" ? v : num(v, name), name), name);
}

/** The bond's terms from its arguments. */
export function termsArg(maturity: unknown, coupon: unknown, issue?: unknown, firstCoupon?: unknown): BondTerms {
  return { maturity: date(maturity, "maturity"), coupon: rateArg(coupon, "coupon"), issue: optDate(issue, "issue"), firstCoupon: optDate(firstCoupon, "first_coupon") };
}

function modeArg(convention: unknown): CalcMode {
  return CONVENTIONS[choice(convention, "convention", CONVENTION_NAMES, "street")];
}

/**
 * Clean price of a Treasury note or bond from its yield (31 CFR 356 App. B II; US street convention; Excel PRICE).
 * @customfunction PRICE
 * @param settlement Settlement date (date cell, serial or "YYYY-MM-DD").
 * @param maturity Maturity date.
 * @param coupon Annual coupon rate, decimal (0.0575 = 5.75%).
 * @param yld Yield to maturity, decimal, semiannual compounding.
 * @param convention "street" (default), "treasury" (31 CFR 356 App. B, rounded to 6 dp), "excel" (Excel PRICE, basis 1) or "excel-basis0".
 * @param issue Dated date of the first coupon period (odd first coupon, reopening); empty for a regular schedule.
 * @param first_coupon First coupon date when it is not the first regular date after issue (long first coupon).
 * @returns Clean price per 100 face.
 */
export function price(settlement: any, maturity: any, coupon: any, yld: any, convention?: any, issue?: any, first_coupon?: any): number | CustomFunctions.Error {
  return excel(() => cleanPrice(termsArg(maturity, coupon, issue, first_coupon), date(settlement, "settlement"), rateArg(yld, "yld", true), modeArg(convention)));
}

/**
 * Yield to maturity of a Treasury note or bond from its clean price (inverse of UST.PRICE under the same convention).
 * Source: 31 CFR 356 App. B II (treasury); Microsoft, Excel YIELD function (excel); ICMA street convention (street).
 * @customfunction YIELD
 * @param settlement Settlement date.
 * @param maturity Maturity date.
 * @param coupon Annual coupon rate, decimal.
 * @param price Clean price per 100 face: a number or a 32nds quote such as "99-16+".
 * @param convention "street" (default), "treasury", "excel" or "excel-basis0".
 * @param issue Dated date of the first coupon period.
 * @param first_coupon First coupon date (long first coupon).
 * @returns Yield, decimal, semiannual compounding.
 */
export function yieldFromPrice(settlement: any, maturity: any, coupon: any, price: any, convention?: any, issue?: any, first_coupon?: any): number | CustomFunctions.Error {
  return excel(() => bondYield(termsArg(maturity, coupon, issue, first_coupon), date(settlement, "settlement"), priceArg(price, "price"), modeArg(convention)));
}

/**
 * Accrued interest, actual/actual per half-year (31 CFR 356 App. B I.A.2, I.D).
 * @customfunction ACCRUED
 * @param settlement Settlement date.
 * @param maturity Maturity date.
 * @param coupon Annual coupon rate, decimal.
 * @param issue Dated date of the first coupon period.
 * @param first_coupon First coupon date (long first coupon).
 * @param convention "street" (default), "treasury" (rounded to 5 dp per $1,000), "excel" or "excel-basis0" (30/360).
 * @returns Accrued interest per 100 face.
 */
export function accrued(settlement: any, maturity: any, coupon: any, issue?: any, first_coupon?: any, convention?: any): number | CustomFunctions.Error {
  return excel(() => accruedInterest(termsArg(maturity, coupon, issue, first_coupon), date(settlement, "settlement"), modeArg(convention)));
}

/**
 * Duration of a Treasury note or bond (Excel DURATION/MDURATION under "excel").
 * @customfunction DURATION
 * @param settlement Settlement date.
 * @param maturity Maturity date.
 * @param coupon Annual coupon rate, decimal.
 * @param yld Yield to maturity, decimal.
 * @param kind "modified" (default) or "macaulay".
 * @param convention "street" (default), "treasury", "excel" or "excel-basis0".
 * @param issue Dated date of the first coupon period.
 * @param first_coupon First coupon date (long first coupon).
 * @returns Duration, years.
 */
export function bondDuration(settlement: any, maturity: any, coupon: any, yld: any, kind?: any, convention?: any, issue?: any, first_coupon?: any): number | CustomFunctions.Error {
  return excel(() => duration(termsArg(maturity, coupon, issue, first_coupon), date(settlement, "settlement"), rateArg(yld, "yld", true), choice(kind, "kind", DURATION_KINDS, "modified"), modeArg(convention)));
}

/**
 * DV01: change of the dirty price for a one-basis-point fall in yield, −dP/dy × 0.0001.
 * Source: Fabozzi, Bond Markets, Analysis and Strategies, ch. 4 (price value of a basis point).
 * @customfunction DV01
 * @param settlement Settlement date.
 * @param maturity Maturity date.
 * @param coupon Annual coupon rate, decimal.
 * @param yld Yield to maturity, decimal.
 * @param convention "street" (default), "treasury", "excel" or "excel-basis0".
 * @param issue Dated date of the first coupon period.
 * @param first_coupon First coupon date (long first coupon).
 * @returns DV01 per 100 face, price points per basis point.
 */
export function bondDv01(settlement: any, maturity: any, coupon: any, yld: any, convention?: any, issue?: any, first_coupon?: any): number | CustomFunctions.Error {
  return excel(() => dv01(termsArg(maturity, coupon, issue, first_coupon), date(settlement, "settlement"), rateArg(yld, "yld", true), modeArg(convention)));
}

/**
 * Convexity, (d²P/dy²)/P of the dirty price.
 * Source: Fabozzi, Bond Markets, Analysis and Strategies, ch. 4.
 * @customfunction CONVEXITY
 * @param settlement Settlement date.
 * @param maturity Maturity date.
 * @param coupon Annual coupon rate, decimal.
 * @param yld Yield to maturity, decimal.
 * @param convention "street" (default), "treasury", "excel" or "excel-basis0".
 * @param issue Dated date of the first coupon period.
 * @param first_coupon First coupon date (long first coupon).
 * @returns Convexity, years squared.
 */
export function bondConvexity(settlement: any, maturity: any, coupon: any, yld: any, convention?: any, issue?: any, first_coupon?: any): number | CustomFunctions.Error {
  return excel(() => convexity(termsArg(maturity, coupon, issue, first_coupon), date(settlement, "settlement"), rateArg(yld, "yld", true), modeArg(convention)));
}

/**
 * Treasury bill price from its bank discount rate (31 CFR 356 App. B VI.A).
 * @customfunction BILL.PRICE
 * @param settlement Settlement date.
 * @param maturity Maturity date.
 * @param discount_rate Bank discount rate, decimal (0.0761 = 7.61%).
 * @returns Price per 100 face, 6 decimals.
 */
export function billPriceFn(settlement: any, maturity: any, discount_rate: any): number | CustomFunctions.Error {
  return excel(() => billPrice(date(settlement, "settlement"), date(maturity, "maturity"), num(discount_rate, "discount_rate")));
}

/**
 * Treasury bill yield from its price (31 CFR 356 App. B VI.B, VI.D incl. the over-half-year formula and the 365/366 rule).
 * @customfunction BILL.YIELD
 * @param settlement Settlement date.
 * @param maturity Maturity date.
 * @param price Price per 100 face: a number or a 32nds quote.
 * @param kind "investment" (default, coupon-equivalent) or "discount" (bank discount rate).
 * @returns Yield, decimal.
 */
export function billYieldFn(settlement: any, maturity: any, price: any, kind?: any): number | CustomFunctions.Error {
  return excel(() => billYield(date(settlement, "settlement"), date(maturity, "maturity"), priceArg(price, "price"), choice(kind, "kind", BILL_YIELD_KIND_NAMES, "investment")));
}

/**
 * Decimal price from a Treasury quote in 32nds ("99-16+", "99-162", "99-16 1/4").
 * Source: CME Group Treasury futures price quotation (points and 32nds; "+" = half a 32nd).
 * @customfunction FROM32
 * @param text The quote.
 * @returns Price, decimal points per 100 face.
 */
export function fromThirtySeconds(text: any): number | CustomFunctions.Error {
  return excel(() => from32(textArg(text, "text")));
}

/**
 * Treasury quote in 32nds from a decimal price.
 * Source: CME Group Treasury futures price quotation (points and 32nds; "+" = half a 32nd).
 * @customfunction TO32
 * @param price Price, decimal points per 100 face.
 * @param precision Fractions of a 32nd: 1, 2 ("+" halves), 4 (default: quarters, "99-162") or 8.
 * @returns The quote as text, e.g. "99-16+".
 */
export function toThirtySeconds(price: any, precision?: any): string | CustomFunctions.Error {
  return excel(() => to32(priceArg(price, "price"), precisionArg(precision)));
}

function precisionArg(v: unknown): Precision32 {
  const allowed = PRECISIONS.map(String);
  return Number(choice(typeof v === "number" ? String(v) : v, "precision", allowed, "4")) as Precision32;
}
