/**
 * The built custom-functions bundle (dist/functions.js + dist/functions.json) as the quality gates see it.
 * Shared by the fuzz gate, the docs generator and the benchmark (plain CommonJS so `node scripts/*.js` can
 * require it; types in bundle.d.ts).
 *
 * - `loadFunctionsBundle()` runs dist/functions.js in a fresh Node `vm` context whose only host globals are a
 *   `CustomFunctions` stub (recording every `associate`) and an `Office` stub: exactly what Excel's runtime gives.
 * - `parseFormula()` reads the literal formulas of the sample table ("=UST.BASIS.MAXLEV(0.02, 0.01)").
 * - `resultProblem()` is the contract every result must meet (see docs/quality.md).
 * - `invoke()` calls a registered function the way Excel does (invocation object, streaming, promises).
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST_DIR = path.resolve(ROOT, process.env.QUALITY_DIST || "dist");
const NAMESPACE = "UST";
const SAMPLES_FILE = path.join(__dirname, "sample-formulas.json");

/** `CustomFunctions.Error` as Excel's runtime defines it: `code` plus an optional `message`. */
class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "CustomFunctions.Error";
    this.code = code;
    this.message = message === undefined ? "" : message;
  }
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

function customFunctionsStub(registry) {
  return {
    Error: CustomFunctionsError,
    ErrorCode: { ...ERROR_CODES },
    associate(idOrMap, fn) {
      const entries = typeof idOrMap === "string" ? [[idOrMap, fn]] : Object.entries(idOrMap);
      for (const [id, f] of entries) registry.set(String(id).toUpperCase(), f);
    },
  };
}

function officeStub() {
  const info = { host: "Excel", platform: "PC" };
  return {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    onReady: (callback) => Promise.resolve(callback ? callback(info) : info).then(() => info),
    actions: { associate() {} },
  };
}

