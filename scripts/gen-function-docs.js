#!/usr/bin/env node
/**
 * Generates docs/functions.md, the function reference, from the build's metadata (dist/functions.json), the
 * JSDoc of src/functions/*.ts (returns, @example) and the sample-formula table (tests/quality/sample-formulas.json),
 * whose examples are evaluated in the built bundle so the printed results are the add-in's own.
 *
 *   npm run docs:functions            write docs/functions.md (after `npm run build`)
 *   node scripts/gen-function-docs.js --check   exit 1 if docs/functions.md is not current
 */
const fs = require("fs");
const path = require("path");
const { ROOT, NAMESPACE, loadFunctionsBundle, readSamples, parseFormula, padArgs, invoke, isExcelError } = require("../tests/quality/bundle.js");

const OUT = path.join(ROOT, "docs", "functions.md");
const SRC = path.join(ROOT, "src", "functions");

/** JSDoc blocks that declare a custom function, by id: { file, returns, examples }. */
function readJsDoc() {
  const docs = new Map();
  for (const file of fs.readdirSync(SRC).filter((f) => f.endsWith(".ts")).sort()) {
    const text = fs.readFileSync(path.join(SRC, file), "utf8");
    for (const [, block] of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const lines = block.split("\n").map((l) => l.replace(/^\s*\* ?/, "").trimEnd());
      const tags = [];
      for (const line of lines) {
        const tag = /^@(\w+)\s*(.*)$/.exec(line);
        if (tag) tags.push({ name: tag[1], text: tag[2] });
        else if (tags.length > 0) tags[tags.length - 1].text += `\n${line}`;
      }
      const cf = tags.find((t) => t.name === "customfunction");
      if (!cf) continue;
      const id = cf.text.trim().split(/\s+/)[0].toUpperCase();
      const returns = tags.find((t) => t.name === "returns" || t.name === "return");
      docs.set(id, {
        file: `src/functions/${file}`,
        returns: returns ? returns.text.replace(/^\s*\{[^}]*\}/, "").trim().replace(/\s+/g, " ") : "",
        examples: tags.filter((t) => t.name === "example").map((t) => t.text.trim()),
      });
    }
  }
  return docs;
}

/** Words that mark a parenthetical of a description as a citation: "(31 CFR 356 App. B II; Excel PRICE)". */
const CITATION = /CFR|CME|FEDS|Excel|Microsoft|MathWorks|FRED|Treasury Bulletin|mfhhis|OFR|H\.4\.1|OFS-\d|Form PF|et al\.|§/;

/** The description without its "Source:" lines, and the source: those lines, else its citing parentheticals. */
function splitSource(description = "") {
  const lines = description.split("\n");
  const isSource = (l) => /^\s*(sources?|see)\s*:/i.test(l);
  const summary = lines.filter((l) => !isSource(l)).join(" ").replace(/\s+/g, " ").trim();
  const explicit = lines.filter(isSource).map((l) => l.replace(/^\s*(sources?|see)\s*:\s*/i, "")).join(" ").trim();
  const cited = [...summary.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]).filter((c) => CITATION.test(c));
  const inline = CITATION.test(summary) ? "as named in the description above" : "";
  return { summary, source: explicit || cited.join("; ") || inline };
}

const cellText = (v) => (typeof v === "number" ? String(Number(v.toPrecision(10))) : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : isExcelError(v) ? v.code : String(v));
const md = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A result as Markdown: one value inline, a spill as a table (first 8 rows). */
function resultText(value) {
  if (isExcelError(value)) return `\`${value.code}\` (${md(value.message)})`;
  if (!Array.isArray(value)) return `\`${cellText(value)}\``;
  if (value.length === 1 && value[0].length === 1) return `\`${cellText(value[0][0])}\` (one cell)`;
  const rows = value.slice(0, 8).map((row) => `| ${row.map((c) => md(cellText(c))).join(" | ")} |`);
  const width = value[0] ? value[0].length : 0;
  const more = value.length > 8 ? `\n\n(${value.length - 8} more rows; spills ${value.length} × ${width})` : `\n\n(spills ${value.length} × ${width})`;
  return `\n\n${rows[0]}\n|${" --- |".repeat(width)}\n${rows.slice(1).join("\n")}${more}`.replace(/\n\n\n/g, "\n\n");
}

