// Builds dist/: functions.js + functions.json (generated from JSDoc by Microsoft's
// custom-functions-metadata-plugin), taskpane.html + taskpane.js, help.html, assets, manifest.xml.
// Shared runtime: taskpane.html carries both the functions and the taskpane chunks.
//
// Production release (`npm run build:prod -- --env base=https://addins.example.org/ust/`, or UST_BASE_URL):
// the same files under content-hashed names in dist-prod/ (never dist/, which the dev server and tests use),
// pages carrying the Content-Security-Policy (scripts/csp.js), and a generated manifest.xml whose every URL
// points under the base URL (scripts/release-plugin.js, scripts/production-manifest.js).
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { ReleasePlugin, HASH_LENGTH } = require("./scripts/release-plugin");
const { normalizeBaseUrl } = require("./scripts/production-manifest");
const { contentSecurityPolicy, parseFeedList } = require("./scripts/csp");

const DEV_PORT = 3000;

/** Every src/functions/*.ts file that declares a @customfunction is an input of the metadata plugin. */
function functionFiles() {
  const dir = path.join(__dirname, "src", "functions");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && fs.readFileSync(path.join(dir, f), "utf8").includes("@customfunction"))
    .sort()
    .map((f) => `./src/functions/${f}`);
}

/** The production release settings, or null for the ordinary (dev/test) build. */
function releaseSettings(env) {
  if (!env.release) return null;
  return {
    baseUrl: normalizeBaseUrl(env.base || process.env.UST_BASE_URL),
    csp: contentSecurityPolicy({ teamFeeds: parseFeedList(env.feeds || process.env.UST_TEAM_FEEDS) }),
  };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const release = releaseSettings(env);
  if (release && dev) throw new Error("build:prod is a production build: use --mode production");
  /** Content-hashed names in a release: Excel and browsers never mix cached files of two versions. */
  const hashed = (name, ext) => (release ? `${name}.[contenthash:${HASH_LENGTH}]${ext}` : `${name}${ext}`);
  const files = functionFiles();
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: files,
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outDir || (release ? "dist-prod" : "dist")),
      filename: hashed("[name]", ".js"),
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: hashed("assets/[name]", "[ext]") } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: files }),
      new HtmlWebpackPlugin({
        filename: hashed("taskpane", ".html"),
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
      }),
      new HtmlWebpackPlugin({ filename: hashed("help", ".html"), template: "./src/taskpane/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: hashed("assets/[name]", "[ext]") },
          { from: "src/taskpane/taskpane.css", to: hashed("taskpane", ".css") },
          // a release writes its own manifest (ReleasePlugin); the dev manifest points at localhost
          ...(release ? [] : [{ from: "manifest.xml", to: "manifest.xml" }]),
        ],
      }),
      ...(release ? [new ReleasePlugin({ ...release, version: require("./package.json").version, devManifest: path.join(__dirname, "manifest.xml") })] : []),
    ],
    performance: { hints: false },
  };
  if (dev) {
    const { httpsOptions } = require("./scripts/dev-certs");
    config.devServer = {
      hot: false,
      liveReload: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.join(__dirname, "dist") },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : undefined },
      port: DEV_PORT,
      client: false,
    };
  }
  return config;
};
