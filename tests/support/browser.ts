/**
 * Helpers for tests that load the production build (dist/) in headless Chromium.
 *
 * - `describeWithChromium`: runs the block when Debian's chromium is installed (/usr/bin/chromium, or
 *   $CHROMIUM_PATH); otherwise skips it with a message, except under CI (`process.env.CI`), where it fails.
 * - `serveDir(dir)`: a static file server on 127.0.0.1 (random port) that the test starts and closes.
 * - `openAddinPage(browser, url)`: a page in which office.js is a local stub (`OFFICE_STUB`) and every request
 *   that is not to 127.0.0.1 is blocked; console errors, page errors and blocked requests are collected.
 *
 * The stub defines `Office` (onReady resolves with host Excel) and `CustomFunctions` (`Error`, `ErrorCode`,
 * `associate` recording into `window.__associated`). Playwright never downloads a browser here: it is given
 * the system executable.
 */
import * as fs from "fs";
import * as http from "http";
import { AddressInfo } from "net";
import * as path from "path";
import { Browser, chromium, Page } from "playwright-core";
import { ERROR_CODES } from "../quality/bundle";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM_PATH);
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** The URL taskpane.html loads office.js from (Microsoft's CDN). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export const describeWithChromium: jest.Describe =
  HAS_CHROMIUM || process.env.CI
    ? describe
    : (((name: string) => {
        describe(name, () => {
          it.skip(`skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium; under CI this fails instead)`, () => undefined);
        });
      }) as unknown as jest.Describe);

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!HAS_CHROMIUM) throw new Error(`no Chromium at ${CHROMIUM_PATH}: CI must run \`apt-get install -y chromium\` first`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".css": "text/css", ".png": "image/png", ".xml": "application/xml" };

/** Serves `dir` on 127.0.0.1 at a free port; `routes` answer extra paths (e.g. test fixtures) first. */
export async function serveDir(dir: string, routes: Record<string, (res: http.ServerResponse) => void> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (route) return route(res);
    const file = path.join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** office.js stand-in: Office (host Excel) and CustomFunctions with associate recording. */
export const OFFICE_STUB = `
(function () {
  class CustomFunctionsError extends Error {
    constructor(code, message) { super(message); this.code = code; this.message = message === undefined ? "" : message; }
  }
  window.__associated = {};
  window.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: ${JSON.stringify(ERROR_CODES)},
    associate: function (id, fn) {
      if (typeof id === "string") window.__associated[id.toUpperCase()] = fn;
      else for (var k in id) window.__associated[k.toUpperCase()] = id[k];
    },
  };
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady: function (cb) { return Promise.resolve(cb ? cb(info) : info).then(function () { return info; }); },
    actions: { associate: function () {} },
  };
})();`;

export interface AddinPage {
  page: Page;
  /** console.error messages and uncaught page errors */
  errors: string[];
  /** requests that were blocked because they left 127.0.0.1 */
  blocked: string[];
}

/**
 * Opens `url` with office.js stubbed (`officeStub`, default OFFICE_STUB) and the network limited to 127.0.0.1.
 * `beforeLoad` runs on the new page before it navigates (e.g. to install a PerformanceObserver).
 */
export async function openAddinPage(
  browser: Browser,
  url: string,
  officeStub = OFFICE_STUB,
  { viewport, beforeLoad }: { viewport?: { width: number; height: number }; beforeLoad?: (page: Page) => Promise<unknown> } = {},
): Promise<AddinPage> {
  const page = await browser.newPage(viewport ? { viewport } : {});
  if (beforeLoad) await beforeLoad(page);
  const errors: string[] = [];
  const blocked: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  await page.route("**/*", (route) => {
    const target = route.request().url();
    if (target === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: "text/javascript", body: officeStub });
    if (new URL(target).hostname === "127.0.0.1") return route.continue();
    blocked.push(target);
    return route.abort();
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, errors, blocked };
}
