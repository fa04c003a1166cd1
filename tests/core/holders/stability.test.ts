import { stability } from "../../../src/core/holders/stability";
import { reportedTable, caymanAdjustedTable } from "../../../src/core/holders/views";
import { HOLDER_DEFAULTS, HolderAssumptions } from "../../../src/core/assumptions/holders";
import { inputs, TWO_READINGS, Q4_2021 } from "./fixtures";

describe("stability: class shares of the market", () => {
  it("public base: Fed 120 + foreign official 150 + savings bonds 10 = 280 of 820 held by the public", () => {
    const s = stability(reportedTable(inputs(Q4_2021)), HOLDER_DEFAULTS);
    expect(s.market).toBe(820);
    expect(s.share["price-insensitive"]).toBeCloseTo(280 / 820, 12);
    expect(s.share.leveraged).toBeCloseTo(20 / 820, 12);
    expect(s.share.regulated).toBeCloseTo(290 / 820, 12);
    expect(s.share.residual).toBeCloseTo(230 / 820, 12);
    // index = 0·280/820 + 0.5·290/820 + 1·20/820 + 0.75·230/820
    expect(s.index).toBeCloseTo((0.5 * 290 + 20 + 0.75 * 230) / 820, 12);
  });

  it("total base includes Government accounts (180) as price-insensitive", () => {
    const a: HolderAssumptions = { ...HOLDER_DEFAULTS, stabilityBase: { ...HOLDER_DEFAULTS.stabilityBase, value: "total" } };
    const s = stability(reportedTable(inputs(Q4_2021)), a);
    expect(s.market).toBe(1000);
    expect(s.share["price-insensitive"]).toBeCloseTo(460 / 1000, 12);
  });

  it("the Cayman adjustment moves 80 from residual to leveraged", () => {
    const s = stability(caymanAdjustedTable(inputs(Q4_2021), TWO_READINGS), TWO_READINGS);
    expect(s.share.leveraged).toBeCloseTo(100 / 820, 12);
    expect(s.share.residual).toBeCloseTo(150 / 820, 12);
  });

  it("uses the classes of the assumptions it is given (user override)", () => {
    const a = JSON.parse(JSON.stringify(HOLDER_DEFAULTS)) as HolderAssumptions;
    a.sectorClass.mutual_funds.value = "leveraged";
    expect(stability(reportedTable(inputs(Q4_2021)), a).share.leveraged).toBeCloseTo(120 / 820, 12);
  });

  it("rejects an unknown class in the assumptions (#VALUE!)", () => {
    const a = JSON.parse(JSON.stringify(HOLDER_DEFAULTS)) as HolderAssumptions;
    a.sectorClass.fed.value = "sleepy";
    expect(() => stability(reportedTable(inputs(Q4_2021)), a)).toThrow("sectorClass.fed: must be one of price-insensitive, regulated, leveraged, residual (assumptions)");
  });
});
