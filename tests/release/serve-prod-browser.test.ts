/**
 * `npm run serve:prod` (scripts/serve-prod.js, started here as a child process) serves a production build
 * over HTTPS with the dev certificates; headless Chromium loads the manifest's taskpane page from it with
 * office.js stubbed. The page's scripts and stylesheet load, the functions bundle registers every function
 * of the built functions.json, the Content-Security-Policy is active (header and meta; a forbidden fetch and
 * an injected inline script are refused by both), and the console shows no CSP violation or other error.
 * Without a browser: the server answers GET/HEAD for the build's files under the base path only (404
 * outside it, for a path escaping the build folder or a malformed one; 405 for other methods).
 */
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as path from "path";
import { Browser } from "playwright-core";
import { describeWithChromium, launchChromium, openAddinPage } from "../support/browser";
import { BUILD_TIMEOUT_MS, buildRelease, manifestUrls, metaPolicy, removeDir, ROOT } from "./release-build";

/** A port that was free a moment ago (the build must know it: it is part of the base URL). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts scripts/serve-prod.js (what `npm run serve:prod` runs) and waits until it listens. */
function startServeProd(dir: string, port: number): Promise<{ child: ChildProcess; log: string[] }> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "serve-prod.js"), "--dir", dir, "--port", String(port)], { cwd: ROOT });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve:prod did not start:\n${log.join("")}`)), 20000);
    child.stderr?.on("data", (d: Buffer) => log.push(d.toString()));
    child.stdout?.on("data", (d: Buffer) => {
      log.push(d.toString());
      if (log.join("").includes("serve:prod: ")) {
        clearTimeout(timer);
        resolve({ child, log });
      }
    });
    child.on("exit", (code) => reject(new Error(`serve:prod exited with ${code}:\n${log.join("")}`)));
  });
}

/** One request to serve:prod with the path sent as written (the dev certificate is not trusted here). */
function request(method: string, rawPath: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = https.request({ method, hostname, port, path: rawPath, rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

let dist = "";
let server: { child: ChildProcess; log: string[] } | undefined;
let base = "";

beforeAll(async () => {
  const port = await freePort();
  base = `https://127.0.0.1:${port}/ust/`; // a build for trying the release locally, as README.md "Roll out to a team" describes
  dist = buildRelease(base);
  server = await startServeProd(dist, port);
}, BUILD_TIMEOUT_MS);
afterAll(() => {
  server?.child.kill();
  removeDir(dist);
});

describe("serve:prod", () => {
  it("serves only the build's files, under the base path, for GET and HEAD", async () => {
    const icon = new URL(manifestUrls(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8"))[0] ?? "").pathname;
    expect(icon).toMatch(/^\/ust\/assets\/icon-32\.[0-9a-f]{16}\.png$/);
    expect(await request("GET", icon)).toBe(200);
    expect(await request("HEAD", icon)).toBe(200);
    expect(await request("POST", icon)).toBe(405);
    expect(await request("GET", "/ust/missing.html")).toBe(404);
    expect(await request("GET", "/ust/%E0%A4%A.html")).toBe(404); // malformed escape: refused, server stays up
    expect(await request("GET", icon.replace("/ust/", "/"))).toBe(404); // outside the base path
    const outside = `${path.basename(dist)}-outside.html`; // a real file next to the build folder
    fs.writeFileSync(path.join(dist, "..", outside), "not part of the build");
    try {
      expect(await request("GET", `/ust/..%2f${outside}`)).toBe(404); // no escape from the build folder
    } finally {
      fs.rmSync(path.join(dist, "..", outside));
    }
  });
});

describeWithChromium("serve:prod in headless Chromium", () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium(["--ignore-certificate-errors"]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("loads the built taskpane and functions bundle under the CSP with no violation in the console", async () => {
    const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const taskpaneUrl = manifestUrls(manifest).find((u) => /\/taskpane\.[0-9a-f]{16}\.html$/.test(u)) ?? "";
    const pageHtml = fs.readFileSync(path.join(dist, taskpaneUrl.slice(base.length)), "utf8");

    const { page, errors, blocked } = await openAddinPage(browser as Browser, taskpaneUrl);
    // Every script and the stylesheet came from serve:prod with status 200.
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => ["script", "link"].includes((e as PerformanceResourceTiming).initiatorType))
        .map((e) => [e.name, (e as PerformanceResourceTiming).responseStatus] as [string, number]),
    );
    const fromServer = loaded.filter(([url]) => url.startsWith(base)).map(([url, status]) => [url.slice(base.length).replace(/\.[0-9a-f]{16}\./, "."), status]);
    expect(fromServer.sort()).toEqual([
      ["functions.js", 200],
      ["taskpane.css", 200],
      ["taskpane.js", 200],
    ]);

    const metadataUrl = manifestUrls(manifest).find((u) => u.endsWith(".json")) ?? "";
    const headers = await page.evaluate(async (metadata) => {
      // same origin, so connect-src 'self' allows these; "functions.json" is what the task pane itself fetches
      const [html, json, plain] = await Promise.all([fetch(location.href), fetch(metadata), fetch("functions.json", { cache: "no-store" })]);
      return {
        page: { csp: html.headers.get("content-security-policy"), type: html.headers.get("content-type") },
        metadata: { cors: json.headers.get("access-control-allow-origin"), type: json.headers.get("content-type") },
        sameMetadata: plain.ok && (await plain.text()) === (await json.text()),
      };
    }, metadataUrl);
    expect(headers).toEqual({
      page: { csp: metaPolicy(pageHtml), type: "text/html; charset=utf-8" },
      metadata: { cors: "*", type: "application/json; charset=utf-8" }, // Excel on the web fetches it cross-origin
      sameMetadata: true,
    });

    // The functions bundle registered exactly the functions of the built metadata.
    const metadata = JSON.parse(fs.readFileSync(path.join(dist, metadataUrl.slice(base.length)), "utf8")) as { functions: Array<{ id: string }> };
    const associated = await page.evaluate(() => Object.keys((window as unknown as { __associated: Record<string, unknown> }).__associated));
    expect(associated.sort()).toEqual(metadata.functions.map((f) => f.id.toUpperCase()).sort());
    expect(associated).toContain("BASIS.MAXLEV");

    // No console error (a CSP violation is reported as one), no page error, nothing left 127.0.0.1.
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);

    // The CSP is active: an unlisted origin and an injected inline script are refused.
    const violations = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => seen.push(e.effectiveDirective));
      await fetch("https://unlisted.example.com/data.json").catch(() => undefined);
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true;";
      document.body.appendChild(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { seen, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
    });
    // Each refusal is reported once per enforced policy: the header's and the <meta>'s.
    expect({ ...violations, seen: violations.seen.sort() }).toEqual({ seen: ["connect-src", "connect-src", "script-src-elem", "script-src-elem"], inlineRan: false });
    // ...and Chromium reports them on the console, so the empty `errors` above did mean "no violation".
    expect(errors.filter((e) => /Content Security Policy/.test(e)).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
