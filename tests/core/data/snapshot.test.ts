/**
 * The embedded snapshot decoded into the store: coverage, spot values from the data pack, provenance,
 * and the store's lookups and name resolution.
 */
import { formatISO, ymd } from "../../../src/core/dates";
import { embeddedStore } from "../../../src/core/data/snapshot";
import { coverageText, findAtOrBefore, findExact, indexRange, Series } from "../../../src/core/data/store";

const store = embeddedStore();
const value = (id: string, y: number, m: number, d: number) => findExact(store.require(id), ymd(y, m, d))?.value;

describe("embedded snapshot coverage", () => {
  it("has all 12 OFS-2 columns quarterly from 2000-03-31, complete through 2025-03-31", () => {
    const ofs2 = store.all().filter((s) => s.provenance.source.id === "ofs2");
    expect(ofs2.map((s) => s.provenance.code)).toEqual(Array.from({ length: 12 }, (_, i) => `OFS-2 col ${i + 1}`));
    for (const s of ofs2) {
      expect(s.freq).toBe("q");
      expect(formatISO(s.dates[0] as number)).toBe("2000-03-31");
      expect(indexRange(s, ymd(2000, 1, 1), ymd(2025, 3, 31))[1]).toBe(101);
    }
    expect(coverageText(store.require("ofs2.total"))).toBe("2000-03-31 .. 2025-06-30");
    expect(coverageText(store.require("ofs2.depository"))).toBe("2000-03-31 .. 2025-03-31");
  });

  it("has TIC monthly 2000-03 .. 2025-12 for Grand Total, Foreign Official and Cayman Islands", () => {
    expect(coverageText(store.require("tic.grand_total"))).toBe("2000-03-31 .. 2025-12-31");
    expect(store.require("tic.grand_total").dates).toHaveLength(310);
    expect(store.require("tic.foreign_official").dates).toHaveLength(310);
    expect(store.require("tic.cayman_islands").freq).toBe("m");
  });

  it("has TREAST at quarter ends 2002-12-31 .. 2026-03-31 and FD-2 marketable debt by type monthly", () => {
    expect(coverageText(store.require("fed.soma_treasury"))).toBe("2002-12-31 .. 2026-03-31");
    for (const id of ["debt.bills", "debt.notes", "debt.bonds", "debt.tips", "debt.marketable"]) expect(coverageText(store.require(id))).toBe("2001-09-30 .. 2025-06-30");
  });
});

describe("spot values (data pack, USD bn)", () => {
  it("TIC mfhhis01.txt (3/18/26): Cayman Islands Dec-2024 = 423.0, Grand Total Dec-2024 = 8,619.3", () => {
    expect(value("tic.cayman_islands", 2024, 12, 31)).toBe(423);
    expect(value("tic.grand_total", 2024, 12, 31)).toBe(8619.3);
  });

  it("Treasury Bulletin OFS-2: total public debt 2024-12-31 = 36,218.6; foreign 8,619.6", () => {
    expect(value("ofs2.total", 2024, 12, 31)).toBe(36218.6);
    expect(value("ofs2.foreign", 2024, 12, 31)).toBe(8619.6);
  });

  it("FRED TREAST: quarter-end = last Wednesday level (2024-12-25: 4,308,893 mn → 4,308.893 bn)", () => {
    expect(value("fed.soma_treasury", 2024, 12, 31)).toBe(4308.893);
  });

  it("FRED GFDEBTN 2025-01-01 (= end of 2025Q1) is re-dated to 2025-03-31, value kept to the digit (36,214,309.520796455 mn)", () => {
    expect(value("fred.gfdebtn", 2025, 3, 31)).toBeCloseTo(36214.3095207965, 9);
    expect(findExact(store.require("fred.gfdebtn"), ymd(2025, 1, 1))).toBeUndefined();
  });

  it("TIC series break Jun-2011: the new series value is used (Carib Bnkng Ctrs 196.3, not the old 147.1)", () => {
    expect(value("tic.carib_bnkng_ctrs", 2011, 6, 30)).toBe(196.3);
  });

  it("Treasury Bulletin FD-2: bills held by the public Dec-2024 = 6,186,185 mn → 6,186.185 bn", () => {
    expect(value("debt.bills", 2024, 12, 31)).toBe(6186.185);
  });

  it("gaps stay gaps: FD-2 has no Dec-2001 value (not zero)", () => {
    expect(findExact(store.require("debt.bills"), ymd(2001, 12, 31))).toBeUndefined();
  });
});

