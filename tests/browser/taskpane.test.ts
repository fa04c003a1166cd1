/**
 * The built taskpane (dist/) in headless Chromium, office.js replaced by a local stub: it renders at
 * 350 px and 500 px without console errors, inside "Excel" and in a plain browser. Screenshots go to
 * .tmp/screenshots/. Needs /usr/bin/chromium (skipped with a message when absent, failing under CI).
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { feedText, ticWire } from "../core/refresh/fixtures";
import { describeWithChromium, launchChromium, openAddinPage, serveDir } from "../support/browser";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SHOTS = path.join(ROOT, ".tmp", "screenshots");
const STUB = fs.readFileSync(path.join(__dirname, "support", "office-stub.js"), "utf8");

/** Team feeds served next to the pane (same origin, as from an intranet). */
const FEEDS: Record<string, (res: http.ServerResponse) => void> = {
  "/fixtures/feed.json": (res) => res.writeHead(200, { "content-type": "application/json" }).end(feedText([ticWire("2099-01-31", [["2099-01-31", 500]])])),
  "/fixtures/error.json": (res) => res.writeHead(500, "Internal Server Error").end(),
};

describeWithChromium("taskpane in headless Chromium", () => {
  let server: Awaited<ReturnType<typeof serveDir>>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    server = await serveDir(DIST, FEEDS);
    base = server.url;
    browser = await launchChromium();
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Layout-shift total of the page, collected from before its first paint. */
  const trackLayoutShift = (page: Page) =>
    page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__cls += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });

  async function open(width: number, host: "Excel" | null, settings: Record<string, unknown> = {}): Promise<{ errors: string[]; status: string; cls: number; shot: string; page: Page }> {
    const stub = `window.__OFFICE_HOST__=${JSON.stringify(host)};window.__OFFICE_SETTINGS__=${JSON.stringify(settings)};\n${STUB}`;
    const { page, errors } = await openAddinPage(browser, `${base}/taskpane.html`, stub, { viewport: { width, height: 900 }, beforeLoad: trackLayoutShift });
    await page.waitForFunction(() => !/^Loading/.test(document.getElementById("status")?.textContent ?? "Loading"));
    await page.waitForTimeout(300);
    const shot = path.join(SHOTS, `taskpane-${width}${host ? "" : "-browser"}.png`);
    await page.screenshot({ path: shot });
    await page.screenshot({ path: shot.replace(".png", "-full.png"), fullPage: true });
    const status = (await page.textContent("#status")) ?? "";
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    return { errors, status, cls, shot, page };
  }

  for (const width of [350, 500]) {
    it(`renders inside Excel at ${width} px without console errors`, async () => {
      const { errors, status, cls, page } = await open(width, "Excel");
      expect(errors).toEqual([]);
      expect(status).toBe("Ready. Type =UST. in a cell to see the functions.");
      expect(await page.locator(".source").count()).toBeGreaterThanOrEqual(8);
      expect(await page.locator(".param").count()).toBeGreaterThan(20);
      expect(await page.locator(".group[open] .param").first().isVisible()).toBe(true);
      expect(await page.locator(".template button").count()).toBe(3);
      // nothing wider than the pane (no horizontal scrolling)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(cls).toBeLessThan(0.1);
      console.log(`width ${width}: cumulative layout shift ${cls.toFixed(4)}`);
      await page.locator("details.panel").nth(1).screenshot({ path: path.join(SHOTS, `taskpane-${width}-assumptions.png`) });
      await page.locator("details.panel").nth(2).screenshot({ path: path.join(SHOTS, `taskpane-${width}-sheets.png`) });
      await page.close();
    });
  }

  it("validates an assumption on entry with a message naming it, and accepts a valid one", async () => {
    const { page } = await open(350, "Excel");
    await page.fill("#a-unwind-leverage", "0.5");
    await page.press("#a-unwind-leverage", "Tab");
    expect(await page.getAttribute("#a-unwind-leverage", "aria-invalid")).toBe("true");
    expect(await page.textContent("#a-unwind-leverage-msg")).toMatch(/unwind\.leverage\): must be ≥ 1 × equity \(got 0\.5\)/);
    await page.fill("#a-unwind-leverage", "30");
    await page.press("#a-unwind-leverage", "Tab");
    await page.waitForFunction(() => /saved/.test(document.getElementById("a-unwind-leverage-msg")?.textContent ?? ""));
    expect(await page.getAttribute("#a-unwind-leverage", "aria-invalid")).toBe("false");
    expect(await page.evaluate(() => (window as unknown as { Office: { context: { document: { settings: { get(k: string): { unwind: { leverage: number } } } } } } }).Office.context.document.settings.get("ust.assumptions").unwind.leverage)).toBe(30);
    await page.close();
  });

  it("refreshes from a team feed URL through the pane: HTTP 500 keeps the data, a valid feed pins it", async () => {
    const { page } = await open(350, "Excel");
    await page.fill("#feed-url", `${base}/fixtures/error.json`);
    await page.click("#feed-refresh");
    await page.waitForFunction(() => /^Refresh:/.test(document.getElementById("status")?.textContent ?? ""));
    expect(await page.textContent("#status")).toMatch(/^Refresh: 0 updated, 0 unchanged, 1 failed\. Team feed: HTTP 500 Internal Server Error from 127\.0\.0\.1:\d+; previous data kept\.$/);
    expect(await page.locator(".badge.pinned").count()).toBe(0);
    await page.fill("#feed-url", `${base}/fixtures/feed.json`);
    await page.click("#feed-refresh");
    await page.waitForFunction(() => /^Refresh: 1 updated/.test(document.getElementById("status")?.textContent ?? ""));
    expect(await page.locator(".badge.pinned").count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, "taskpane-350-after-refresh.png") });
    await page.close();
  });

  it("imports a file through the picker: an older TIC mfh.txt is refused and named as such", async () => {
    const { page } = await open(350, "Excel");
    await page.setInputFiles("#file", path.join(ROOT, "tests", "fixtures", "data", "mfh-sample.txt"));
    await page.waitForFunction(() => /^Refresh:/.test(document.getElementById("status")?.textContent ?? ""));
    expect(await page.textContent("#status")).toBe(
      "Refresh: 0 updated, 0 unchanged, 1 failed. TIC Major Foreign Holders (mfh-sample.txt): covers periods through 2024-12-31, older than the data in use (through 2025-12-31); previous data kept.",
    );
    await page.close();
  });

  it("is keyboard accessible: every control has a name and the drop zone opens the picker with Enter", async () => {
    const { page } = await open(350, "Excel");
    const unnamed = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>("input:not([type=file]), select, button, [role=button]"))
        .filter((e) => !((e as HTMLInputElement).labels?.length || e.getAttribute("aria-label") || e.textContent?.trim()))
        .map((e) => e.id || e.outerHTML.slice(0, 60)),
    );
    expect(unnamed).toEqual([]);
    // the picker is the hidden file input: Enter on the focused drop zone must click it
    await page.evaluate(() =>
      document.getElementById("file")?.addEventListener("click", (e) => {
        (window as unknown as { __picked: boolean }).__picked = true;
        e.preventDefault();
      }),
    );
    await page.focus("#drop");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (window as unknown as { __picked?: boolean }).__picked)).toBe(true);
    await page.close();
  });

  it("corrupted saved assumptions: the pane shows the defaults and says so (never a blank pane)", async () => {
    const { errors, page } = await open(350, "Excel", { "ust.assumptions": '{"version":1,"unwind":{"leverage":' });
    expect(errors).toEqual([]);
    expect(await page.locator("#notices li").allTextContents()).toEqual(["Assumptions: the saved assumptions are not valid JSON; the defaults are in use."]);
    expect(await page.inputValue("#a-unwind-leverage")).toBe("50");
    await page.screenshot({ path: path.join(SHOTS, "taskpane-350-corrupted-settings.png") });
    await page.close();
  });

  it("shows a friendly state in a plain browser, without console errors", async () => {
    const { errors, status, page } = await open(350, null);
    expect(errors).toEqual([]);
    expect(status).toMatch(/^Open this add-in inside Excel/);
    expect(await page.locator("#refresh-all").isDisabled()).toBe(true);
    await page.close();
  });
});
