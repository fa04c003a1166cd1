// @ts-check
/**
 * Offline check of the XML add-in manifest (the online `office-addin-manifest validate` service is not
 * reachable everywhere, and no npm package ships the current XSDs). It checks what makes Excel refuse
 * or mis-load an add-in:
 *  - well-formed XML; root <OfficeApp xsi:type="TaskPaneApp">;
 *  - required elements present and in the order Microsoft documents
 *    ("How to find the proper order of manifest elements", learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering);
 *  - every `resid` defined in <Resources>, of the right kind; resource and control ids unique;
 *  - every URL https and under the add-in's base URL, pointing at a file the build produced (when distDir is given);
 *  - the custom-functions namespace alphanumeric and ≤ 32 characters;
 *  - shared runtime: the SharedRuntime requirement, one <Runtime lifetime="long">, and the functions page,
 *    FunctionFile and taskpane all on that runtime's page.
 *
 * Usage: node scripts/check-manifest.js manifest.xml [distDir] [baseUrl]
 */
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

const DEV_BASE_URL = "https://localhost:3000/";

/** Child order per parent element (local names), from Microsoft's manifest element ordering page. */
const ORDER = {
  OfficeApp: ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides", "ExtendedOverrides"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "VersionOverrides", "WebApplicationInfo"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};
/** Extension point children depend on its type. */
const EXTENSION_POINT_ORDER = {
  CustomFunctions: ["Script", "Page", "Metadata", "Namespace"],
  PrimaryCommandSurface: ["CustomTab", "OfficeTab"],
  ContextMenu: ["OfficeMenu"],
};
const REQUIRED_TOP = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];

/** Which resource table a `resid` on a given element must point into. */
const RESID_KIND = {
  Image: ["Images"],
  SourceLocation: ["Urls"],
  LearnMoreUrl: ["Urls"],
  FunctionFile: ["Urls"],
  Runtime: ["Urls"],
  Namespace: ["ShortStrings"],
  Label: ["ShortStrings"],
  Title: ["ShortStrings"],
  Description: ["ShortStrings", "LongStrings"],
};

/** @param {Element} el */
const kids = (el) => /** @type {Element[]} */ (Array.from(el.childNodes).filter((n) => n.nodeType === 1));
/** @param {Element} el @param {string} name */
const child = (el, name) => kids(el).find((k) => k.localName === name);
/** @param {Element | Document} el @param {string} name */
const all = (el, name) => /** @type {Element[]} */ (Array.from(el.getElementsByTagName("*")).filter((e) => name === "*" || e.localName === name));
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/**
 * @param {string} xml manifest text
 * @param {{ distDir?: string, baseUrl?: string }} [options]
 * @returns {string[]} problems; empty when the manifest passes
 */
