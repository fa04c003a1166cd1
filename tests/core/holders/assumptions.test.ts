import { HOLDER_DEFAULTS, HolderAssumptions, checkHolderAssumptions } from "../../../src/core/assumptions/holders";
import { SECTOR_IDS } from "../../../src/core/holders/sectors";

const copy = (): HolderAssumptions => JSON.parse(JSON.stringify(HOLDER_DEFAULTS)) as HolderAssumptions;

describe("holder assumptions", () => {
  it("defaults are valid, cite a source for every reading, and class every sector", () => {
    expect(checkHolderAssumptions(HOLDER_DEFAULTS)).toEqual([]);
    for (const r of HOLDER_DEFAULTS.caymanReadings) expect(r.valueBn.source).toMatch(/FEDS Note|FEDS Notes/);
    expect(Object.keys(HOLDER_DEFAULTS.sectorClass).sort()).toEqual([...SECTOR_IDS].sort());
  });

  it("FEDS Note 2025-10-15: the anchor is 1,850 at 2024-12-31", () => {
    const anchors = HOLDER_DEFAULTS.caymanReadings.filter((r) => r.kind === "anchored");
    expect(anchors.map((r) => [r.date, r.valueBn.value])).toEqual([["2024-12-31", 1850]]);
  });

  it("reports each problem with the path of the value", () => {
    const a = copy();
    a.caymanReadings = a.caymanReadings.filter((r) => r.kind !== "anchored");
    a.caymanReadings[0]!.date = "2018-02-30";
    a.caymanReadings[1]!.valueBn.value = -5;
    a.sectorClass.fed.value = "calm";
    a.classWeight.leveraged.value = 2;
    a.stabilityBase.value = "everything";
    expect(checkHolderAssumptions(a)).toEqual([
      'caymanReadings[0].date: "2018-02-30" is not a YYYY-MM-DD date',
      "caymanReadings[1].valueBn: must be ≥ 0 USD bn (got -5)",
      "caymanReadings: at least one reading must be anchored",
      'sectorClass.fed: must be one of price-insensitive, regulated, leveraged, residual (got "calm")',
      "classWeight.leveraged: must be ≤ 1 weight 0–1 (got 2)",
      'holders.stabilityBase: must be one of public, total (got "everything")',
    ]);
  });
});
