import { holderFlows } from "../../../src/core/holders/flows";
import { reportedTable, caymanAdjustedTable, nationalityTable } from "../../../src/core/holders/views";
import { ymd } from "../../../src/core/dates";
import { inputs, TWO_READINGS, Q4_2021 } from "./fixtures";

const start = ymd(2020, 12, 31);
/** End quarter: debt +100 (total 1,100): Fed −20, mutual funds +30, other investors +90. */
const grown = inputs(Q4_2021, {
  ofs2: { ...inputs(Q4_2021).ofs2, total: 1100, fedAndGovt: 280, mutualFunds: 130, otherInvestors: 240 },
  somaBn: 100,
});

describe("flows: who absorbed net issuance", () => {
  it("reported: sorted largest absorber first, shares of net issuance sum to 100%", () => {
    const f = holderFlows(reportedTable(inputs(start)), reportedTable(grown));
    expect(f.netIssuance).toBe(100);
    expect(f.rows.map((r) => [r.id, r.change])).toEqual([
      ["other_investors", 90],
      ["mutual_funds", 30],
      ...f.rows.slice(2, -1).map((r) => [r.id, 0]),
      ["fed", -20],
    ]);
    expect(f.rows[0]?.share).toBeCloseTo(0.9, 12);
    expect(f.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
  });

  it("cayman_adj: the undercount growth (40 → 100, TIC flat) moves from other investors to the Cayman Islands", () => {
    const f = holderFlows(caymanAdjustedTable(inputs(start), TWO_READINGS), caymanAdjustedTable(grown, TWO_READINGS));
    const change = Object.fromEntries(f.rows.map((r) => [r.id, r.change]));
    expect(change.cayman).toBeCloseTo(60, 12);
    expect(change.other_investors).toBeCloseTo(30, 12);
    expect(f.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
  });

  it("folds a sector one end lacks into its parent at both ends (Cayman before 2012, nationality bucket before the first reading)", () => {
    const f = holderFlows(nationalityTable(inputs(ymd(2008, 12, 31), { ticCayman: null }), TWO_READINGS), nationalityTable(grown, TWO_READINGS));
    const ids = f.rows.map((r) => r.id);
    expect(ids).not.toContain("cayman");
    expect(ids).not.toContain("us_offshore_funds");
    expect(f.rows.find((r) => r.id === "foreign_private")?.label).toBe("Foreign private (incl. Cayman Islands)");
    expect(f.rows.find((r) => r.id === "other_investors")?.label).toBe("Other investors (incl. US owners via offshore funds)");
    expect(f.rows.reduce((s, r) => s + r.change, 0)).toBeCloseTo(f.netIssuance, 9);
  });

  it("rejects an end that is not after the start (#VALUE! naming end)", () => {
    expect(() => holderFlows(reportedTable(grown), reportedTable(inputs(start)))).toThrow(
      "end: must be a later quarter than start (start uses 2021-12-31, end uses 2020-12-31)",
    );
  });

  it("refuses shares of a zero net issuance (#NUM!)", () => {
    expect(() => holderFlows(reportedTable(inputs(start)), reportedTable(inputs(Q4_2021)))).toThrow(/did not change/);
  });
});
