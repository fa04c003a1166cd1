// @ts-check
/**
 * Webpack plugin for the production build (`npm run build:prod`). Webpack already content-hashes the
 * bundles, the copied files and the pages (see webpack.config.js); this plugin finishes the job:
 *  1. in every generated page, points references to copied files (taskpane.css, assets/…) at their hashed
 *     names and puts the Content-Security-Policy <meta> first in <head> (before office.js);
 *  2. gives functions.json (written by the custom-functions metadata plugin under a fixed name) a content hash
 *     for the manifest, and keeps a copy under the plain name for the task pane, which fetches
 *     "functions.json" next to its page (src/taskpane/ui/tools-panel.ts, with `cache: "no-store"`);
 *  3. writes manifest.xml, whose every URL points at the hashed files under the public base URL.
 * Hashes are [contenthash:16] everywhere (hex), so the same inputs always give the same names.
 */
const crypto = require("crypto");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { productionManifest, escapeRegExp } = require("./production-manifest");

const NAME = "UstReleasePlugin";
const HASH_LENGTH = 16;
const HASHED = new RegExp(`\\.[0-9a-f]{${HASH_LENGTH}}(?=\\.[^./]+$)`);

/** "taskpane.0123456789abcdef.css" → "taskpane.css" (the name the page and the dev manifest use). */
const unhashed = (/** @type {string} */ file) => file.replace(HASHED, "");

/**
 * Point a page's attribute references to a copied file (`href="taskpane.css"`, quoted or not) at its hashed name.
 * @param {string} html @param {string} from @param {string} to
 */
function retarget(html, from, to) {
  return html.replace(new RegExp(`(=\\s*["']?)${escapeRegExp(from)}(?=["'\\s>])`, "g"), `$1${to}`);
}

/** @param {string} html @param {string} csp */
function withCspMeta(html, csp) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error(`${NAME}: page has no <head> for the Content-Security-Policy`);
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

class ReleasePlugin {
  /** @param {{ baseUrl: string, version: string, csp: string, devManifest: string }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const { baseUrl, version, csp, devManifest } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap(NAME, (data) => {
        let html = data.html;
        for (const asset of compilation.getAssets()) {
          if (asset.info.copied) html = retarget(html, unhashed(asset.name), asset.name);
        }
        data.html = withCspMeta(html, csp);
        return data;
      });
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const metadata = compilation.getAsset("functions.json");
        if (!metadata) throw new Error(`${NAME}: functions.json was not generated`);
        const digest = crypto.createHash("sha256").update(metadata.source.source()).digest("hex").slice(0, HASH_LENGTH);
        compilation.renameAsset("functions.json", `functions.${digest}.json`);
        /** @type {Map<string, string>} */
        const built = new Map(compilation.getAssets().map((a) => [unhashed(a.name), a.name]));
        const xml = productionManifest(fs.readFileSync(devManifest, "utf8"), { baseUrl, version, fileFor: (f) => built.get(f) });
        compilation.emitAsset("manifest.xml", new sources.RawSource(xml));
        compilation.emitAsset("functions.json", metadata.source);
      });
    });
  }
}

module.exports = { ReleasePlugin, HASH_LENGTH, unhashed };
