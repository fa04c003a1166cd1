/**
 * The holder engine on the embedded data snapshot: the seed's headline numbers, and the invariant
 * that every sector table sums to total public debt at every shipped quarter in every view.
 */
import fc from "fast-check";
import { embeddedStore } from "../../../src/core/data/snapshot";
import { holderSource } from "../../../src/core/holders/source";
import { tableAt, flowsBetween, stabilityAt, gapAt } from "../../../src/core/holders/engine";
import { holderTable } from "../../../src/core/holders/views";
import { HolderTable, VIEWS, holdingOf } from "../../../src/core/holders/table";
import { HOLDER_DEFAULTS } from "../../../src/core/assumptions/holders";
import { formatISO, ymd } from "../../../src/core/dates";
import { CoreError } from "../../../src/core/errors";
import { reading, withReadings } from "./fixtures";

const source = holderSource(embeddedStore());
const Q4_2024 = ymd(2024, 12, 31);
const at = (view: (typeof VIEWS)[number], d = Q4_2024): HolderTable => tableAt(source, d, view, HOLDER_DEFAULTS);
const sum = (t: HolderTable): number => t.rows.reduce((s, r) => s + r.amount, 0);

describe("2024-12-31 (seed headline quarter)", () => {
  it.each(VIEWS)("Treasury Bulletin OFS-2 2024-12: total 36,218.6 in the %s view", (view) => {
    const t = at(view);
    expect(t.total).toBe(36218.6);
    expect(sum(t)).toBeCloseTo(36218.6, 6);
    expect(holdingOf(t, "total")).toBeCloseTo(36218.6, 6);
  });

  it("TIC mfhhis01 Dec-2024: reported Cayman Islands 423.0; H.4.1 TREAST 2024-12-25: Fed 4,308.9", () => {
    expect(holdingOf(at("reported"), "cayman")).toBe(423.0);
    expect(holdingOf(at("reported"), "fed")).toBeCloseTo(4308.893, 9);
  });

  it("FEDS Note 2025-10-15: cayman_adj Cayman 1,850 and other investors lower by the same 1,427.0", () => {
    const r = at("reported");
    const c = at("cayman_adj");
    expect(holdingOf(c, "cayman")).toBeCloseTo(1850, 9);
    expect(holdingOf(r, "other_investors") - holdingOf(c, "other_investors")).toBeCloseTo(1427.0, 9);
    // methodology §4.1 example: other investors 6,244.1 → ~4,817 (the residual is 6,243.9: OFS-2 columns add to 0.2 less)
    expect(holdingOf(c, "other_investors")).toBeCloseTo(4816.9, 6);
    // foreign total 8,619.6 → ~10,047
    expect(holdingOf(c, "foreign")).toBeCloseTo(8619.6 + 1427, 6);
  });

  it("methodology §4.1 step 5 nationality: the 1,850 Cayman HF holdings go to US owners; foreign = 8,619.6 − 423.0", () => {
    const n = at("nationality");
    expect(holdingOf(n, "us_offshore_funds")).toBeCloseTo(1850, 9);
    expect(holdingOf(n, "cayman")).toBeCloseTo(0, 9);
    expect(holdingOf(n, "foreign")).toBeCloseTo(8196.6, 6);
    expect(holdingOf(n, "other_investors")).toBeCloseTo(4816.9, 6);
  });

  it("GAP: anchored estimate, TIC and undercount", () => {
    const g = gapAt(source, Q4_2024, HOLDER_DEFAULTS);
    expect(g.estimate).toMatchObject({ valueBn: 1850, method: "anchored" });
    expect(g.ticCayman).toBe(423.0);
    expect(g.undercount).toBeCloseTo(1427.0, 9);
  });
});

