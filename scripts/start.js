// @ts-check
/**
 * `npm start`: serve the add-in from https://localhost:3000 and sideload it.
 * - Windows / macOS (Excel desktop): Microsoft's office-addin-debugging starts the dev server and
 *   sideloads manifest.xml into Excel.
 * - Elsewhere (e.g. Linux, where Excel desktop does not exist): start the dev server and print the
 *   steps to upload manifest.xml to Excel on the web.
 */
const { spawn } = require("child_process");
const net = require("net");
const path = require("path");

const root = path.resolve(__dirname, "..");
const manifest = path.join(root, "manifest.xml");

function run(cmd, args) {
  const child = spawn(cmd, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
}

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Resolves true when the port is free on this machine. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true))).listen(port);
  });
}

async function main() {
  if (!(await portIsFree(PORT))) {
    console.error(`Port ${PORT} is already in use: another dev server (or \`npm start\`) is running. Stop it (npm stop, or Ctrl+C in its terminal) and try again.`);
    process.exit(1);
  }
  if (process.platform === "win32" || process.platform === "darwin") {
    run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
    return;
  }
  console.log(
    [
      "",
      `Excel desktop is not available on ${process.platform}: serving the add-in for Excel on the web instead.`,
      "",
      "  Add-in files:  https://localhost:3000/ (taskpane.html, functions.js, functions.json)",
      `  Manifest:      ${manifest}`,
      "",
      "To use it in Excel on the web:",
      "  1. Trust the developer certificate authority printed below in the browser you use for Excel",
      "     (otherwise the browser blocks https://localhost:3000).",
      "  2. Open https://www.office.com, sign in, and open or create a workbook in Excel.",
      "  3. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in → Browse… → choose the manifest above → Upload.",
      "  4. Type =UST. in a cell to see the functions; open the taskpane from Home → UST → Holders & Basis.",
      "  (Alternative: npx office-addin-debugging start manifest.xml web --document <URL of a workbook in OneDrive/SharePoint>)",
      "",
      "Stop the server with Ctrl+C.",
      "",
    ].join("\n"),
  );
  run("npx", ["webpack", "serve", "--mode", "development"]);
}

void main();
