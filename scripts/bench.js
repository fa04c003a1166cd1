#!/usr/bin/env node
/**
 * Benchmarks the BUILT add-in (`npm run build` first; `npm run bench`): calls/s through each adapter of
 * dist/functions.js with the sample formulas (tests/quality/sample-formulas.json), per function family; a
 * 10,000-formula mixed recalculation batch; cold load time of dist/functions.js; gzipped bundle sizes.
 * Every figure is printed beside an in-process baseline measured in the same run, so results can be compared
 * across machines. Writes the results into docs/performance.md.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");
const { ROOT, DIST_DIR, NAMESPACE, loadFunctionsBundle, readSamples, parseFormula, padArgs, matchesExpected, describeValue, pick } = require("../tests/quality/bundle.js");

const OUT = path.join(ROOT, "docs", "performance.md");
const MIN_MS = Number(process.env.BENCH_MS || 300);
const BATCH = 10_000;
const BUNDLE_LIMIT_KB = 200;

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Every result is stored here so that the optimiser cannot drop a call whose result is unused. */
const sink = [undefined];

/** Calls/s of `call(k)`, repeated in blocks of 500 for at least MIN_MS after a warm-up. */
function rate(call) {
  for (let k = 0; k < 2000; k++) sink[0] = call(k);
  let calls = 0;
  const start = now();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (let k = 0; k < 500; k++) sink[0] = call(k);
    calls += 500;
    elapsed = now() - start;
  }
  return (calls / elapsed) * 1000;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The smallest adapter there can be, compiled beside the bundle: the baseline for calls/s. */
function emptyAdapter(bundle) {
  return bundle.evaluate(
    `function emptyAdapter(a) {
       try { if (typeof a !== "number" || !isFinite(a)) throw new Error("a"); return a; }
       catch (e) { return new CustomFunctions.Error("#VALUE!", e.message); }
     }`,
  );
}

