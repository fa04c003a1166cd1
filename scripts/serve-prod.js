// @ts-check
/**
 * `npm run serve:prod`: serves a production build (dist-prod/) over HTTPS with the office-addin-dev-certs
 * certificates, the way a production host should: under the base URL's path, with the right content type
 * per file, the Content-Security-Policy header on pages (the same policy as the page's <meta>), immutable
 * caching for content-hashed files and no caching for manifest.xml. GET and HEAD only.
 * The custom-functions metadata (.json) also gets `Access-Control-Allow-Origin: *`: Excel on the web
 * downloads it with an XHR from its own origin (https://*.officeapps.live.com), which CORS would otherwise
 * block (OfficeDev/office-js#3970, OfficeDev/Excel-Custom-Functions#212). Pages and scripts need no CORS.
 *
 * To sideload the production manifest before publishing, build it for this server:
 *   npm run build:prod -- --env base=https://localhost:3443/ && npm run serve:prod
 * then sideload dist-prod/manifest.xml (README.md, "Roll out to a team").
 *
 * Usage: node scripts/serve-prod.js [--dir dist-prod] [--port 3443]
 */
const fs = require("fs");
const https = require("https");
const path = require("path");
const { httpsOptions } = require("./dev-certs");
const { contentSecurityPolicy, metaPolicy } = require("./csp");
const { manifestBaseUrl } = require("./production-manifest");
const { unhashed } = require("./release-plugin");
const { option } = require("./package");

/** Content types a host must send (README.md, "Roll out to a team", lists the same). */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};
const LOCAL_HOSTS = ["localhost", "127.0.0.1"];
const DEFAULT_PORT = 3443;

/** The path below the base URL's path, decoded; null when the request is outside it or malformed. */
function relativePath(/** @type {string} */ pathname, /** @type {string} */ prefix) {
  if (!pathname.startsWith(prefix)) return null;
  try {
    return decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
}

/**
 * @param {string} dir the production build
 * @param {string} prefix the base URL's path, e.g. "/ust/"
 * @returns {import("http").RequestListener}
 */
function handler(dir, prefix) {
  const root = path.resolve(dir);
  return (req, res) => {
    const url = new URL(req.url ?? "/", "https://localhost");
    const rel = relativePath(url.pathname, prefix);
    const file = rel === null ? null : path.resolve(root, rel);
    /** @type {string | undefined} */
    const type = file ? CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (path.extname(file))] : undefined;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
    } else if (!file || !type || !file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`not found: ${url.pathname}\n`);
    } else {
      const body = fs.readFileSync(file);
      /** @type {Record<string, string>} */
      const headers = {
        "Content-Type": type,
        "Content-Length": String(body.length),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": unhashed(file) !== file ? "public, max-age=31536000, immutable" : "no-cache",
      };
      if (path.extname(file) === ".html") headers["Content-Security-Policy"] = metaPolicy(body.toString("utf8")) ?? contentSecurityPolicy();
      if (path.extname(file) === ".json") headers["Access-Control-Allow-Origin"] = "*";
      res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
    }
  };
}

/**
 * Start the server; resolves once it listens.
 * @param {{ dir: string, port?: number }} options
 */
async function serveProduction({ dir, port }) {
  const base = new URL(manifestBaseUrl(fs.readFileSync(path.join(dir, "manifest.xml"), "utf8")));
  const local = LOCAL_HOSTS.includes(base.hostname);
  const listenPort = port ?? (local && base.port ? Number(base.port) : DEFAULT_PORT);
  const server = https.createServer(await httpsOptions(), handler(dir, base.pathname));
  await new Promise((resolve) => server.listen(listenPort, "127.0.0.1", () => resolve(undefined)));
  const here = `https://localhost:${listenPort}${base.pathname}`;
  console.log(`serve:prod: ${dir} at ${here}`);
  if (local && Number(base.port || 443) === listenPort) console.log(`Sideload ${path.join(dir, "manifest.xml")}: every URL in it is served here.`);
  else console.log(`Note: this build's manifest points at ${base.href}, not at this server. To sideload it from here, build with --env base=${here}`);
  return server;
}

module.exports = { serveProduction, CONTENT_TYPES };

if (require.main === module) {
  const argv = process.argv.slice(2);
  const dir = path.resolve(option(argv, "--dir", path.join(__dirname, "..", "dist-prod")));
  const port = option(argv, "--port", "");
  serveProduction({ dir, port: port ? Number(port) : undefined }).catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
