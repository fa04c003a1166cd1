import { findExact } from "../../../src/core/data/store";
import { parseISO } from "../../../src/core/dates";
import { applyRefresh, sourceInUse } from "../../../src/core/refresh/swap";
import { toSeries } from "../../../src/core/refresh/payload";
import { OCT_DEC_2024, baseStore, ticSource, ticWire } from "./fixtures";

const day = (iso: string): number => parseISO(iso) as number;

describe("atomic swap", () => {
  it("swaps in a newer publication, merging the older history it does not cover", () => {
    const incoming = ticWire("2026-03-18", [["2024-12-31", 423.1], ["2025-01-31", 430.0]]);
    const v = applyRefresh(baseStore(), incoming.source, toSeries(incoming));
    if (v.action !== "swap") throw new Error(v.action);
    const cayman = v.store.require("tic.cayman_islands");
    expect(cayman.dates.map((d) => d - day("2024-10-31"))).toEqual([0, 30, 61, 92]);
    expect(cayman.values).toEqual([401.5, 410.8, 423.1, 430.0]);
    expect(cayman.provenance.notes).toBe("periods before 2024-12-31 from mfhhis01.txt dated 2025-03-18");
    expect(v.store.require("tic.grand_total").provenance.source.asOf).toBe("2025-03-18");
    expect(sourceInUse(v.store, "tic")?.asOf).toBe("2026-03-18");
    expect(v.store.require("ofs2.total").values).toEqual([36218.6]);
    expect(v.summary).toBe("1 series through 2025-01-31, 2 new or revised value(s), as of 2026-03-18");
  });

  it("rejects an older publication and leaves the store untouched", () => {
    const store = baseStore();
    const incoming = ticWire("2024-12-01", [["2024-12-31", 999]]);
    expect(applyRefresh(store, incoming.source, toSeries(incoming))).toEqual({ action: "keep", kind: "stale", reason: "as of 2024-12-01, older than the data in use (as of 2025-03-18)" });
    expect(findExact(store.require("tic.cayman_islands"), day("2024-12-31"))?.value).toBe(423.0);
  });

  it("reports a copy with the same values as unchanged, even when retrieved later", () => {
    const incoming = ticWire("2026-01-02", OCT_DEC_2024);
    expect(applyRefresh(baseStore(), incoming.source, toSeries(incoming))).toEqual({ action: "unchanged", summary: "already up to date: the same values as the data in use (as of 2025-03-18)" });
  });

  it("keeps the store when the merged store would be invalid (a name clash)", () => {
    const incoming = ticWire("2026-03-18", [["2024-12-31", 1]]);
    const clash = toSeries(incoming).map((s) => ({ ...s, aliases: ["Total public debt"] }));
    const v = applyRefresh(baseStore(), ticSource("2026-03-18"), clash);
    expect(v).toEqual({ action: "keep", kind: "invalid", reason: 'name "Total public debt" of tic.cayman_islands is already used by ofs2.total' });
  });
});

describe("older copies without a release date", () => {
  it("rejects a copy stamped later whose series end before the data in use", () => {
    const incoming = ticWire("2026-05-01", [["2024-10-31", 400.0], ["2024-11-30", 409.0]]);
    expect(applyRefresh(baseStore(), incoming.source, toSeries(incoming))).toEqual({
      action: "keep",
      kind: "stale",
      reason: "covers periods through 2024-11-30, older than the data in use (through 2024-12-31)",
    });
  });

  it("accepts the same coverage with revised values (a same-period revision)", () => {
    const incoming = ticWire("2026-05-01", [["2024-12-31", 423.4]]);
    const v = applyRefresh(baseStore(), incoming.source, toSeries(incoming));
    expect(v.action).toBe("swap");
  });

  it("pinned workbook data is used even when older than the data in use", () => {
    const incoming = ticWire("2024-01-31", [["2024-10-31", 400.0]]);
    const v = applyRefresh(baseStore(), incoming.source, toSeries(incoming), { pinned: true });
    if (v.action !== "swap") throw new Error(v.action);
    expect(v.store.require("tic.cayman_islands").values).toEqual([400.0]);
  });
});
