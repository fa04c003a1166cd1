import { feedSources } from "../../../src/core/refresh/feed";
import { refresh, resultLine } from "../../../src/core/refresh/outcome";
import { baseStore, feedText, ticWire } from "./fixtures";

describe("refresh outcome", () => {
  it("keeps the same store object on a transport failure and words the result", () => {
    const store = baseStore();
    const r = refresh(store, { ok: false, kind: "timeout", message: "no answer from https://x/feed.json within 15 s" }, "Team feed", feedSources);
    expect(r.store).toBe(store);
    expect(resultLine(r.outcomes)).toBe("Refresh: 0 updated, 0 unchanged, 1 failed. Team feed: no answer from https://x/feed.json within 15 s; previous data kept.");
  });

  it("swaps a valid newer feed and reports it", () => {
    const r = refresh(baseStore(), { ok: true, text: feedText([ticWire("2026-03-18", [["2025-01-31", 430.0]])]), from: "feed.json" }, "Team feed", feedSources);
    expect(r.outcomes).toEqual([{ label: "Team feed", status: "updated", message: "1 series through 2025-01-31, 1 new or revised value(s), as of 2026-03-18" }]);
    expect(r.store.require("tic.cayman_islands").values).toEqual([401.5, 410.8, 423.0, 430.0]);
    expect(resultLine(r.outcomes)).toBe("Refresh: 1 updated, 0 unchanged, 0 failed.");
  });

  it("shows at most three parse errors and counts the rest", () => {
    const rows: [string, number | null][] = ["2024-01-31", "2024-02-30", "2024-02-31", "2024-04-31", "2024-06-31"].map((d) => [d, 1]);
    const r = refresh(baseStore(), { ok: true, text: feedText([ticWire("2026-03-18", rows)]), from: "feed.json" }, "Team feed", feedSources);
    expect(r.outcomes[0]?.kind).toBe("parse");
    expect(r.outcomes[0]?.message).toMatch(/^feed\.json rejected: .*observations\[1\].*observations\[2\].*observations\[3\].*; and 1 more; previous data kept$/);
  });
});