function checkManifest(xml, options = {}) {
  const baseUrl = options.baseUrl ?? DEV_BASE_URL;
  /** @type {string[]} */
  const problems = [];
  /** @type {Document} */
  let doc;
  try {
    const parserErrors = [];
    doc = new DOMParser({ onError: (level, msg) => parserErrors.push(`${level}: ${msg}`) }).parseFromString(xml, "text/xml");
    if (parserErrors.length) return parserErrors.map((e) => `XML is not well-formed: ${e}`);
  } catch (e) {
    return [`XML is not well-formed: ${e instanceof Error ? e.message : String(e)}`];
  }
  const root = doc.documentElement;
  if (!root || root.localName !== "OfficeApp") return ["root element must be <OfficeApp>"];
  if (root.getAttributeNS(XSI, "type") !== "TaskPaneApp") problems.push('<OfficeApp> must have xsi:type="TaskPaneApp" (custom functions need a task pane add-in)');

  // Element order and required elements.
  for (const name of REQUIRED_TOP) if (!child(root, name)) problems.push(`required element <${name}> is missing under <OfficeApp>`);
  checkOrder(root, problems);

  // Simple value formats.
  const id = child(root, "Id")?.textContent?.trim() ?? "";
  if (child(root, "Id") && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`<Id> must be a GUID (got "${id}")`);
  const version = child(root, "Version")?.textContent?.trim() ?? "";
  if (child(root, "Version") && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push(`<Version> must be like 1.0.0.0 (got "${version}")`);

  // Resources: ids unique, string lengths.
  /** @type {Record<string, Map<string, string>>} */
  const res = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  const seenIds = new Set();
  for (const resources of all(root, "Resources")) {
    for (const table of kids(resources)) {
      const map = res[table.localName];
      if (!map) continue;
      for (const item of kids(table)) {
        const rid = item.getAttribute("id") ?? "";
        if (seenIds.has(rid)) problems.push(`resource id "${rid}" is defined more than once`);
        seenIds.add(rid);
        const value = item.getAttribute("DefaultValue") ?? "";
        map.set(rid, value);
        if (table.localName === "ShortStrings" && value.length > 125) problems.push(`short string "${rid}" is longer than 125 characters`);
        if (table.localName === "LongStrings" && value.length > 250) problems.push(`long string "${rid}" is longer than 250 characters`);
      }
    }
  }
  // Every resid defined, in the right table.
  for (const el of all(root, "*")) {
    const rid = el.getAttribute("resid");
    if (rid === null) continue;
    const wanted = RESID_KIND[el.localName] ?? Object.keys(res);
    const found = Object.keys(res).find((t) => res[t].has(rid));
    if (!found) problems.push(`resid "${rid}" on <${el.localName}> is not defined in <Resources>`);
    else if (!wanted.includes(found)) problems.push(`resid "${rid}" on <${el.localName}> must be defined in <bt:${wanted.join("> or <bt:")}>, not <bt:${found}>`);
  }
  // Control/group/tab ids unique.
  const controlIds = new Set();
  for (const el of [...all(root, "Group"), ...all(root, "Control"), ...all(root, "CustomTab")]) {
    const cid = el.getAttribute("id") ?? "";
    if (controlIds.has(cid)) problems.push(`control id "${cid}" is used more than once`);
    controlIds.add(cid);
  }

  // URLs: https, under the base URL, and built.
  /** @type {Array<[string, string]>} */
  const urls = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const v = child(root, name)?.getAttribute("DefaultValue");
    if (v) urls.push([`<${name}>`, v]);
  }
  const defaultSource = child(root, "DefaultSettings") && child(/** @type {Element} */ (child(root, "DefaultSettings")), "SourceLocation");
  if (defaultSource) urls.push(["<DefaultSettings><SourceLocation>", defaultSource.getAttribute("DefaultValue") ?? ""]);
  for (const [rid, v] of [...res.Images, ...res.Urls]) urls.push([`resource "${rid}"`, v]);
  for (const [where, url] of urls) checkUrl(where, url, baseUrl, options.distDir, problems);
  for (const domain of all(root, "AppDomain")) {
    const v = domain.textContent?.trim() ?? "";
    if (!v.startsWith("https://")) problems.push(`<AppDomain> ${v} must be https`);
  }

  // Custom functions: namespace, metadata and script, shared runtime.
  const cf = all(root, "ExtensionPoint").find((e) => e.getAttributeNS(XSI, "type") === "CustomFunctions");
  if (!cf) problems.push("no <ExtensionPoint xsi:type=\"CustomFunctions\">");
  else {
    const nsId = child(cf, "Namespace")?.getAttribute("resid") ?? "";
    const ns = res.ShortStrings.get(nsId);
    if (ns !== undefined && !/^[A-Za-z0-9]{1,32}$/.test(ns)) problems.push(`custom functions namespace "${ns}" must be 1–32 letters or digits`);
    const urlOf = (/** @type {string} */ name) => {
      const sl = child(cf, name) && child(/** @type {Element} */ (child(cf, name)), "SourceLocation");
      return res.Urls.get(sl?.getAttribute("resid") ?? "") ?? "";
    };
    if (!/\.json$/.test(urlOf("Metadata"))) problems.push("custom functions <Metadata> must point to the generated .json file");
    if (!/\.js$/.test(urlOf("Script"))) problems.push("custom functions <Script> must point to a .js file");
    checkSharedRuntime(root, cf, res.Urls, problems);
  }
  return problems;
}

