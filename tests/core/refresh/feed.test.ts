import * as fs from "fs";
import * as path from "path";
import { parseFeed, feedSources } from "../../../src/core/refresh/feed";
import { fromPartXml, toPartXml } from "../../../src/core/refresh/workbook-part";
import { checkWireSource, fromStore } from "../../../src/core/refresh/payload";
import { OCT_DEC_2024, baseStore, feedText, ticWire } from "./fixtures";

describe("team feed format", () => {
  it("reads a valid feed into store series, dropping nulls (never zero-filling)", () => {
    const r = feedSources(feedText([ticWire("2026-03-18", [["2024-11-30", null], ["2024-12-31", 423.0]])]));
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(r.value).toHaveLength(1);
    expect(r.value[0]?.series[0]?.values).toEqual([423.0]);
    expect(r.value[0]?.source.asOf).toBe("2026-03-18");
  });

  it("reports a truncated feed as truncated", () => {
    const text = feedText([ticWire("2026-03-18", OCT_DEC_2024)]);
    const r = parseFeed(text.slice(0, 120));
    expect(r).toEqual({ ok: false, errors: ["the feed is truncated (the JSON ends before it is complete, 120 characters received)"] });
  });

  it("rejects a JSON document of another schema", () => {
    expect(parseFeed('{"observations":[{"date":"2024-12-31","value":"423"}]}')).toEqual({ ok: false, errors: ['not a team feed: "format" must be "ust-holders-feed"'] });
    expect(parseFeed(feedText([], { formatVersion: 9 }))).toEqual({ ok: false, errors: ["feed formatVersion 9 is not supported (this add-in reads 1)"] });
  });

  it("lists every malformed row with its path, and returns no data", () => {
    const bad = ticWire("2026-03-18", [["2024-10-31", 401.5], ["2024-13-31", 1], ["2024-10-31", 2], ["2024-12-31", "423" as unknown as number]]);
    const r = parseFeed(feedText([bad]));
    expect(r).toEqual({
      ok: false,
      errors: [
        'sources[0] series[0] (tic.cayman_islands).observations[1]: date "2024-13-31" is not YYYY-MM-DD',
        "sources[0] series[0] (tic.cayman_islands).observations[2]: date 2024-10-31 is not after 2024-10-31 (dates must be unique and increasing)",
        'sources[0] series[0] (tic.cayman_islands).observations[3]: value "423" is not a number or null',
      ],
    });
  });

  it("checks the source block and series fields", () => {
    const w = ticWire("2026-3-18", [["2024-12-31", null]]);
    const broken = { ...w, source: { ...w.source, publisher: "", kind: "guess" }, series: [{ ...w.series[0], freq: "x" }] };
    expect(checkWireSource(broken)).toEqual([
      "source.publisher: expected non-empty text",
      'source.asOf: "2026-3-18" is not a publication date YYYY-MM-DD or YYYY-MM',
      "source.kind: must be one of official, adjusted, chart-read, model",
      "series[0] (tic.cayman_islands).freq: must be one of w, m, q, a",
      "series[0] (tic.cayman_islands): every value is null",
    ]);
  });
});

describe("workbook custom XML part", () => {
  it("round-trips a store's source with its refresh record, escaping XML characters", () => {
    const [wire] = fromStore(baseStore(), "tic");
    if (!wire) throw new Error("no tic source");
    wire.source = { ...wire.source, notes: "A&B <revised> ]]>" };
    const data = { sources: [wire], refreshes: { tic: { at: "2026-03-20T09:00:00.000Z", channel: "feed" as const, from: "https://intranet/feed.json" } } };
    const xml = toPartXml(data);
    expect(xml).toContain("A&amp;B &lt;revised&gt; ]]&gt;");
    expect(fromPartXml(xml)).toEqual({ ok: true, value: data });
  });

  it("refuses a damaged part", () => {
    expect(fromPartXml("<other/>")).toEqual({ ok: false, errors: ["the data saved in this workbook is damaged (no ustData element)"] });
    const xml = toPartXml({ sources: [], refreshes: {} }).replace("{\"sources\"", "{\"sourc");
    expect(fromPartXml(xml).ok).toBe(false);
  });
});

describe("docs/team-feed.md", () => {
  it("its example is a valid feed", () => {
    const md = fs.readFileSync(path.join(__dirname, "..", "..", "..", "docs", "team-feed.md"), "utf8");
    const example = /```json\n([\s\S]*?)```/.exec(md)?.[1] ?? "";
    const r = parseFeed(example);
    expect(r.ok && r.value.sources[0]?.series[0]?.observations).toEqual([["2024-11-30", 405.3], ["2024-12-31", 423.0]]);
  });
});
