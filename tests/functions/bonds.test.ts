/**
 * The bond and basis custom functions, called as Excel calls them (src/functions/bonds.ts, futures.ts):
 * every published vector in tests/golden/<publisher>/*.json, round trips, DV01 against a bump, and bad inputs.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { parseISO, toExcelSerial, ymd, addMonths } from "../../src/core/dates";
import { CONVENTIONS } from "../../src/core/bonds/conventions";
import { valuation } from "../../src/core/bonds/price";
import { periodIndex, quasiCouponDate } from "../../src/core/bonds/schedule";
import * as bonds from "../../src/functions/bonds";
import * as futures from "../../src/functions/futures";

type XlError = Error & { code: string };
type Adapter = (...args: unknown[]) => unknown;

/** Excel function name → adapter, as the manifest's namespace exposes them (UST.<id>). */
const ADAPTERS: Record<string, Adapter> = {
  PRICE: bonds.price,
  YIELD: bonds.yieldFromPrice,
  ACCRUED: bonds.accrued,
  DURATION: bonds.bondDuration,
  DV01: bonds.bondDv01,
  CONVEXITY: bonds.bondConvexity,
  "BILL.PRICE": bonds.billPriceFn,
  "BILL.YIELD": bonds.billYieldFn,
  FROM32: bonds.fromThirtySeconds,
  TO32: bonds.toThirtySeconds,
  "BASIS.CF": futures.basisCf,
  "BASIS.GROSS": futures.basisGross,
  "BASIS.INVOICE": futures.basisInvoice,
  "BASIS.IRR": futures.basisIrr,
  "BASIS.FAIR": futures.basisFair,
} as Record<string, Adapter>;

interface GoldenRow {
  source: string;
  exampleId: string;
  fn: string;
  what: string;
  args: unknown[];
  expected: number;
  tol: number;
  /** multiply the result (e.g. per 100 → per $1,000) */
  scale?: number;
  /** [row, column] of a spilled result */
  pick?: [number, number];
}

const GOLDEN_DIRS = ["cfr31-356", "cme", "excel", "mathworks", "rateslib", "leetquiz"].map((d) => path.join(__dirname, "..", "golden", d));

function goldenRows(): GoldenRow[] {
  return GOLDEN_DIRS.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as GoldenRow[]),
  );
}

/** ISO dates in golden rows become Excel serials, as a date cell hands them to the function. */
const asCell = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? toExcelSerial(parseISO(v) as number) : v);

function call(fn: string, args: unknown[]): unknown {
  const adapter = ADAPTERS[fn];
  if (!adapter) throw new Error(`no adapter for ${fn}`);
  return adapter(...args.map(asCell));
}

describe("published vectors through the custom functions", () => {
  const rows = goldenRows();
  it("loads every golden file", () => expect(rows.length).toBeGreaterThanOrEqual(40));
  it.each(rows.map((r) => [`${r.source} ${r.exampleId}: UST.${r.fn} ${r.what} = ${r.expected}`, r] as const))("%s", (_name, row) => {
    const out = call(row.fn, row.args);
    const value = row.pick ? (out as unknown[][])[row.pick[0]]?.[row.pick[1]] : out;
    expect(typeof value).toBe("number");
    expect(Math.abs((value as number) * (row.scale ?? 1) - row.expected)).toBeLessThanOrEqual(row.tol);
  });
});

const serial = (d: number) => toExcelSerial(d);

/** A random Treasury: maturity 2026–2060, settlement up to 30 years before, optionally with an odd (short or long) first coupon. */
const bondCase = fc
  .record({
    maturity: fc.integer({ min: ymd(2026, 1, 1), max: ymd(2060, 12, 31) }),
    back: fc.integer({ min: 1, max: 30 * 365 }),
    coupon: fc.integer({ min: 0, max: 1500 }).map((c) => c / 1e4),
    yld: fc.integer({ min: -50, max: 2000 }).map((y) => y / 1e4),
    odd: fc.constantFrom("regular", "short", "long"),
    issueBack: fc.integer({ min: 0, max: 700 }),
  })
  .map((c) => {
    const settle = c.maturity - c.back;
    if (c.odd === "regular") return { ...c, settle, issue: null as number | null, first: null as number | null };
    const issue = Math.min(settle, c.maturity - 200) - c.issueBack;
    const j = periodIndex(c.maturity, issue);
    const long = c.odd === "long" && j >= 1;
    return { ...c, settle: Math.max(settle, issue), issue, first: long ? quasiCouponDate(c.maturity, j - 1) : null };
  });

