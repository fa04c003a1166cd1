/**
 * The offline manifest check (scripts/check-manifest.js) passes the real manifest against the real
 * build, and fails each deliberately broken copy with a message that says what is wrong.
 */
import * as fs from "fs";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/check-manifest.js") as { checkManifest: (xml: string, o?: { distDir?: string; baseUrl?: string }) => string[] };

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function broken(find: string | RegExp, replace: string): string {
  const out = manifest.replace(find, replace);
  if (out === manifest) throw new Error(`test setup: ${String(find)} not found in manifest.xml`);
  return out;
}

describe("offline manifest check", () => {
  it("passes manifest.xml with every URL resolved in the build output", () => {
    expect(fs.existsSync(path.join(DIST, "functions.json"))).toBe(true); // `npm test` builds first
    expect(checkManifest(manifest, { distDir: DIST })).toEqual([]);
  });

  const cases: Array<[string, string, RegExp]> = [
    ["a missing <Id>", broken(/<Id>[^<]*<\/Id>/, ""), /required element <Id> is missing/],
    ["elements out of order", broken(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1"), /<Version> must come before <ProviderName>/],
    ["a nested element out of order", broken(/(<Script>[\s\S]*?<\/Script>)(\s*)(<Page>[\s\S]*?<\/Page>)/, "$3$2$1"), /<Script> must come before <Page> in <ExtensionPoint>/],
    ["an undefined resid", broken('resid="TaskpaneButton.Tooltip"', 'resid="Nowhere.Tooltip"'), /resid "Nowhere.Tooltip" on <Description> is not defined/],
    ["an http URL", broken('"https://localhost:3000/assets/icon-16.png"', '"http://localhost:3000/assets/icon-16.png"'), /URL http:\/\/localhost:3000\/assets\/icon-16.png must be https/],
    ["a URL to a file the build does not produce", broken("https://localhost:3000/functions.json", "https://localhost:3000/function.json"), /function.json, which the build did not produce/],
    ["a namespace longer than 32 characters", broken('id="Functions.Namespace" DefaultValue="UST"', `id="Functions.Namespace" DefaultValue="${"U".repeat(33)}"`), /namespace "U{33}" must be 1–32 letters or digits/],
    ["a duplicated resource id", broken('<bt:Image id="Icon.32x32"', '<bt:Image id="Icon.16x16"'), /resource id "Icon.16x16" is defined more than once/],
    ["no SharedRuntime requirement", broken('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), /must include <Set Name="SharedRuntime">/],
    ["a short-lived runtime", broken('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
    ["the functions page outside the shared runtime", broken(/(<Page>\s*<SourceLocation resid=")Taskpane.Url/, "$1GetStarted.LearnMoreUrl"), /custom functions <Page> must use the runtime's page/],
    ["malformed XML", broken("</Hosts>\n  <Requirements>", "</Host>\n  <Requirements>"), /not well-formed/],
    ["a resid of the wrong kind", broken('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'), /must be defined in <bt:ShortStrings>, not <bt:Urls>/],
  ];

  it.each(cases)("fails %s", (_what, xml, expected) => {
    const problems = checkManifest(xml, { distDir: DIST });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(expected);
  });
});