/** Children of every known parent must be known and in the documented order. */
function checkOrder(/** @type {Element} */ root, /** @type {string[]} */ problems) {
  for (const el of [root, ...all(root, "*")]) {
    const order = el.localName === "ExtensionPoint" ? EXTENSION_POINT_ORDER[el.getAttributeNS(XSI, "type") ?? ""] : ORDER[el.localName];
    if (!order) continue;
    let last = -1;
    let lastName = "";
    for (const k of kids(el)) {
      const pos = order.indexOf(k.localName);
      if (pos < 0) problems.push(`<${k.localName}> is not a valid child of <${el.localName}>`);
      else if (pos < last) problems.push(`<${k.localName}> must come before <${lastName}> in <${el.localName}> (documented element order)`);
      else {
        last = pos;
        lastName = k.localName;
      }
    }
  }
}

function checkUrl(/** @type {string} */ where, /** @type {string} */ url, /** @type {string} */ baseUrl, /** @type {string | undefined} */ distDir, /** @type {string[]} */ problems) {
  if (!url.startsWith("https://")) {
    problems.push(`${where}: URL ${url} must be https`);
    return;
  }
  if (!url.startsWith(baseUrl)) {
    problems.push(`${where}: URL ${url} is not under the add-in's base URL ${baseUrl}`);
    return;
  }
  if (distDir) {
    const rel = decodeURIComponent(url.slice(baseUrl.length).split(/[?#]/)[0] ?? "");
    if (!rel || !fs.existsSync(path.join(distDir, rel)) || fs.statSync(path.join(distDir, rel)).isDirectory()) problems.push(`${where}: URL ${url} points to ${rel || "(nothing)"}, which the build did not produce in ${distDir}`);
  }
}

function checkSharedRuntime(/** @type {Element} */ root, /** @type {Element} */ cf, /** @type {Map<string,string>} */ urls, /** @type {string[]} */ problems) {
  const sets = all(root, "Set").filter((s) => /** @type {Element} */ (s.parentNode)?.localName === "Sets");
  if (!sets.some((s) => s.getAttribute("Name") === "SharedRuntime")) problems.push('shared runtime: <Requirements> must include <Set Name="SharedRuntime">');
  const runtimes = all(root, "Runtime");
  if (runtimes.length !== 1) {
    problems.push(`shared runtime: expected exactly one <Runtime>, found ${runtimes.length}`);
    return;
  }
  const rt = /** @type {Element} */ (runtimes[0]);
  if (rt.getAttribute("lifetime") !== "long") problems.push('shared runtime: <Runtime> must have lifetime="long"');
  const page = urls.get(rt.getAttribute("resid") ?? "");
  const users = [
    ["custom functions <Page>", child(cf, "Page") && child(/** @type {Element} */ (child(cf, "Page")), "SourceLocation")?.getAttribute("resid")],
    ["<FunctionFile>", all(root, "FunctionFile")[0]?.getAttribute("resid")],
    ...all(root, "Action")
      .filter((a) => a.getAttributeNS(XSI, "type") === "ShowTaskpane")
      .map((a) => ["ShowTaskpane <Action>", child(a, "SourceLocation")?.getAttribute("resid")]),
  ];
  for (const [what, rid] of users) {
    if (!rid || urls.get(rid) !== page) problems.push(`shared runtime: ${what} must use the runtime's page ${page}`);
  }
  const defaultUrl = child(/** @type {Element} */ (child(root, "DefaultSettings") ?? root), "SourceLocation")?.getAttribute("DefaultValue");
  if (defaultUrl !== page) problems.push(`shared runtime: <DefaultSettings><SourceLocation> (${defaultUrl}) must be the runtime's page ${page}`);
}

module.exports = { checkManifest, DEV_BASE_URL };

if (require.main === module) {
  const [file = "manifest.xml", distDir, baseUrl] = process.argv.slice(2);
  const problems = checkManifest(fs.readFileSync(file, "utf8"), { distDir, baseUrl });
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log(`${file}: manifest check passed${distDir ? ` (URLs resolved in ${distDir})` : ""}`);
}