describe("round trips", () => {
  it.each(["street", "excel", "excel-basis0"])("UST.YIELD(UST.PRICE(y)) = y within 1e-10, convention %s, odd coupons where the convention has them", (conv) => {
    fc.assert(
      fc.property(bondCase, (b) => {
        const odd = CONVENTIONS[conv as keyof typeof CONVENTIONS].schedule === "odd-coupons";
        const issue = odd && b.issue !== null ? serial(b.issue) : null;
        const first = odd && b.first !== null ? serial(b.first) : null;
        // Under 30/360 the day before a month-end maturity can have DSC = E − A = 0: no yield moves the price there (→ #NUM!, tested below).
        fc.pre((bonds.bondDv01(serial(b.settle), serial(b.maturity), b.coupon, b.yld, conv, issue, first) as number) > 0);
        const p = bonds.price(serial(b.settle), serial(b.maturity), b.coupon, b.yld, conv, issue, first) as number;
        const y = bonds.yieldFromPrice(serial(b.settle), serial(b.maturity), b.coupon, p, conv, issue, first) as number;
        expect(Math.abs(y - b.yld)).toBeLessThanOrEqual(1e-10);
      }),
      { numRuns: 300 },
    );
  });

  it("treasury: YIELD inverts the unrounded 31 CFR price within 1e-10, and the 6-dp price within its rounding", () => {
    fc.assert(
      fc.property(bondCase, (b) => {
        const args = [serial(b.settle), serial(b.maturity), b.coupon] as const;
        const issue = b.issue === null ? null : serial(b.issue);
        const first = b.first === null ? null : serial(b.first);
        const terms = { maturity: b.maturity, coupon: b.coupon, issue: b.issue, firstCoupon: b.first };
        const v = valuation(terms, b.settle, b.yld, CONVENTIONS.treasury);
        const unrounded = v.dirty - (bonds.accrued(...args, issue, first, "treasury") as number);
        const exact = bonds.yieldFromPrice(...args, unrounded, "treasury", issue, first) as number;
        expect(Math.abs(exact - b.yld)).toBeLessThanOrEqual(1e-10);
        const rounded = bonds.price(...args, b.yld, "treasury", issue, first) as number;
        const fromRounded = bonds.yieldFromPrice(...args, rounded, "treasury", issue, first) as number;
        expect(Math.abs(fromRounded - b.yld)).toBeLessThanOrEqual(1e-6 / -v.dPdy + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it.each(Object.keys(CONVENTIONS))("UST.DV01 and UST.CONVEXITY match finite-difference bumps of the dirty price, convention %s", (conv) => {
    const mode = CONVENTIONS[conv as keyof typeof CONVENTIONS];
    fc.assert(
      fc.property(bondCase, (b) => {
        const odd = mode.schedule === "odd-coupons";
        const terms = { maturity: b.maturity, coupon: b.coupon, issue: odd ? b.issue : null, firstCoupon: odd ? b.first : null };
        const h = 1e-5;
        const dirty = (y: number) => valuation(terms, b.settle, y, mode).dirty;
        const args = [serial(b.settle), serial(b.maturity), b.coupon, b.yld, conv, odd && b.issue !== null ? serial(b.issue) : null, odd && b.first !== null ? serial(b.first) : null] as const;
        const dv01 = bonds.bondDv01(...args) as number;
        const bumped = ((dirty(b.yld - h) - dirty(b.yld + h)) / (2 * h)) * 1e-4;
        expect(Math.abs(dv01 - bumped)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(bumped)));
        const convexity = bonds.bondConvexity(...args) as number;
        const second = (dirty(b.yld + h) - 2 * dirty(b.yld) + dirty(b.yld - h)) / (h * h) / dirty(b.yld);
        expect(Math.abs(convexity - second)).toBeLessThanOrEqual(1e-3 * Math.max(1, Math.abs(second)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("bad inputs give Excel errors with messages", () => {
  const mat = "2033-08-15";
  const err = (v: unknown) => v as XlError;
  it("settlement on or after maturity → #VALUE! naming settlement", () => {
    const e = err(bonds.price("2033-08-15", mat, 0.03875, 0.04));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^settlement: must be before maturity/);
    expect(err(bonds.billPriceFn("2025-03-01", "2025-02-01", 0.04)).message).toMatch(/^settlement/);
  });
  it("a coupon or yield typed as a percent → #VALUE! suggesting the decimal", () => {
    expect(err(bonds.price("2025-02-14", mat, 5.75, 0.04)).message).toBe("coupon: must be a decimal below 1 (got 5.75); for 5.75% enter 0.0575");
    expect(err(bonds.price("2025-02-14", mat, 0.0575, 6.5)).message).toContain("enter 0.065");
    expect(err(bonds.billPriceFn("2025-02-14", "2025-05-15", 4.2)).message).toContain("enter 0.042");
  });
  it("a negative or zero price → #VALUE! naming price", () => {
    const e = err(bonds.yieldFromPrice("2025-02-14", mat, 0.03875, -99));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("price: must be a positive price per 100 face (got -99)");
    expect(err(bonds.billYieldFn("2025-02-14", "2025-05-15", 0)).message).toMatch(/^price: must be a positive price/);
  });
  it("an unknown convention or kind → #VALUE! listing the allowed values from the table", () => {
    expect(err(bonds.price("2025-02-14", mat, 0.03875, 0.04, "bloomberg")).message).toBe('convention: "bloomberg" is not allowed; use one of "street", "treasury", "excel", "excel-basis0"');
    expect(err(bonds.bondDuration("2025-02-14", mat, 0.03875, 0.04, "effective")).message).toContain('"modified", "macaulay"');
    expect(err(bonds.billYieldFn("2025-02-14", "2025-05-15", 99, "bey")).message).toContain('"discount", "investment"');
  });
  it("odd coupons under Excel's convention, a first coupon off the cycle, or without issue → #VALUE!", () => {
    expect(err(bonds.price("2025-02-14", mat, 0.03875, 0.04, "excel", "2023-08-15")).message).toMatch(/^issue: convention "excel"/);
    expect(err(bonds.price("2024-01-02", mat, 0.03875, 0.04, "street", "2023-09-01", "2024-03-01")).message).toMatch(/^first_coupon: 2024-03-01 is not on the maturity's semiannual coupon cycle/);
    expect(err(bonds.price("2024-01-02", mat, 0.03875, 0.04, "street", null, "2024-02-15")).message).toMatch(/^first_coupon: needs issue/);
    expect(err(bonds.price("2023-08-01", mat, 0.03875, 0.04, "street", "2023-08-15")).message).toMatch(/^settlement: must be on or after issue/);
  });
  it("a price no yield can reach, or a price no yield moves → #NUM!", () => {
    expect(err(bonds.yieldFromPrice("2025-02-14", "2025-06-30", 0.03875, 999)).code).toBe("#NUM!");
    expect(err(bonds.yieldFromPrice("2025-02-14", mat, 0.03875, 1e9)).message).toBe("price: must be a price per 100 face of at most 1000 (got 1000000000)");
    expect(err(bonds.yieldFromPrice("2025-12-31", "2026-01-01", 0.05, 100, "excel-basis0")).message).toMatch(/^the price does not depend on the yield/);
  });
});

describe("conventions", () => {
  it("treasury and street agree on a coupon date (31 CFR 356 App. B II.A) and differ inside a period (II.D)", () => {
    const onCoupon = (conv: string) => bonds.price("1990-05-15", "2020-05-15", 0.0875, 0.0884, conv, "1990-05-15") as number;
    expect(Math.abs(onCoupon("street") - onCoupon("treasury"))).toBeLessThan(5e-7);
    const inside = (conv: string) => bonds.price("1985-11-29", "1995-11-15", 0.095, 0.0954, conv, "1985-11-15") as number;
    expect(Math.abs(inside("street") - inside("treasury"))).toBeGreaterThan(1e-4);
  });
});

describe("bills (31 CFR 356 App. B VI)", () => {
  it("discount rate is the inverse of UST.BILL.PRICE, within the price's 6-dp rounding", () => {
    const p = bonds.billPriceFn("2025-01-02", "2025-04-03", 0.0425) as number;
    expect(p).toBe(98.925694);
    const d = bonds.billYieldFn("2025-01-02", "2025-04-03", p, "discount") as number;
    expect(Math.abs(d - 0.0425)).toBeLessThanOrEqual((0.5e-6 / 100) * (360 / 91));
  });
  it("uses y = 366 when Feb 29 falls in the year after settlement (VI.D), and the > half-year quadratic", () => {
    // 364-day bill settling 2023-06-01: Feb 29 2024 is in the following year, so y = 366.
    const [p, r, y] = [95.5, 364, 366];
    const a = r / (2 * y) - 0.25;
    const expected = (-(r / y) + Math.sqrt((r / y) ** 2 - 4 * a * ((p - 100) / p))) / (2 * a);
    expect(bonds.billYieldFn("2023-06-01", "2024-05-30", p) as number).toBeCloseTo(expected, 12);
    // 91-day bill settling 2025-01-02: no Feb 29 in the year after, y = 365, simple formula VI.D.1.
    expect(bonds.billYieldFn("2025-01-02", "2025-04-03", 99, "investment") as number).toBeCloseTo((1 / 99) * (365 / 91), 12);
  });
});

describe("32nds quotes", () => {
  it.each([
    ["99-16", 99.5],
    ["99-16+", 99.515625],
    ["99-162", 99.5078125],
    ["99-166", 99.5234375],
    ["99-16 1/4", 99.5078125],
    ["125-08+", 125.265625],
    ["100-00", 100],
  ])("UST.FROM32(%s) = %d", (q, v) => expect(bonds.fromThirtySeconds(q)).toBe(v));
  it("UST.TO32 formats halves, quarters and eighths, carrying into the handle", () => {
    expect(bonds.toThirtySeconds(99.515625, 2)).toBe("99-16+");
    expect(bonds.toThirtySeconds(99.5078125)).toBe("99-162");
    expect(bonds.toThirtySeconds(99.5234375, 4)).toBe("99-166");
    expect(bonds.toThirtySeconds(99.5, 8)).toBe("99-16");
    expect(bonds.toThirtySeconds(99.999, 1)).toBe("100-00");
    expect(bonds.toThirtySeconds("99-16+", 2)).toBe("99-16+");
  });
  it("round-trips every eighth of a 32nd", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 * 256 }), (t) => expect(bonds.fromThirtySeconds(bonds.toThirtySeconds(t / 256, 8))).toBe(t / 256)));
  });
  it("rejects malformed quotes and precisions with #VALUE!", () => {
    expect((bonds.fromThirtySeconds("99-32") as XlError).message).toContain("0 to 31");
    expect((bonds.fromThirtySeconds("99.16.2") as XlError).code).toBe("#VALUE!");
    expect((bonds.toThirtySeconds(99.5, 3) as XlError).message).toContain('"1", "2", "4", "8"');
  });
  it("accepts 32nds text wherever a price is an argument", () => {
    const asNumber = bonds.yieldFromPrice("2025-02-14", "2033-08-15", 0.03875, 99.515625);
    expect(bonds.yieldFromPrice("2025-02-14", "2033-08-15", 0.03875, "99-16+")).toBe(asNumber);
  });
});

describe("schedules", () => {
  it("keeps month-end coupon dates for notes maturing on the 30th/31st", () => {
    const m = ymd(2027, 4, 30);
    expect([1, 2, 3].map((k) => quasiCouponDate(m, k))).toEqual([ymd(2026, 10, 31), ymd(2026, 4, 30), ymd(2025, 10, 31)]);
    expect(addMonths(ymd(2027, 2, 28), -6, true)).toBe(ymd(2026, 8, 31));
  });
});
