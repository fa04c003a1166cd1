/**
 * The production release (`npm run build:prod -- --env base=...`, then `npm run package`), built once into a
 * temporary folder: its manifest passes the offline check, points only at the base URL (never localhost) and
 * at files the build produced; its pages carry the Content-Security-Policy and no inline script; the package
 * holds exactly the manifest's files plus what they load.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import {
  BUILD_TIMEOUT_MS,
  buildRelease,
  checkManifest,
  contentSecurityPolicy,
  DATA_ORIGINS,
  listFiles,
  manifestUrls,
  manifestVersion,
  metaPolicy,
  normalizeBaseUrl,
  OFFICE_JS_FOLDER,
  PACKAGE,
  packageRelease,
  productionManifest,
  removeDir,
  ROOT,
} from "./release-build";

const BASE = "https://addins.example.org/ust/";
const FEED = "https://intranet.example.org/shared/ust-feed.json";
let dist = "";
let manifest = "";

beforeAll(() => {
  dist = buildRelease(BASE, [`feeds=${FEED}`]);
  manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
}, BUILD_TIMEOUT_MS);
afterAll(() => removeDir(dist));

/** Built file of a manifest URL (the URL minus the base). */
const fileOf = (url: string) => decodeURIComponent(url.slice(BASE.length));
const pageFiles = () => listFiles(dist).filter((f) => f.endsWith(".html"));

describe("production manifest", () => {
  it("passes the offline manifest check with every URL resolved in the production build", () => {
    expect(checkManifest(manifest, { distDir: dist, baseUrl: BASE })).toEqual([]);
  });

  it("contains no localhost and every URL is under the base URL", () => {
    expect(manifest).not.toMatch(/localhost|127\.0\.0\.1/);
    const urls = manifestUrls(manifest);
    const devUrls = manifestUrls(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
    expect(devUrls.length).toBeGreaterThan(0);
    expect(urls.length).toBe(devUrls.length); // every dev URL was carried over
    for (const url of urls) expect(url.startsWith(BASE)).toBe(true);
    expect(manifest).toContain("<AppDomain>https://addins.example.org</AppDomain>");
  });

  it("points every URL at a content-hashed file the build produced", () => {
    for (const url of manifestUrls(manifest)) {
      const file = fileOf(url);
      expect(fs.statSync(path.join(dist, file)).isFile()).toBe(true);
      expect(file).toMatch(/\.[0-9a-f]{16}\.(html|js|json|png)$/);
    }
  });

  it("takes <Version> from package.json as four parts and keeps the add-in <Id> of the dev manifest", () => {
    expect(manifest).toContain(`<Version>${PACKAGE.version}.0</Version>`);
    const devId = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))?.[1];
    expect(devId).toMatch(/^[0-9a-f-]{36}$/);
    expect(manifest).toContain(`<Id>${devId}</Id>`);
  });

  it("the taskpane, functions script and metadata are the shared-runtime files the page loads", () => {
    const url = (id: string) => new RegExp(`<bt:Url id="${id}" DefaultValue="([^"]+)"`).exec(manifest)?.[1] ?? "";
    const page = fs.readFileSync(path.join(dist, fileOf(url("Taskpane.Url"))), "utf8");
    expect(page).toMatch(new RegExp(`<script src="?${fileOf(url("Functions.Script.Url")).replace(/\./g, "\\.")}`));
    const metadata = JSON.parse(fs.readFileSync(path.join(dist, fileOf(url("Functions.Metadata.Url"))), "utf8")) as { functions: Array<{ id: string }> };
    expect(metadata.functions.map((f) => f.id)).toContain("BASIS.MAXLEV");
  });
});

