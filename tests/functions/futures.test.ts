/**
 * UST.BASIS.* adapters (src/functions/futures.ts): the CTD screen on a TY basket, the consistency of
 * carry, net basis, implied repo and fair futures (with a coupon before delivery), hedge, CF explain, errors.
 * Published vectors (CF, IRR, FAIR, INVOICE, gross basis) run in bonds.test.ts from tests/golden/.
 */
import { toExcelSerial, ymd } from "../../src/core/dates";
import * as f from "../../src/functions/futures";

type XlError = Error & { code: string };
const s = (y: number, m: number, d: number) => toExcelSerial(ymd(y, m, d));

/**
 * TYZ7 deliverables (coupons and maturities as listed in CME "Understanding Treasury Futures", TYZ7 basket).
 * Prices are illustrative, not published: UST.PRICE at yields 2.13–2.33% on 2017-10-02 (close to the
 * H.15 7- and 10-year yields of late September 2017), rounded to quarter 32nds and entered as 32nds text.
 */
const TYZ7_BASKET = [
  [0.02375, s(2024, 8, 15), "101-176"],
  [0.01875, s(2024, 8, 31), "98-116"],
  [0.02125, s(2025, 5, 15), "99-152"],
  [0.0225, s(2025, 11, 15), "100-046"],
  [0.01625, s(2026, 5, 15), "95-016"],
  [0.02, s(2026, 11, 15), "97-20"],
  [0.0225, s(2027, 8, 15), "99-09+"],
];
const SETTLE = s(2017, 10, 2);
const DELIVERY = s(2017, 12, 29);
const FUTURES = "125-08+";
const REPO = 0.0105;

describe("UST.BASIS.CTD on the TYZ7 basket", () => {
  const table = f.basisCtd(TYZ7_BASKET, FUTURES, SETTLE, DELIVERY, REPO, "TY") as (string | number)[][];
  const rows = table.slice(1);

  it("spills a header and one row per bond", () => {
    expect(table[0]).toEqual(["coupon", "maturity", "price", "CF", "gross basis", "carry", "net basis", "implied repo", "CTD"]);
    expect(rows).toHaveLength(TYZ7_BASKET.length);
  });

  it("flags exactly one bond, the one with the highest implied repo computed bond by bond with UST.BASIS.IRR", () => {
    const irr = TYZ7_BASKET.map(([c, m, p]) => {
      const cf = (f.basisCf(c, m, "TY", DELIVERY) as number[][])[0]![0]!;
      return { m, irr: f.basisIrr(p, FUTURES, cf, SETTLE, DELIVERY, c, m) as number };
    });
    const best = irr.reduce((a, b) => (b.irr > a.irr ? b : a));
    expect(rows.filter((r) => r[8] === "CTD")).toHaveLength(1);
    expect(rows[0]![8]).toBe("CTD");
    expect(rows[0]![1]).toBe(best.m);
    expect(rows[0]![7]).toBeCloseTo(best.irr, 14);
    expect(best.m).toBe(s(2024, 8, 15));
  });

  it("ranks by implied repo and keeps gross − carry = net on every row, with CFs from the CME formula", () => {
    rows.slice(1).forEach((r, i) => expect(r[7] as number).toBeLessThanOrEqual(rows[i]![7] as number));
    for (const r of rows) expect((r[4] as number) - (r[5] as number)).toBeCloseTo(r[6] as number, 12);
    const cfByMaturity = new Map(rows.map((r) => [r[1], r[3]]));
    expect(cfByMaturity.get(s(2024, 8, 15))).toBe(0.8072);
    expect(cfByMaturity.get(s(2027, 8, 15))).toBe(0.7314);
  });

  it("uses a 4th CF column when given, and needs a contract only when it is absent", () => {
    const withCf = TYZ7_BASKET.map((r) => [...r, (f.basisCf(r[0], r[1], "TY", DELIVERY) as number[][])[0]![0]!]);
    expect(f.basisCtd(withCf, FUTURES, SETTLE, DELIVERY, REPO)).toEqual(table);
    const e = f.basisCtd(TYZ7_BASKET, FUTURES, SETTLE, DELIVERY, REPO) as XlError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^contract: is needed/);
  });

  it("rejects a bad basket row with the row named", () => {
    const bad = [[5.75, s(2024, 8, 15), 101]];
    expect((f.basisCtd(bad, FUTURES, SETTLE, DELIVERY, REPO, "TY") as XlError).message).toBe("basket row 1 coupon: must be a decimal below 1 (got 5.75); for 5.75% enter 0.0575");
  });
});

