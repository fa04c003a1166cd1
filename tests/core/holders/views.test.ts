import { reportedTable, caymanAdjustedTable, nationalityTable, holderTable } from "../../../src/core/holders/views";
import { HolderTable, VIEWS, holdingOf, sectorId } from "../../../src/core/holders/table";
import { ymd } from "../../../src/core/dates";
import { CoreError } from "../../../src/core/errors";
import { inputs, TWO_READINGS, Q4_2021 } from "./fixtures";

const sum = (t: HolderTable): number => t.rows.reduce((s, r) => s + r.amount, 0);
const amounts = (t: HolderTable): Record<string, number> => Object.fromEntries(t.rows.map((r) => [r.id, r.amount]));

describe("reported view: OFS-2 with the Fed (SOMA) and TIC splits", () => {
  const t = reportedTable(inputs(Q4_2021));

  it("splits OFS-2 col 2 into SOMA and Government accounts, col 11 into official, Cayman and private", () => {
    expect(amounts(t)).toMatchObject({ fed: 120, govt_accounts: 180, foreign_official: 150, cayman: 20, foreign_private: 80 });
  });

  it("takes the residual as other investors and sums exactly to the total", () => {
    expect(amounts(t).other_investors).toBe(150);
    expect(sum(t)).toBe(1000);
    expect(t.rows.find((r) => r.id === "other_investors")?.kind).toBe("residual");
  });

  it("keeps the residual exact when the printed columns do not add up, and says what was printed", () => {
    const off = reportedTable(inputs(Q4_2021, { ofs2: { ...inputs(Q4_2021).ofs2, otherInvestors: 151.2 } }));
    expect(sum(off)).toBe(1000);
    expect(off.rows.find((r) => r.id === "other_investors")?.basis).toContain("prints 151.2");
  });

  it("folds the Cayman Islands into foreign private where TIC does not publish them (before 2012)", () => {
    const early = reportedTable(inputs(ymd(2008, 12, 31), { ticCayman: null }));
    expect(early.rows.some((r) => r.id === "cayman")).toBe(false);
    expect(amounts(early).foreign_private).toBe(100);
    expect(early.rows.find((r) => r.id === "foreign_private")?.label).toBe("Foreign private (incl. Cayman Islands)");
    expect(holdingOf(early, "foreign")).toBe(250);
    expect(() => holdingOf(early, "cayman")).toThrow(/not in the reported table at 2008-12-31 \(TIC publishes it from 2012\)/);
  });
});

describe("cayman_adj view (methodology §4.1 step 5)", () => {
  it("moves U = 100 − 20 = 80 from other investors to the Cayman Islands; the total does not change", () => {
    const t = caymanAdjustedTable(inputs(Q4_2021), TWO_READINGS);
    expect(amounts(t)).toMatchObject({ cayman: 100, other_investors: 70 });
    expect(sum(t)).toBe(1000);
    expect(t.gap?.undercount).toBe(80);
    const cayman = t.rows.find((r) => r.id === "cayman");
    expect(cayman?.kind).toBe("adjusted");
    expect(cayman?.basis).toBe("TIC Cayman Islands; + undercount 80.0 (anchored)");
  });

  it("equals reported before the first reading, with no gap estimate", () => {
    const q = ymd(2019, 12, 31);
    const t = caymanAdjustedTable(inputs(q), TWO_READINGS);
    expect(amounts(t)).toEqual(amounts(reportedTable(inputs(q))));
    expect(t.gap?.estimate).toBeNull();
  });

  it("labels a carried-forward estimate", () => {
    const t = caymanAdjustedTable(inputs(ymd(2022, 6, 30)), TWO_READINGS);
    expect(t.rows.find((r) => r.id === "cayman")?.basis).toContain("(carried forward)");
  });

  it("refuses (#NUM!) an undercount larger than other investors rather than showing a negative holding", () => {
    const high = { ...TWO_READINGS.caymanReadings[1]!, valueBn: { ...TWO_READINGS.caymanReadings[1]!.valueBn, value: 500 } };
    let e: unknown;
    try {
      caymanAdjustedTable(inputs(Q4_2021, { ticCayman: 0 }), { ...TWO_READINGS, caymanReadings: [high] });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(CoreError);
    expect((e as CoreError).kind).toBe("num");
    expect((e as CoreError).message).toMatch(/undercount 500.0 exceeds other investors/);
  });
});

describe("nationality view (methodology §4.1 step 5 toggle)", () => {
  it("moves the whole Cayman HF estimate (100) to US owners via offshore funds; the total does not change", () => {
    const t = nationalityTable(inputs(Q4_2021), TWO_READINGS);
    expect(amounts(t)).toMatchObject({ cayman: 0, us_offshore_funds: 100, other_investors: 70 });
    expect(holdingOf(t, "foreign")).toBe(250 + 80 - 100);
    expect(sum(t)).toBe(1000);
  });
});

describe("every view of the hand-made quarter sums to the total", () => {
  it.each(VIEWS)("%s", (view) => {
    expect(sum(holderTable(inputs(Q4_2021), view, TWO_READINGS))).toBeCloseTo(1000, 9);
  });
});

describe("sector names", () => {
  it("accepts ids and labels, case and punctuation ignored", () => {
    expect(sectorId("Cayman Islands")).toBe("cayman");
    expect(sectorId("OTHER_INVESTORS")).toBe("other_investors");
    expect(sectorId("Federal Reserve (SOMA)")).toBe("fed");
    expect(sectorId("Total")).toBe("total");
  });

  it("rejects an unknown sector with #VALUE! listing the ids", () => {
    expect(() => sectorId("hedge funds")).toThrow(/^sector: "hedge funds" is not a sector; use one of fed, govt_accounts, /);
  });
});