describe("build options", () => {
  it("normalises the base URL and refuses anything but an absolute https URL", () => {
    expect(normalizeBaseUrl("https://addins.example.org/ust")).toBe("https://addins.example.org/ust/");
    expect(() => normalizeBaseUrl(undefined)).toThrow(/needs its public base URL/);
    expect(() => normalizeBaseUrl("http://addins.example.org/ust/")).toThrow(/must be https/);
    expect(() => normalizeBaseUrl("addins.example.org/ust/")).toThrow(/not an absolute URL/);
    expect(() => normalizeBaseUrl("https://addins.example.org/ust/?v=1")).toThrow(/query, fragment or credentials/);
  });

  it("fails the build when a file the dev manifest names was not built, naming it", () => {
    const devXml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const fileFor = (f: string) => (f === "functions.json" ? undefined : f);
    expect(() => productionManifest(devXml, { baseUrl: BASE, version: "1.0.0", fileFor })).toThrow(/produced no file for functions\.json/);
  });

  it("maps package versions x.y.z to x.y.z.0 and refuses pre-release tags Office cannot express", () => {
    expect(manifestVersion("2.10.3")).toBe("2.10.3.0");
    expect(() => manifestVersion("2.10.3-beta.1")).toThrow(/must be x\.y\.z/);
  });
});

describe("Content-Security-Policy", () => {
  it("is the first element of <head> in every page, before office.js, with no inline script or handler", () => {
    for (const file of pageFiles()) {
      const html = fs.readFileSync(path.join(dist, file), "utf8");
      expect(html).toMatch(/<head>\s*<meta http-equiv="?Content-Security-Policy"?/);
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
      expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/); // no script body
      expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    }
  });

  it("allows exactly office.js's CDN folder, our origin, the official data origins and the configured team feed", () => {
    const policy = metaPolicy(fs.readFileSync(path.join(dist, pageFiles()[0] ?? ""), "utf8")) ?? "";
    const directives = Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives).toEqual({
      "default-src": ["'none'"],
      "script-src": ["'self'", OFFICE_JS_FOLDER],
      "style-src": ["'self'"],
      "img-src": ["'self'"],
      "connect-src": ["'self'", "https://api.stlouisfed.org", "https://api.fiscaldata.treasury.gov", "https://ticdata.treasury.gov", "https://intranet.example.org"],
      "frame-src": [OFFICE_JS_FOLDER],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
    });
    expect(Object.values(DATA_ORIGINS)).toEqual(directives["connect-src"]?.slice(1, 4));
  });

  it("refuses a team feed that is not https", () => {
    expect(() => contentSecurityPolicy({ teamFeeds: ["http://intranet.example.org/feed.json"] })).toThrow(/must be https/);
  });
});

describe("npm run package", () => {
  let out = "";
  afterAll(() => removeDir(out));

  it("zips manifest.xml, the files the manifest references and the files their pages load, byte for byte", async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "ust-package-"));
    const { zipPath } = await packageRelease({ distDir: dist, outDir: out, name: PACKAGE.name, version: PACKAGE.version });
    expect(path.basename(zipPath)).toBe(`${PACKAGE.name}-${PACKAGE.version}.zip`);

    // Expected, worked out apart from the packager: the manifest's files, the src/href of its pages, and the
    // built files the pages' scripts ask for by name (the task pane fetches "functions.json").
    const referenced = new Set(["manifest.xml", ...manifestUrls(manifest).map(fileOf)]);
    for (const file of [...referenced].filter((f) => f.endsWith(".html"))) {
      const html = fs.readFileSync(path.join(dist, file), "utf8");
      for (const m of html.matchAll(/\s(?:src|href)="?([^"\s>]+)/g)) if (!/^https?:/.test(m[1] ?? "")) referenced.add(m[1] ?? "");
    }
    for (const script of [...referenced].filter((f) => f.endsWith(".js"))) {
      const code = fs.readFileSync(path.join(dist, script), "utf8");
      for (const m of code.matchAll(/"([\w./-]+\.(?:json|png|css|html))"/g)) if (fs.existsSync(path.join(dist, m[1] ?? ""))) referenced.add(m[1] ?? "");
    }
    const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
    const entries = Object.values(zip.files).filter((f) => !f.dir);
    expect(entries.map((f) => f.name).sort()).toEqual([...referenced].sort());
    for (const entry of entries) expect(Buffer.compare(await entry.async("nodebuffer"), fs.readFileSync(path.join(dist, entry.name)))).toBe(0);
    expect(entries.some((f) => /^taskpane\.[0-9a-f]{16}\.css$/.test(f.name))).toBe(true);
  });
});