describe("carry, net basis, implied repo and fair futures agree", () => {
  // 8.75% 15-Aug-2020 (MathWorks bndfutimprepo bond); delivery in March 2001 so the 15-Feb-2001 coupon falls in between.
  const bond = { price: 129, coupon: 0.0875, maturity: s(2020, 8, 15), settle: s(2000, 12, 1), delivery: s(2001, 3, 30), cf: 1.3136 };
  const fair = f.basisFair(bond.price, 0.064, bond.cf, bond.settle, bond.delivery, bond.coupon, bond.maturity) as number;

  it("the implied repo at the fair futures price is the repo rate, coupon reinvestment included", () => {
    expect(f.basisIrr(bond.price, fair, bond.cf, bond.settle, bond.delivery, bond.coupon, bond.maturity) as number).toBeCloseTo(0.064, 12);
  });

  it("the net basis at the fair futures price is zero, and net = gross − carry", () => {
    expect(f.basisNet(bond.price, fair, bond.cf, bond.coupon, bond.maturity, bond.settle, bond.delivery, 0.064) as number).toBeCloseTo(0, 12);
    const gross = f.basisGross(bond.price, 98, bond.cf) as number;
    const carry = f.basisCarry(bond.price, bond.coupon, bond.maturity, bond.settle, bond.delivery, 0.064) as number;
    expect(f.basisNet(bond.price, 98, bond.cf, bond.coupon, bond.maturity, bond.settle, bond.delivery, 0.064)).toBeCloseTo(gross - carry, 12);
  });

  it("carry without a coupon is accrued income minus act/360 financing (MathWorks B1 dates: 37/184 and 136/184 of 4.375, 99 days)", () => {
    const [ais, aid] = [(4.375 * 37) / 184, (4.375 * 136) / 184];
    const expected = aid - ais - ((129 + ais) * 0.064 * 99) / 360;
    expect(f.basisCarry(129, 0.0875, s(2020, 8, 15), s(2000, 9, 21), s(2000, 12, 29), 0.064) as number).toBeCloseTo(expected, 12);
  });
});

describe("UST.BASIS.HEDGE, INVOICE and CF", () => {
  it("hedge ratio CF × DV01 bond / DV01 CTD (transtutors question, derived 0.7858 and ≈157 contracts for $20mm)", () => {
    const [[, ratio], [, contracts]] = f.basisHedge(0.05954, 0.06895, 0.91, 20_000_000) as [[string, number], [string, number]];
    expect(Math.abs(ratio! - 0.7858)).toBeLessThanOrEqual(5e-5);
    expect(Math.round(contracts!)).toBe(157);
    expect((f.basisHedge(0.05954, 0.06895, 0.91, 20_000_000, "TU") as [string, number][])[1]![1]).toBeCloseTo(contracts! / 2, 10);
  });

  it("invoice per 100 face by default", () => {
    expect(f.basisInvoice(98, 1.3136, 3.233696)).toBeCloseTo(98 * 1.3136 + 3.233696, 12);
  });

  it('UST.BASIS.CF(…, "explain") spills n, z, v, a, b, c, d and the factor', () => {
    const t = f.basisCf(0.015, s(2010, 10, 31), "TU", s(2008, 12, 1), "explain") as [string, number][];
    expect(t.map((r) => r[0])).toEqual(["n", "z", "v", "a", "b", "c", "d", "factor (unrounded)", "factor"]);
    expect(t.slice(0, 3).map((r) => r[1])).toEqual([1, 10, 4]);
    expect(t[8]![1]).toBe(0.9229);
  });

  it("TY-type contracts round z down to the quarter, TU-type to the month", () => {
    const z = (contract: string) => (f.basisCf(0.03, s(2031, 5, 15), contract, s(2021, 12, 1), "explain") as [string, number][])[1]![1];
    expect([z("TY"), z("TN"), z("US"), z("UB"), z("TU"), z("Z3N"), z("FV")]).toEqual([3, 3, 3, 3, 5, 5, 5]);
  });
});

describe("bad inputs", () => {
  const err = (v: unknown) => v as XlError;
  it("an unknown contract → #VALUE! listing the contracts", () => {
    const e = err(f.basisCf(0.03, s(2031, 5, 15), "TZ", s(2021, 12, 1)));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('contract: "TZ" is not a Treasury futures contract; use one of TU, Z3N, FV, TY, TN, US, UB, 3YR, ZT, ZF, ZN, ZB');
  });
  it("a coupon or repo typed as a percent → #VALUE! suggesting the decimal", () => {
    expect(err(f.basisCf(5.75, s(2031, 5, 15), "TY", s(2021, 12, 1))).message).toContain("enter 0.0575");
    expect(err(f.basisCarry(129, 0.0875, s(2020, 8, 15), s(2000, 9, 21), s(2000, 12, 29), 6.4)).message).toContain("repo: must be a decimal below 1 (got 6.4); for 6.4% enter 0.064");
  });
  it("a negative price, delivery before settlement or after maturity → #VALUE!", () => {
    expect(err(f.basisGross(-101, 98, 1.3)).message).toMatch(/^price: must be a positive price/);
    expect(err(f.basisIrr(129, 98, 1.3136, s(2000, 12, 29), s(2000, 9, 21), 0.0875, s(2020, 8, 15))).message).toBe("delivery: must be after settlement");
    expect(err(f.basisFair(129, 0.064, 1.3136, s(2000, 9, 21), s(2021, 1, 1), 0.0875, s(2020, 8, 15))).message).toMatch(/^delivery: must be before the bond's maturity/);
    expect(err(f.basisGross(101, 98, 0)).message).toMatch(/^cf: /);
  });
});