function paramRow(p) {
  const kind = [p.type || "any", p.dimensionality === "matrix" ? "range" : ""].filter(Boolean).join(", ");
  const use = p.repeating ? "repeating" : p.optional ? "optional" : "required";
  return `| \`${p.name}\` | ${kind} | ${use} | ${md(p.description || "—")} |`;
}

async function section(meta, bundle, jsdoc, samples) {
  const fullName = `${NAMESPACE}.${meta.name}`;
  const doc = jsdoc.get(meta.id.toUpperCase());
  const { summary, source } = splitSource(meta.description);
  const signature = meta.parameters.map((p) => (p.repeating ? `[${p.name}, ...]` : p.optional ? `[${p.name}]` : p.name)).join(", ");
  const out = [`## ${fullName}`, "", summary || "—", "", `\`=${fullName}(${signature})\``, ""];
  if (meta.parameters.length > 0) {
    out.push("| Argument | Type | Use | Description |", "| --- | --- | --- | --- |", ...meta.parameters.map(paramRow), "");
  }
  out.push(`**Returns:** ${md((doc && doc.returns) || "—")}`, "");
  const own = samples.filter((s) => parseFormula(s.formula).id === meta.id.toUpperCase());
  for (const example of (doc && doc.examples) || []) out.push(`**Example:** ${md(example)}`, "");
  for (const s of own) {
    const { value } = await invoke(bundle.functions.get(meta.id.toUpperCase()), meta, padArgs(meta, parseFormula(s.formula).args));
    out.push(`**Example:** \`${s.formula}\` → ${resultText(value)}`, "");
  }
  if (own.length === 0 && !(doc && doc.examples.length)) out.push("**Example:** — (no sample formula yet)", "");
  out.push(`**Source:** ${md(source || "— (not cited in the JSDoc description)")}`, "");
  out.push(`Adapter: \`${(doc && doc.file) || "?"}\`.`, "");
  return out.join("\n");
}

async function generate() {
  const bundle = loadFunctionsBundle();
  const jsdoc = readJsDoc();
  const samples = readSamples().rows;
  const metas = [...bundle.metadata.functions].sort((a, b) => a.name.localeCompare(b.name));
  const anchor = (m) => `${NAMESPACE}.${m.name}`.toLowerCase().replace(/[^a-z0-9_-]/g, "");
  const head = [
    "# Function reference",
    "",
    "<!-- Generated by `npm run docs:functions` from dist/functions.json, the JSDoc in src/functions and",
    "     tests/quality/sample-formulas.json (examples evaluated in the built bundle). Do not edit by hand;",
    "     `npm test` fails when this file is not current (tests/quality/docs-current.test.ts). -->",
    "",
    `${metas.length} functions in the \`${NAMESPACE}\` namespace. Dates are date cells, Excel serials or "YYYY-MM-DD" text; rates are decimals (0.02 = 2%).`,
    "",
    ...metas.map((m) => `- [${NAMESPACE}.${m.name}](#${anchor(m)})`),
    "",
  ];
  const sections = [];
  for (const m of metas) sections.push(await section(m, bundle, jsdoc, samples));
  return `${head.join("\n")}\n${sections.join("\n")}`.replace(/\n+$/, "\n");
}

async function main() {
  const text = await generate();
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
    if (current === text) return;
    const a = current.split("\n");
    const b = text.split("\n");
    const line = b.findIndex((l, k) => l !== a[k]);
    console.error(`docs/functions.md is out of date (first difference at line ${line + 1}:\n  file: ${a[line]}\n  want: ${b[line]}).\nRun \`npm run build && npm run docs:functions\`.`);
    process.exitCode = 1;
    return;
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