describe("provenance", () => {
  it("every series names its source, publisher, file, as-of and vintage", () => {
    for (const s of store.all()) {
      const src = s.provenance.source;
      for (const field of [src.name, src.publisher, src.table, src.file, src.asOf, src.vintage, s.provenance.code]) expect(field.length).toBeGreaterThan(0);
      expect(["official", "adjusted", "chart-read", "model"]).toContain(src.kind);
    }
    expect(store.require("tic.cayman_islands").provenance.source.asOf).toBe("2026-03-18");
  });

  it("flags GFDEBTN's SUSPECT quarters in the series notes", () => {
    const notes = store.require("fred.gfdebtn").provenance.notes;
    for (const q of ["2012-03-31", "2013-12-31", "2020-03-31"]) expect(notes).toContain(`${q} SUSPECT`);
  });
});

describe("store lookups", () => {
  const total: Series = store.require("ofs2.total");

  it("latest at or before a date (binary search)", () => {
    expect(findAtOrBefore(total, ymd(2025, 2, 14))).toEqual({ date: ymd(2024, 12, 31), value: 36218.6 });
    expect(findAtOrBefore(total, ymd(2024, 12, 31))?.value).toBe(36218.6);
    expect(findAtOrBefore(total, ymd(2000, 3, 30))).toBeUndefined();
    expect(findAtOrBefore(total, ymd(2030, 1, 1))?.date).toBe(ymd(2025, 6, 30));
  });

  it("agrees with a linear scan on every day of 2023", () => {
    for (let d = ymd(2023, 1, 1); d <= ymd(2023, 12, 31); d++) {
      const scan = total.dates.filter((x) => x <= d).pop();
      expect(findAtOrBefore(total, d)?.date).toBe(scan);
      expect(findExact(total, d)?.date).toBe(total.dates.includes(d) ? d : undefined);
    }
  });

  it("resolves ids, labels and aliases case-insensitively", () => {
    expect(store.resolve("CHINA", "country").id).toBe("tic.china_mainland");
    expect(store.resolve("china, mainland", "country").id).toBe("tic.china_mainland");
    expect(store.resolve("Foreign And International", "series").id).toBe("ofs2.foreign");
    expect(store.resolve("OFS2.TOTAL", "series").id).toBe("ofs2.total");
    expect(store.resolve("for. official", "country").id).toBe("tic.foreign_official");
  });

  it("accepts the holder engine's sector ids (src/core/holders/sectors.ts) for the series that carry them", () => {
    const bySector = { fed: "fed.soma_treasury", depository: "ofs2.depository", private_pensions: "ofs2.pension_private", sl_pensions: "ofs2.pension_state_local", insurers: "ofs2.insurance", mutual_funds: "ofs2.mutual_funds", sl_governments: "ofs2.state_local", savings_bonds: "ofs2.savings_bonds", other_investors: "ofs2.other", foreign: "ofs2.foreign", foreign_official: "tic.foreign_official", cayman: "tic.cayman_islands" };
    for (const [sector, id] of Object.entries(bySector)) expect([sector, store.resolve(sector, "series").id]).toEqual([sector, id]);
    expect(store.require("ofs2.other").sector).toBe("other_investors");
  });

  it("rejects unknown names with close matches (#VALUE!)", () => {
    expect(() => store.resolve("Caymen Islands", "country")).toThrow('country: unknown name "Caymen Islands"; close matches: Cayman Islands');
    expect(() => store.resolve("zzzzzz", "series")).toThrow(/series: unknown name "zzzzzz"; for example/);
  });

  it("is immutable", () => {
    expect(Object.isFrozen(total)).toBe(true);
  });
});
