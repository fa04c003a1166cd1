// @ts-check
/**
 * The Content-Security-Policy of the production taskpane (and help) page. The production build puts it
 * in a <meta http-equiv> tag as the first element of <head> (so it governs office.js too, and it works on
 * hosts that cannot set headers, e.g. SharePoint or GitHub Pages); `npm run serve:prod` also sends it as a
 * header. It allows exactly:
 *  - scripts: our own origin and Microsoft's office.js CDN folder. office.js loads its own files (the
 *    host-specific script such as excel-win32-16.01.js, `<locale>/office_strings.js`,
 *    telemetry/oteljs_agave.js) from the folder it was loaded from (office.debug.js: `getOfficeJsBasePath()`),
 *    and in Excel on the web, when it cannot trust the host page, it frames its error page
 *    `AgaveErrorUX/index.html` from that same folder (hence frame-src). No 'unsafe-inline', no 'unsafe-eval'.
 *  - styles and images: our own origin;
 *  - fetch/XHR (connect-src): our own origin, the official data-source origins in
 *    src/shared/data-endpoints.json, and the team-feed origins named at build time.
 * Everything else falls back to default-src 'none'.
 *
 * Team feeds: a CSP cannot be widened by the page at run time, so a feed URL typed into the taskpane is
 * reachable only if it is on the add-in's own origin (covered by 'self': the recommended place) or its
 * origin was given to the build (`--env feeds=URL[,URL]` or UST_TEAM_FEEDS). See README.md, "Roll out to a team".
 * @see https://www.w3.org/TR/CSP3/ (meta delivery: frame-ancestors, report-uri and sandbox are ignored there)
 * @see https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
 */
const { origins: DATA_ORIGINS } = require("../src/shared/data-endpoints.json");

/** The folder office.js is served from (Microsoft requires add-ins to load office.js from here). */
const OFFICE_JS_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * The https origin of each team-feed URL; throws on anything that is not an absolute https URL.
 * @param {string[]} feedUrls
 * @returns {string[]}
 */
function feedOrigins(feedUrls) {
  return feedUrls.map((raw) => {
    /** @type {URL} */
    let url;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`team feed "${raw}" is not an absolute URL (expected e.g. https://intranet.example.org/ust/feed.json)`);
    }
    if (url.protocol !== "https:") throw new Error(`team feed "${raw}" must be https (the add-in page is https and blocks mixed content)`);
    return url.origin;
  });
}

/**
 * The policy text, directives separated by "; ".
 * @param {{ teamFeeds?: string[] }} [options] team-feed URLs (any URL on the origin; the origin is allowed)
 * @returns {string}
 */
function contentSecurityPolicy(options = {}) {
  const connect = [...new Set(["'self'", ...Object.values(DATA_ORIGINS), ...feedOrigins(options.teamFeeds ?? [])])];
  const directives = [
    ["default-src", "'none'"],
    ["script-src", "'self'", OFFICE_JS_FOLDER],
    ["style-src", "'self'"],
    ["img-src", "'self'"],
    ["connect-src", ...connect],
    ["frame-src", OFFICE_JS_FOLDER],
    ["base-uri", "'none'"],
    ["form-action", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/**
 * Comma-separated list (from `--env feeds=` or UST_TEAM_FEEDS) → URLs.
 * @param {string | undefined} text
 */
function parseFeedList(text) {
  return (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The policy a built page declares in its <meta http-equiv="Content-Security-Policy">, if any.
 * @param {string} html
 * @returns {string | undefined}
 */
function metaPolicy(html) {
  return /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)?.[1];
}

module.exports = { contentSecurityPolicy, metaPolicy, parseFeedList, OFFICE_JS_FOLDER, DATA_ORIGINS };
