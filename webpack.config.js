/* eslint-disable @typescript-eslint/no-require-imports */
// Builds dist/: functions.js + functions.json (generated from JSDoc by Microsoft's
// custom-functions-metadata-plugin), taskpane.html + taskpane.js, help.html, assets, manifest.xml.
// Shared runtime: taskpane.html carries both the functions and the taskpane chunks.
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

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

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const files = functionFiles();
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: files,
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: files }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
      }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { hints: false },
  };
  if (dev) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      hot: false,
      liveReload: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.join(__dirname, "dist") },
      server: { type: "https", options: env.WEBPACK_SERVE ? await devCerts.getHttpsServerOptions() : undefined },
      port: DEV_PORT,
      client: false,
    };
  }
  return config;
};
