import { embeddedStore } from "../../../src/core/data/snapshot";
import { seriesWindow } from "../../../src/core/data/query";
import { sectorSeries } from "../../../src/core/holders/series";
import { HOLDER_DEFAULTS } from "../../../src/core/assumptions/holders";
import { formatISO, ymd } from "../../../src/core/dates";

const store = embeddedStore();

describe("sector series for UST.SERIES(..., view)", () => {
  it("cayman_adj Cayman Islands: starts 2012-03-31 (first TIC quarter), 1,850 at 2024-12-31, labelled adjusted", () => {
    const s = sectorSeries(store, "Cayman Islands", "cayman_adj", HOLDER_DEFAULTS);
    expect(formatISO(s.dates[0]!)).toBe("2012-03-31");
    expect(seriesWindow(s, { start: ymd(2024, 12, 31), end: ymd(2024, 12, 31) }).values[0]).toBeCloseTo(1850, 9);
    expect(s.provenance.source.kind).toBe("adjusted");
    expect(s.label).toBe("Cayman Islands (cayman_adj)");
  });

  it("is rebuilt when the assumptions are replaced (an edited anchor changes the series), reused otherwise", () => {
    const before = sectorSeries(store, "cayman", "cayman_adj", HOLDER_DEFAULTS);
    expect(sectorSeries(store, "cayman", "cayman_adj", HOLDER_DEFAULTS)).toBe(before);
    const edited = JSON.parse(JSON.stringify(HOLDER_DEFAULTS)) as typeof HOLDER_DEFAULTS;
    edited.caymanReadings = edited.caymanReadings.map((r) => (r.kind === "anchored" ? { ...r, valueBn: { ...r.valueBn, value: 2000 } } : r));
    const after = sectorSeries(store, "cayman", "cayman_adj", edited);
    expect(seriesWindow(after, { start: ymd(2024, 12, 31), end: ymd(2024, 12, 31) }).values[0]).toBeCloseTo(2000, 9);
    expect(seriesWindow(before, { start: ymd(2024, 12, 31), end: ymd(2024, 12, 31) }).values[0]).toBeCloseTo(1850, 9);
  });

  it("reported total equals the OFS-2 series at every quarter it covers", () => {
    const s = sectorSeries(store, "total", "reported", HOLDER_DEFAULTS);
    const ofs2 = store.require("ofs2.total");
    s.dates.forEach((d, i) => expect(s.values[i]).toBeCloseTo(ofs2.values[ofs2.dates.indexOf(d)] as number, 6));
    expect(s.provenance.source.kind).toBe("official");
  });

  it("FRED units apply: the 2024 change (ch1) of adjusted other investors is lower by the growth of U over 2024", () => {
    const s = sectorSeries(store, "other_investors", "cayman_adj", HOLDER_DEFAULTS);
    const rep = sectorSeries(store, "other_investors", "reported", HOLDER_DEFAULTS);
    const q = { start: ymd(2024, 12, 31), end: ymd(2024, 12, 31), units: "ch1" as const };
    // the adjusted change is lower by the growth of the undercount over 2024 (U: 2023-12-31 1,034.5 → 2024-12-31 1,427.0)
    const diff = (seriesWindow(rep, q).values[0] as number) - (seriesWindow(s, q).values[0] as number);
    expect(diff).toBeCloseTo(1427.0 - (850 + (1000 * 365) / 731 - 314.8), 6);
  });

  it("an unknown sector is #VALUE! naming the series argument", () => {
    expect(() => sectorSeries(store, "Japan", "cayman_adj", HOLDER_DEFAULTS)).toThrow(/^series: "Japan" is not a sector/);
  });
});
