/**
 * Refresh through the taskpane's code path with the workbook behind office-addin-mock objects:
 * success swaps the data, saves it (with its vintage) in the workbook's custom XML part and
 * recalculates; every failure kind leaves the previous data, vintage and saved part untouched.
 */
import { feedSources } from "../../src/core/refresh/feed";
import { sourceInUse } from "../../src/core/refresh/swap";
import { DATA_NAMESPACE, fromPartXml } from "../../src/core/refresh/workbook-part";
import { Transfer } from "../../src/core/refresh/outcome";
import { OCT_DEC_2024, baseStore, feedText, ticWire } from "../core/refresh/fixtures";
import { FakeWorkbook, installOffice, newWorkbook } from "./support/fake-office";
import { Modules, freshModules } from "./support/fresh";


const NEWER = feedText([ticWire("2026-04-15", [["2024-12-31", 423.0], ["2025-01-31", 430.2]])]);
const HOW = { channel: "feed" as const, from: "https://intranet/feed.json" };

let wb: FakeWorkbook;
let m: Modules;

/** Refreshes once successfully so that the workbook holds a saved part, then returns its XML. */
async function refreshOnce(): Promise<string> {
  const outcomes = await m.sync.runRefresh("Team feed", { ok: true, text: NEWER, from: "feed.json" }, feedSources, HOW);
  expect(outcomes.map((o) => o.status)).toEqual(["updated"]);
  return wb.parts.get(DATA_NAMESPACE) as string;
}

function caymanValues(): number[] {
  return [...m.state.getStore().require("tic.cayman_islands").values];
}

beforeEach(async () => {
  wb = installOffice(newWorkbook());
  m = await freshModules();
  m.state.setStore(baseStore());
});

describe("refresh (office-addin-mock workbook)", () => {
  it("success: swaps the data, saves it with its vintage in the custom XML part, recalculates", async () => {
    const xml = await refreshOnce();
    expect(caymanValues()).toEqual([401.5, 410.8, 423.0, 430.2]);
    const saved = fromPartXml(xml);
    if (!saved.ok) throw new Error(saved.errors.join("; "));
    expect(saved.value.sources.map((s) => s.source.asOf)).toEqual(["2025-03-18", "2026-04-15"]);
    expect(saved.value.refreshes.tic).toMatchObject(HOW);
    expect(wb.calculations).toBe(1);
    expect(m.sync.pinnedSources()).toEqual(["tic"]);
  });

  const failures: [string, () => Promise<Transfer>, RegExp][] = [
    ["HTTP 500", () => m.fetch.fetchText("https://intranet/feed.json", 1000, async () => new Response("oops", { status: 500, statusText: "Internal Server Error" })), /^HTTP 500 Internal Server Error from intranet; previous data kept$/],
    [
      "timeout",
      () =>
        m.fetch.fetchText("https://intranet/feed.json", 50, (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))))),
      /^no complete answer from intranet within 0.05 s; previous data kept$/,
    ],
    ["truncated file", async () => ({ ok: true, text: NEWER.slice(0, NEWER.length - 40), from: "feed.json" }), /^feed\.json rejected: the feed is truncated/],
    ["malformed rows", async () => ({ ok: true, text: feedText([ticWire("2026-04-15", [["2025-01-31", 430.2], ["2025-02-30", 431]])]), from: "feed.json" }), /observations\[1\]: date "2025-02-30" is not YYYY-MM-DD; previous data kept$/],
    ["wrong schema", async () => ({ ok: true, text: '{"meta":{"count":1},"data":[{"record_date":"2025-01-31"}]}', from: "feed.json" }), /not a team feed: "format" must be "ust-holders-feed"; previous data kept$/],
    ["older vintage", async () => ({ ok: true, text: feedText([ticWire("2024-06-30", OCT_DEC_2024.map(([d]) => [d, 1]))]), from: "feed.json" }), /^as of 2024-06-30, older than the data in use \(as of 2026-04-15\); previous data kept$/],
  ];

  for (const [kind, transfer, message] of failures) {
    it(`${kind}: the previous data, vintage and saved part stay`, async () => {
      const savedXml = await refreshOnce();
      const store = m.state.getStore();
      const calcs = wb.calculations;
      const outcomes = await m.sync.runRefresh("Team feed", await transfer(), feedSources, HOW);
      expect(outcomes).toHaveLength(1);
      expect(outcomes[0]?.status).toBe("failed");
      expect(outcomes[0]?.message).toMatch(message);
      expect(m.state.getStore()).toBe(store);
      expect(caymanValues()).toEqual([401.5, 410.8, 423.0, 430.2]);
      expect(sourceInUse(m.state.getStore(), "tic")?.asOf).toBe("2026-04-15");
      expect(wb.parts.get(DATA_NAMESPACE)).toBe(savedXml);
      expect(wb.calculations).toBe(calcs);
    });
  }

  it("a colleague opening the workbook gets the saved vintage (loaded on open, pinned)", async () => {
    await refreshOnce();
    m = await freshModules();
    m.state.setStore(baseStore());
    const messages = await m.sync.loadWorkbookData();
    expect(messages).toEqual(["This workbook is pinned to its saved data: TIC Major Foreign Holders (as of 2025-03-18), TIC Major Foreign Holders (as of 2026-04-15)."]);
    expect(caymanValues()).toEqual([401.5, 410.8, 423.0, 430.2]);
    expect(m.sync.refreshRecords().tic?.from).toBe(HOW.from);
  });

  it("a damaged saved part is reported and the add-in's data stays in use", async () => {
    wb.parts.set(DATA_NAMESPACE, `<ustData xmlns="${DATA_NAMESPACE}" formatVersion="1">{"sources":[</ustData>`);
    const before = m.state.getStore();
    expect(await m.sync.loadWorkbookData()).toEqual(["the data saved in this workbook is truncated (the JSON ends before it is complete, 12 characters received); the add-in's own data is in use"]);
    expect(m.state.getStore()).toBe(before);
  });

  it("merges a newer feed onto the real embedded TIC data without losing its history", async () => {
    m = await freshModules();
    const embedded = m.state.getStore().require("tic.cayman_islands");
    const outcomes = await m.sync.runRefresh("Team feed", { ok: true, text: feedText([ticWire("2099-01-31", [["2099-01-31", 500]])]), from: "feed.json" }, feedSources, HOW);
    expect(outcomes[0]?.status).toBe("updated");
    const merged = m.state.getStore().require("tic.cayman_islands");
    expect(merged.dates.length).toBe(embedded.dates.length + 1);
    expect(merged.values.slice(0, -1)).toEqual([...embedded.values]);
  });
});

describe("concurrent refreshes", () => {
  it("run one after another, so the second builds on the first", async () => {
    const later = feedText([ticWire("2026-05-15", [["2025-02-28", 440.0]])]);
    await Promise.all([
      m.sync.runRefresh("Team feed", { ok: true, text: NEWER, from: "a.json" }, feedSources, HOW),
      m.sync.runRefresh("Team feed", { ok: true, text: later, from: "b.json" }, feedSources, HOW),
    ]);
    expect(caymanValues()).toEqual([401.5, 410.8, 423.0, 430.2, 440.0]);
  });
});