describe("every sector table sums to the total at every shipped quarter in every view", () => {
  const quarters = source.quarters();

  it("covers 2002-12-31 (first SOMA week) to 2025-03-31 (last OFS-2 detail)", () => {
    expect(formatISO(quarters[0]!)).toBe("2002-12-31");
    expect(formatISO(quarters[quarters.length - 1]!)).toBe("2025-03-31");
    expect(quarters.length).toBe(90);
  });

  it.each(VIEWS)("%s: Σ sectors = OFS-2 total, and no sector is negative", (view) => {
    for (const q of quarters) {
      const t = holderTable(source.inputsAt(q), view, HOLDER_DEFAULTS);
      expect(Math.abs(sum(t) - t.total)).toBeLessThan(1e-6);
      expect(t.total).toBe(source.inputsAt(q).ofs2.total);
      for (const r of t.rows) expect(r.amount).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it("holds for any Cayman readings the user may enter, or the engine refuses with #NUM! (property)", () => {
    const day0 = ymd(2015, 3, 31);
    const arbReading = fc.record({ offsetDays: fc.integer({ min: 0, max: 3650 }), value: fc.integer({ min: 0, max: 2500 }) });
    fc.assert(
      fc.property(fc.uniqueArray(arbReading, { minLength: 1, maxLength: 6, selector: (r) => r.offsetDays }), fc.constantFrom(...quarters), fc.constantFrom(...VIEWS), (rs, q, view) => {
        const sorted = [...rs].sort((a, b) => a.offsetDays - b.offsetDays);
        const a = withReadings(sorted.map((r) => reading(formatISO(day0 + r.offsetDays), r.value, "anchored")));
        let t: HolderTable;
        try {
          t = holderTable(source.inputsAt(q), view, a);
        } catch (e) {
          return e instanceof CoreError && e.kind === "num" && /exceeds other investors/.test(e.message);
        }
        return Math.abs(sum(t) - t.total) < 1e-6 && t.rows.every((r) => r.amount >= -1e-9);
      }),
      { numRuns: 300 },
    );
  });
});

describe("UST.FLOWS 2021-12-31 → 2024-12-31 (QT window)", () => {
  const byId = (view: (typeof VIEWS)[number]) => {
    const f = flowsBetween(source, ymd(2021, 12, 31), Q4_2024, view, HOLDER_DEFAULTS);
    return { f, change: Object.fromEntries(f.rows.map((r) => [r.id, r.change])), rank: f.rows.map((r) => r.id) };
  };

  it("net issuance 6,601.4 (OFS-2: 29,617.2 → 36,218.6); shares sum to 100% in every view", () => {
    for (const view of VIEWS) {
      const { f } = byId(view);
      expect(f.netIssuance).toBeCloseTo(6601.4, 6);
      expect(f.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    }
  });

  it("reported: the missing buyer sits in other investors (+4,808.1, first); the Fed sheds 1,343.4 (QT, last)", () => {
    const { change, rank } = byId("reported");
    expect(rank[0]).toBe("other_investors");
    expect(change.other_investors).toBeCloseTo(4808.1, 1);
    expect(rank[rank.length - 1]).toBe("fed");
    expect(change.fed).toBeCloseTo(-1343.4, 1);
  });

  it("cayman_adj: Cayman +1,250 (600 chart-read → 1,850 anchored) is the second absorber; other investors down to +3,718.3", () => {
    const { change, rank } = byId("cayman_adj");
    expect(rank.slice(0, 2)).toEqual(["other_investors", "cayman"]);
    expect(change.cayman).toBeCloseTo(1250, 6);
    expect(change.other_investors).toBeCloseTo(3718.3, 1);
    expect(change.fed).toBeCloseTo(-1343.4, 1);
  });
});

describe("UST.STABILITY: the price-insensitive share rises after 2008 and falls after QE ends", () => {
  const share = (y: number, view: (typeof VIEWS)[number] = "reported") => stabilityAt(source, ymd(y, 12, 31), view, HOLDER_DEFAULTS).stability;

  it("price-insensitive share of debt held by the public: 2008 44.1%, 2014 51.9%, 2021 42.8%, 2024 28.6%", () => {
    expect(share(2008).share["price-insensitive"]).toBeCloseTo(0.441, 3);
    expect(share(2014).share["price-insensitive"]).toBeCloseTo(0.519, 3);
    expect(share(2021).share["price-insensitive"]).toBeCloseTo(0.428, 3);
    expect(share(2024).share["price-insensitive"]).toBeCloseTo(0.286, 3);
  });

  it("leveraged share at 2024-12-31: 1.5% reported, 6.4% Cayman-adjusted", () => {
    expect(share(2024).share.leveraged).toBeCloseTo(0.0147, 4);
    expect(share(2024, "cayman_adj").share.leveraged).toBeCloseTo(0.0641, 4);
  });
});
