/**
 * Imported upstream files through the taskpane's format recognition and the data layer's parsers
 * (fixtures written by the data layer in the upstream layouts, tests/fixtures/data), then the refresh path
 * with the workbook behind office-addin-mock: a newer file is merged in, an older, truncated, malformed
 * or wrong-schema file leaves the data in use.
 */
import * as fs from "fs";
import * as path from "path";
import { DATA_NAMESPACE } from "../../src/core/refresh/workbook-part";
import { baseStore } from "../core/refresh/fixtures";
import { FakeWorkbook, installOffice, newWorkbook } from "./support/fake-office";
import { Modules, freshModules } from "./support/fresh";

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, "..", "fixtures", "data", name), "utf8");
const MFH = fixture("mfh-sample.txt");

let m: Modules;
let wb: FakeWorkbook;

beforeEach(async () => {
  wb = installOffice(newWorkbook());
  m = await freshModules();
});

async function importText(name: string, text: string) {
  const up = m.upstream.upstreamForFile(name, text);
  const before = m.state.getStore();
  const outcomes = await m.sync.runRefresh(up.label, { ok: true, text, from: name }, up.parse, { channel: "file", from: name });
  return { up: up.id, outcomes, kept: m.state.getStore() === before };
}

describe("imported upstream files", () => {
  it("recognises each format by its content", () => {
    const ids = ["mfh-sample.txt", "mfhhis01-sample.txt", "fredgraph-GFDEBTN.csv", "fred-TREAST-observations.json", "debt-to-the-penny.json", "mspd-table1.json"].map((f) => m.upstream.upstreamForFile(f, fixture(f)).id);
    expect(ids).toEqual(["tic", "tic", "fred", "fred", "fiscaldata", "fiscaldata"]);
  });

  it("a TIC mfh.txt newer than the data in use is merged in and saved in the workbook", async () => {
    m.state.setStore(baseStore());
    const r = await importText("mfh.txt", MFH);
    expect(r.outcomes.map((o) => o.status)).toEqual(["updated"]);
    const cayman = m.state.getStore().require("tic.cayman_islands");
    expect(cayman.values.slice(-3)).toEqual([418.3, 405.3, 423]);
    expect(cayman.provenance.source.file).toBe("mfh.txt");
    expect(m.state.getStore().require("tic.japan").values.at(-1)).toBe(1061.5);
    expect(wb.parts.get(DATA_NAMESPACE)).toContain("mfh.txt retrieved");
  });

  it("an mfh.txt older than the embedded TIC data (through Dec-2025) is refused as an older vintage", async () => {
    const r = await importText("mfh.txt", MFH);
    expect(r.outcomes).toEqual([{ label: "TIC Major Foreign Holders", status: "failed", kind: "stale", message: "covers periods through 2024-12-31, older than the data in use (through 2025-12-31); previous data kept" }]);
    expect(r.kept).toBe(true);
    expect(wb.parts.size).toBe(0);
  });

  it("a truncated TIC file is refused with the parser's precise error", async () => {
    m.state.setStore(baseStore());
    const cut = MFH.split("\n").slice(0, 9).join("\n");
    const r = await importText("mfh.txt", cut);
    expect(r.outcomes[0]?.status).toBe("failed");
    expect(r.outcomes[0]?.message).toMatch(/^mfh\.txt rejected: .*Grand Total.*; previous data kept$/);
    expect(r.kept).toBe(true);
  });

  it("a malformed row (text where a number belongs) is refused with line and column", async () => {
    m.state.setStore(baseStore());
    const r = await importText("mfh.txt", MFH.replace("1087.1", "1O87.1"));
    expect(r.outcomes[0]?.message).toMatch(/^mfh\.txt rejected: line 8, .*found "1O87\.1".*; previous data kept$/);
    expect(r.kept).toBe(true);
  });

  it("a file of another schema is refused", async () => {
    const tic = m.upstream.UPSTREAMS.find((u) => u.id === "tic");
    const r = await m.sync.runRefresh("TIC", { ok: true, text: fixture("debt-to-the-penny.json"), from: "mfh.txt" }, tic!.parse, { channel: "file", from: "mfh.txt" });
    expect(r[0]?.status).toBe("failed");
    expect(r[0]?.kind).toBe("parse");
  });
});

describe("every upstream parser through the refresh path, against the embedded data", () => {
  const cases: [string, string, string][] = [
    ["fredgraph-GFDEBTN.csv", "fredgraph-GFDEBTN.csv", "covers periods through 2025-03-31, older than the data in use (through 2026-03-31); previous data kept"],
    ["fred-TREAST-observations.json", "https://api.stlouisfed.org/fred/series/observations?series_id=TREAST&api_key=…&file_type=json", "covers periods through 2025-03-31, older than the data in use (through 2026-03-31); previous data kept"],
    ["mspd-table1.json", "mspd-table1.json", "covers periods through 2025-02-28, older than the data in use (through 2025-06-30); previous data kept"],
  ];
  it.each(cases)("%s is read by its parser and refused as older than the data in use", async (file, from, message) => {
    const text = fixture(file);
    const up = m.upstream.upstreamForFile(file, text);
    const outcomes = await m.sync.runRefresh(up.label, { ok: true, text, from }, up.parse, { channel: "file", from: file });
    expect(outcomes).toEqual([{ label: up.label, status: "failed", kind: "stale", message }]);
  });

  it("a Debt to the Penny file whose quarter ends hold the embedded values is reported as up to date", async () => {
    const text = fixture("debt-to-the-penny.json");
    const up = m.upstream.upstreamForFile("debt_to_penny.json", text);
    const outcomes = await m.sync.runRefresh(up.label, { ok: true, text, from: "debt_to_penny.json" }, up.parse, { channel: "file", from: "debt_to_penny.json" });
    expect(outcomes.map((o) => o.status)).toEqual(["unchanged"]);
  });
});
