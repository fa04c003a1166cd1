/**
 * Refresh over real HTTP: the taskpane's fetch code (`fetchText`, global fetch) against a fixture
 * server this test starts on 127.0.0.1, then the refresh path with the workbook behind office-addin-mock.
 */
import * as http from "http";
import { AddressInfo } from "net";
import { feedSources } from "../../src/core/refresh/feed";
import { DATA_NAMESPACE } from "../../src/core/refresh/workbook-part";
import { baseStore, feedText, ticWire } from "../core/refresh/fixtures";
import { FakeWorkbook, installOffice, newWorkbook } from "./support/fake-office";
import { Modules, freshModules } from "./support/fresh";

const FEED = feedText([ticWire("2026-04-15", [["2025-01-31", 430.2]])]);
const SLOW_MS = 1500;
const TIMEOUT_MS = 300;

const routes: Record<string, (res: http.ServerResponse) => void> = {
  "/fred/series/observations?series_id=TREAST&api_key=abcdefghijklmnopqrstuvwxyz012345&file_type=json": (res) => res.writeHead(200).end('{"observations":[]}'),
  "/feed.json": (res) => res.writeHead(200, { "content-type": "application/json" }).end(FEED),
  "/error.json": (res) => res.writeHead(500, "Internal Server Error").end("upstream failure"),
  "/truncated.json": (res) => res.writeHead(200, { "content-type": "application/json" }).end(FEED.slice(0, 200)),
  // answers only after the timeout
  "/slow.json": (res) => void setTimeout(() => res.writeHead(200).end(FEED), SLOW_MS),
  // sends headers at once, then the body after the timeout (the timeout must cover the body too)
  "/slow-body.json": (res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write(FEED.slice(0, 10));
    setTimeout(() => res.end(FEED.slice(10)), SLOW_MS);
  },
};

let server: http.Server;
let base: string;
let wb: FakeWorkbook;
let m: Modules;

beforeAll(async () => {
  server = http.createServer((req, res) => (routes[req.url ?? ""] ?? ((r: http.ServerResponse) => r.writeHead(404).end()))(res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

beforeEach(async () => {
  wb = installOffice(newWorkbook());
  m = await freshModules();
  m.state.setStore(baseStore());
});

async function refreshFrom(path: string) {
  const before = m.state.getStore();
  const t0 = Date.now();
  const transfer = await m.fetch.fetchText(`${base}${path}`, TIMEOUT_MS);
  const elapsed = Date.now() - t0;
  const outcomes = await m.sync.runRefresh("Team feed", transfer, feedSources, { channel: "feed", from: `${base}${path}` });
  return { transfer, outcomes, elapsed, kept: m.state.getStore() === before };
}

describe("refresh over HTTP from a fixture server on 127.0.0.1", () => {
  it("a valid feed is fetched, swapped in and saved in the workbook", async () => {
    const r = await refreshFrom("/feed.json");
    expect(r.outcomes).toEqual([{ label: "Team feed", status: "updated", message: "1 series through 2025-01-31, 1 new or revised value(s), as of 2026-04-15" }]);
    expect(m.state.getStore().require("tic.cayman_islands").values).toEqual([401.5, 410.8, 423.0, 430.2]);
    expect(wb.parts.get(DATA_NAMESPACE)).toContain("2026-04-15");
  });

  it("HTTP 500 keeps the previous data", async () => {
    const r = await refreshFrom("/error.json");
    expect(r.transfer).toEqual({ ok: false, kind: "http", message: expect.stringMatching(/^HTTP 500 Internal Server Error from 127\.0\.0\.1:\d+$/) });
    expect(r.kept).toBe(true);
    expect(wb.parts.size).toBe(0);
  });

  it("a truncated response keeps the previous data", async () => {
    const r = await refreshFrom("/truncated.json");
    expect(r.outcomes[0]?.message).toMatch(/rejected: the feed is truncated \(the JSON ends before it is complete, 200 characters received\); previous data kept$/);
    expect(r.kept).toBe(true);
  });

  it.each(["/slow.json", "/slow-body.json"])("a response slower than the timeout (%s) is abandoned at the timeout; previous data kept", async (path) => {
    const r = await refreshFrom(path);
    expect(r.transfer).toEqual({ ok: false, kind: "timeout", message: expect.stringMatching(/^no complete answer from 127\.0\.0\.1:\d+ within 0\.3 s$/) });
    expect(r.elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(r.elapsed).toBeLessThan(SLOW_MS);
    expect(r.kept).toBe(true);
    expect(wb.calculations).toBe(0);
  });

  it("the FRED API key in a request URL is never part of what is shown or saved", async () => {
    const t = await m.fetch.fetchText(`${base}/fred/series/observations?series_id=TREAST&api_key=abcdefghijklmnopqrstuvwxyz012345&file_type=json`, TIMEOUT_MS);
    expect(t).toEqual({ ok: true, text: '{"observations":[]}', from: `${base}/fred/series/observations?series_id=TREAST&api_key=…&file_type=json` });
  });

  it("an unreachable server is reported as such", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const t = await m.fetch.fetchText(`http://127.0.0.1:${port}/feed.json`, TIMEOUT_MS);
    expect(t).toEqual({ ok: false, kind: "network", message: expect.stringMatching(/^could not reach 127\.0\.0\.1:\d+ \(fetch failed\); if the browser blocks it \(CORS\), download the file and import it$/) });
  });
});