const fmtRate = (x) => (x === null ? "—" : x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${Math.round(x / 1000).toLocaleString("en-US")} k/s`);
const fmtMs = (x) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function measureCalls(bundle, table) {
  const metas = new Map(bundle.metadata.functions.map((m) => [m.id.toUpperCase(), m]));
  const rows = table.rows.map((row) => {
    const { id, args } = parseFormula(row.formula);
    const meta = metas.get(id);
    const fn = bundle.functions.get(id);
    const target = row.target !== undefined ? row.target : table.families[row.family].target;
    if (!meta || !fn) return { row, id, target, status: "not present in this build", rate: null };
    const callArgs = padArgs(meta, args);
    const value = fn(...callArgs);
    if (value && typeof value.then === "function") return { row, id, target, status: "asynchronous: not benchmarked", rate: null };
    if (!matchesExpected(value, row)) {
      return { row, id, target, status: `wrong value ${describeValue(pick(value, row.at))} (expected ${row.expected})`, rate: null };
    }
    const r = rate(() => fn(...callArgs));
    return { row, id, target, rate: r, status: target === null ? "no target" : r >= target ? "meets target" : "MISSES target" };
  });
  const sampled = new Set(rows.map((r) => r.id));
  const unsampled = [...metas.keys()].filter((id) => !sampled.has(id));
  return { rows, unsampled };
}

/** 10,000 formulas cycling through every present sample formula: one recalculation of a mixed workbook. */
function mixedBatch(bundle, callRows, baselineFn) {
  const metas = new Map(bundle.metadata.functions.map((m) => [m.id.toUpperCase(), m]));
  const present = callRows.filter((r) => r.rate !== null);
  if (present.length === 0) return null;
  const cells = Array.from({ length: BATCH }, (_, k) => {
    const r = present[k % present.length];
    return { fn: bundle.functions.get(r.id), args: padArgs(metas.get(r.id), parseFormula(r.row.formula).args) };
  });
  const runs = [];
  for (let rep = 0; rep < 5; rep++) {
    const start = now();
    for (const c of cells) sink[0] = c.fn(...c.args);
    runs.push(now() - start);
  }
  const base = [];
  for (let rep = 0; rep < 5; rep++) {
    const start = now();
    for (let k = 0; k < BATCH; k++) sink[0] = baselineFn(k);
    base.push(now() - start);
  }
  return { firstMs: runs[0], medianMs: median(runs), baselineMs: median(base), kinds: present.length };
}

/** Cold = the first load in this process; warm = median of 10 fresh contexts; baseline = an empty script. */
function loadTimes(firstLoadMs) {
  const warm = Array.from({ length: 10 }, () => loadFunctionsBundle().loadMs);
  const empty = Array.from({ length: 10 }, () => {
    const ctx = vm.createContext({});
    const start = now();
    vm.runInContext("void 0", ctx);
    return now() - start;
  });
  return { coldMs: firstLoadMs, warmMs: median(warm), baselineMs: median(empty) };
}

function sizes() {
  return ["functions.js", "taskpane.js"].map((file) => {
    const buf = fs.readFileSync(path.join(DIST_DIR, file));
    return { file, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
  });
}

function report({ calls, batch, load, size, baselineRate, families }) {
  const t = [];
  t.push(`Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus()[0].model.trim()} (${os.cpus().length} cores), Node ${process.version}, production build.`, "");
  t.push(`Baseline: an empty adapter (type check + try/catch) in the same context runs at **${fmtRate(baselineRate)}**.`, "");
  t.push("### Calls per second through the adapters", "", "| Formula | Family | Calls/s | Cost in empty-adapter calls | Target | Status |", "| --- | --- | --- | --- | --- | --- |");
  for (const c of calls.rows) {
    const ratio = c.rate === null ? "—" : `× ${Math.round(baselineRate / c.rate).toLocaleString("en-US")}`;
    t.push(`| \`${c.row.formula}\` | ${c.row.family} | ${fmtRate(c.rate)} | ${ratio} | ${c.target === null ? "—" : `≥ ${fmtRate(c.target)}`} | ${c.status} |`);
  }
  for (const id of calls.unsampled) t.push(`| \`${NAMESPACE}.${id}\` | — | — | — | — | no sample formula |`);
  t.push("", "### Per family (slowest function of the family)", "", "| Family | Slowest | Target | Status |", "| --- | --- | --- | --- |");
  for (const f of families) t.push(`| ${f.label} | ${fmtRate(f.slowest)} | ${f.target === null ? "—" : `≥ ${fmtRate(f.target)}`} | ${f.status} |`);
  t.push("", "### Recalculation, load and size", "", "| Measure | Result | Baseline (same run) | Target | Status |", "| --- | --- | --- | --- | --- |");
  if (batch) {
    t.push(`| ${BATCH.toLocaleString("en-US")} mixed formulas (${batch.kinds} sample formulas in rotation), first pass | ${fmtMs(batch.firstMs)} | ${fmtMs(batch.baselineMs)} for ${BATCH.toLocaleString("en-US")} empty adapter calls | < 500 ms | ${batch.firstMs < 500 ? "meets target" : "MISSES target"} |`);
    t.push(`| same, median of 5 passes | ${fmtMs(batch.medianMs)} | | < 500 ms | ${batch.medianMs < 500 ? "meets target" : "MISSES target"} |`);
  } else {
    t.push("| 10,000 mixed formulas | — | — | < 500 ms | no function present |");
  }
  t.push(`| Cold load of functions.js (compile + run, first in process) | ${fmtMs(load.coldMs)} | ${fmtMs(load.baselineMs)} for an empty script | — | — |`);
  t.push(`| Warm load (median of 10 fresh contexts) | ${fmtMs(load.warmMs)} | | — | — |`);
  for (const s of size) {
    const limit = s.file === "functions.js" ? BUNDLE_LIMIT_KB : null;
    const status = limit === null ? "—" : s.gzip < limit * 1024 ? "meets target" : "MISSES target";
    t.push(`| ${s.file} gzipped (level 9; raw ${kb(s.raw)}) | ${kb(s.gzip)} | | ${limit === null ? "—" : `< ${limit} KB`} | ${status} |`);
  }
  return t.join("\n");
}