function readMetadata(dist = DIST_DIR) {
  const file = path.join(dist, "functions.json");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * Loads dist/functions.js with only the `CustomFunctions` and `Office` host objects; `loadMs` is the
 * compile-and-run time of the bundle. `evaluate(src)` compiles an expression beside the bundle, with the
 * same two host objects in scope.
 *
 * `isolated` (default): a new vm context whose only globals are the two stubs. Node intercepts every global
 * lookup (`Math`, `Number`, …) inside such a context, which slows numeric code about 20× compared with a
 * browser or Excel's JavaScript runtime. The benchmark therefore loads with `isolated: false`: the bundle is
 * wrapped in `function (CustomFunctions, Office) { … }` and compiled in Node's own context, so it still gets
 * only those two host objects, and the engine's built-ins run at normal speed.
 */
function loadFunctionsBundle(dist = DIST_DIR, { isolated = true } = {}) {
  const metadata = readMetadata(dist);
  const code = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
  const registry = new Map();
  const hosts = [customFunctionsStub(registry), officeStub()];
  const context = isolated ? vm.createContext({ CustomFunctions: hosts[0], Office: hosts[1] }) : null;
  const compile = (src, filename) => {
    const wrapped = `(function (CustomFunctions, Office) {\n${src}\n})`;
    return context ? vm.runInContext(wrapped, context, { filename }) : vm.runInThisContext(wrapped, { filename });
  };
  const start = process.hrtime.bigint();
  compile(code, "functions.js")(...hosts);
  const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  const evaluate = (src) => compile(`return (${src});`, "evaluate.js")(...hosts);
  return { metadata, functions: registry, evaluate, loadMs, codeBytes: Buffer.byteLength(code) };
}

function isExcelError(v) {
  return v instanceof CustomFunctionsError;
}

function describeValue(v) {
  if (isExcelError(v)) return `${v.code} "${v.message}"`;
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** A thrown value, described without `instanceof Error` (errors thrown inside the vm come from another realm). */
function describeThrown(e) {
  if (e && typeof e === "object" && typeof e.message === "string") return `${e.name || "Error"}: ${e.message}`;
  return describeValue(e);
}

/**
 * Messages of the safety net in src/functions/excel.ts: an adapter or engine that crashed (a TypeError turned into
 * "unexpected error: ...") or produced NaN/Infinity/undefined/a ragged spill that excel() had to refuse. The user
 * still gets an Excel error, but one that does not name the argument: the fuzz treats these as defects.
 */
const SAFETY_NET = [/^unexpected error/, /^the result .*(is not a finite number|is empty)$/, /^the result row \d+ is not \d+ wide$/];

function cellProblem(v, where) {
  if (v === undefined) return `undefined ${where}`;
  if (v === null) return `null ${where} (Excel shows 0: a silent zero)`;
  if (typeof v === "number") return Number.isFinite(v) ? null : `${v} ${where}`;
  if (typeof v === "string" || typeof v === "boolean") return null;
  if (isExcelError(v)) {
    if (!Object.values(ERROR_CODES).includes(v.code)) return `unknown error code ${describeValue(v.code)} ${where}`;
    return v.message.trim() === "" ? `${v.code} without a message ${where}` : null;
  }
  return `a ${v && v.constructor ? v.constructor.name : typeof v} ${where} (not a cell value)`;
}

/**
 * The result contract: a finite number, a string, a boolean, a `CustomFunctions.Error` with a known code and
 * a non-empty message, or a non-empty rectangular 2-D array of such cells. Returns null when it holds.
 */
function resultProblem(result) {
  if (!Array.isArray(result)) return cellProblem(result, "as the result");
  if (result.length === 0) return "an empty spill";
  if (!result.every(Array.isArray)) return "a spill whose rows are not arrays";
  const width = result[0].length;
  if (width === 0) return "a spill with empty rows";
  for (let r = 0; r < result.length; r++) {
    if (result[r].length !== width) return `a ragged spill: row ${r + 1} is ${result[r].length} wide, row 1 is ${width}`;
    for (let c = 0; c < width; c++) {
      const p = cellProblem(result[r][c], `at spill row ${r + 1}, column ${c + 1}`);
      if (p) return p;
    }
  }
  return null;
}

/** The message of the first error in a result (a cell or inside a spill) that came from excel()'s safety net, or null. */
function safetyNetHit(result) {
  const cells = Array.isArray(result) ? result.flat() : [result];
  const hit = cells.find((v) => isExcelError(v) && SAFETY_NET.some((re) => re.test(v.message)));
  return hit ? hit.message : null;
}

/** Metadata options that make Excel pass an invocation object as the last argument. */
const INVOCATION_OPTIONS = ["stream", "cancelable", "requiresAddress", "requiresParameterAddresses", "requiresStreamAddress", "capturesCallingObject"];

/**
 * Calls a registered function as Excel does and settles its result: a returned value, an awaited promise,
 * or the first `setResult` of a streaming function. A throw is reported as `{ threw }`.
 */
async function invoke(fn, meta, args) {
  const options = meta.options || {};
  const streamed = [];
  const callArgs = [...args];
  if (INVOCATION_OPTIONS.some((o) => options[o])) {
    callArgs.push({
      address: "Sheet1!A1",
      parameterAddresses: args.map(() => "Sheet1!B1"),
      setResult: (v) => streamed.push(v),
      onCanceled: undefined,
    });
  }
  try {
    let value = fn(...callArgs);
    if (value && typeof value.then === "function") value = await value;
    if (options.stream) return { value: streamed.length > 0 ? streamed[0] : undefined };
    return { value };
  } catch (e) {
    return { threw: e };
  }
}

/** Formula literals: numbers, "text" ("" escapes a quote), TRUE/FALSE, omitted (null) and {1,2;3,4} arrays. */
function parseFormula(formula) {
  const m = /^=\s*([A-Za-z][\w.]*)\s*\(([\s\S]*)\)\s*$/.exec(formula);
  if (!m) throw new Error(`not a function formula: ${formula}`);
  const name = m[1].toUpperCase();
  const id = name.startsWith(`${NAMESPACE}.`) ? name.slice(NAMESPACE.length + 1) : name;
  const src = m[2];
  let i = 0;
  const ws = () => {
    while (/\s/.test(src[i] || "")) i++;
  };
  function literal() {
    ws();
    const ch = src[i];
    if (ch === undefined || ch === "," || ch === ")" || ch === ";" || ch === "}") return null;
    if (ch === '"') {
      let s = "";
      for (i++; i < src.length; i++) {
        if (src[i] === '"' && src[i + 1] === '"') s += src[i++];
        else if (src[i] === '"') break;
        else s += src[i];
      }
      if (src[i++] !== '"') throw new Error(`unterminated text in ${formula}`);
      return s;
    }
    if (ch === "{") {
      i++;
      const rows = [[]];
      for (;;) {
        rows[rows.length - 1].push(literal());
        ws();
        const sep = src[i++];
        if (sep === "}") return rows;
        if (sep === ";") rows.push([]);
        else if (sep !== ",") throw new Error(`bad array constant in ${formula}`);
      }
    }
    const tok = /^(TRUE|FALSE|[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?)/i.exec(src.slice(i));
    if (!tok) throw new Error(`unsupported argument at "${src.slice(i, i + 20)}" in ${formula}`);
    i += tok[0].length;
    const t = tok[0].toUpperCase();
    return t === "TRUE" ? true : t === "FALSE" ? false : Number(tok[0]);
  }
  const args = [];
  ws();
  if (i < src.length) {
    for (;;) {
      args.push(literal());
      ws();
      if (i >= src.length) break;
      if (src[i++] !== ",") throw new Error(`expected "," at ${i} in ${formula}`);
    }
  }
  return { id, args };
}

/** Excel hands a function every declared parameter: omitted ones arrive as null. */
function padArgs(meta, args) {
  const out = args.slice(0, meta.parameters.length);
  while (out.length < meta.parameters.length) out.push(null);
  return meta.parameters.map((p, k) => (p.repeating ? (out[k] === null ? [] : [out[k], ...args.slice(k + 1)]) : out[k]));
}

function readSamples() {
  return JSON.parse(fs.readFileSync(SAMPLES_FILE, "utf8"));
}

/** The expected cell of a sample row: the whole result, or the spill cell at `at` = [row, column] (0-based). */
function pick(value, at) {
  if (!at) return value;
  const row = Array.isArray(value) ? value[at[0]] : undefined;
  return Array.isArray(row) ? row[at[1]] : undefined;
}

/** Whether `actual` matches a sample row's `expected` within its `tol` (numbers) or exactly (text, booleans). */
function matchesExpected(actual, sample) {
  const got = pick(actual, sample.at);
  if (typeof sample.expected === "number") return typeof got === "number" && Math.abs(got - sample.expected) <= (sample.tol || 0);
  return got === sample.expected;
}

module.exports = {
  ROOT,
  DIST_DIR,
  NAMESPACE,
  ERROR_CODES,
  CustomFunctionsError,
  readMetadata,
  loadFunctionsBundle,
  isExcelError,
  describeValue,
  describeThrown,
  resultProblem,
  safetyNetHit,
  invoke,
  parseFormula,
  padArgs,
  readSamples,
  pick,
  matchesExpected,
};