const PREAMBLE = `# Performance

Measured by \`scripts/bench.js\` (\`npm run build && npm run bench\`; not part of \`npm test\`: performance is
measured in a benchmark, never in timed unit tests). The script loads the **built** dist/functions.js with only the
\`CustomFunctions\` and \`Office\` stubs as host objects (as Excel's runtime does), compiled in Node's own context: a
separate \`vm\` context would slow every global lookup (\`Math\`, …) about 20×, which no browser or Excel runtime does.
It calls the registered
adapters with the sample formulas of \`tests/quality/sample-formulas.json\`, so the numbers include argument coercion,
the engine and result checking. Every figure stands beside a baseline measured in the same run (an empty adapter,
an empty script): compare ratios, not absolute numbers, across machines. Each run rewrites the results section;
the notes after it are kept.

Targets (issue 9): bond math and conversion factor ≥ 100,000 calls/s; \`UST.HOLDERS\` ≥ 20,000/s; \`UST.BASIS.UNWIND\`
at defaults ≥ 5,000/s; 10,000 mixed formulas < 0.5 s; functions bundle including the embedded data < 200 KB gzipped.
Functions that are not in the build are reported as "not present in this build".

**No JavaScript reference to compare against.** No JavaScript spreadsheet-function library implements Excel's
\`PRICE\`/\`YIELD\`/\`DURATION\`: \`@formulajs/formulajs\` 4.6.1 lacks them and \`@handsontable/formulajs\` throws
"not implemented". Our bond functions are therefore themselves the JavaScript reference; their correctness is
pinned by the golden tests (31 CFR 356 Appendix B, Microsoft's documented examples), not by a peer library.

## Latest results

`;

const START = "<!-- bench:start (written by scripts/bench.js) -->";
const END = "<!-- bench:end -->";

/** Replaces the results between the markers of docs/performance.md; the notes around them are kept. */
function writeResults(text) {
  const block = `${START}\n${text}\n${END}`;
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + END.length) : `${PREAMBLE}${block}\n`;
  fs.writeFileSync(OUT, next);
}

function main() {
  const first = loadFunctionsBundle(DIST_DIR, { isolated: false });
  const table = readSamples();
  const baselineFn = emptyAdapter(first);
  const baselineRate = rate((k) => baselineFn(k));
  const calls = measureCalls(first, table);
  const families = Object.entries(table.families).map(([key, f]) => {
    // Rows with their own `target: null` (e.g. a whole-basket screen) do not count against the family's target.
    const present = calls.rows.filter((c) => c.row.family === key && c.rate !== null && (f.target === null || c.target !== null));
    const slowest = present.length ? Math.min(...present.map((c) => c.rate)) : null;
    const broken = calls.rows.some((c) => c.row.family === key && /^wrong/.test(c.status));
    let status = "not present in this build";
    if (broken) status = "MISSES: a sample gives a wrong value";
    else if (slowest !== null) status = f.target === null ? "no target" : present.every((c) => c.target === null || c.rate >= c.target) ? "meets target" : "MISSES target";
    return { label: f.label, target: f.target, slowest, status };
  });
  const batch = mixedBatch(first, calls.rows, baselineFn);
  const load = loadTimes(first.loadMs);
  const size = sizes();
  const text = report({ calls, batch, load, size, baselineRate, families });
  console.log(text);
  writeResults(text);
  console.log(`\nwrote ${path.relative(ROOT, OUT)}`);
  const misses = (text.match(/MISSES/g) || []).length;
  if (misses > 0) console.log(`${misses} target(s) missed: see the Status columns.`);
}

main();
