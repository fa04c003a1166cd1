// @ts-check
/**
 * Builds the embedded data snapshot `src/core/data/snapshot.generated.ts` from the derived CSVs of the
 * data pack in `../shared/data/` (never `raw/`). Run with `npm run data:build`.
 *
 * Corrections applied (documented in ../shared/data/README.md):
 * - Fed holdings: FRED TREAST (SOMA Treasuries), not the Bulletin OFS-1 column that includes Ginnie Mae;
 *   weekly Wednesday levels are sampled at quarter ends (last level on or before the quarter end).
 * - FRED quarterly observations are dated the first day of the quarter: re-dated to the quarter end.
 * - OFS-2: the latest vintage per quarter and column. The data pack's master file holds it; the build
 *   verifies every value against ofs2_all_vintages.csv and fails if one is not the latest bulletin's.
 * - TIC: at series breaks the duplicated month's old-series value (`old_series_comparison_only`) is dropped.
 * - Money is converted to USD billions by moving the decimal point in the text (no float rounding).
 *
 * Any malformed row (bad header, date, number, unit, unknown series, duplicate date) stops the build
 * with file:line and what was expected. Output is deterministic: same input, byte-identical module.
 */
const fs = require("fs");
const path = require("path");
/** Series ids, labels and aliases shared with the refresh parsers (src/core/data/catalog.ts). */
const CATALOG = require("../src/core/data/catalog.json");

const ROOT = path.resolve(__dirname, "..");
/** Defaults; `--data DIR` and `--out FILE` override them (the tests build into a temporary directory). */
const DATA_DIR = path.resolve(ROOT, "..", "shared", "data");
const OUT_FILE = path.join(ROOT, "src", "core", "data", "snapshot.generated.ts");
const HEADER = ["date", "series", "value", "unit", "source_url_or_repo_path", "notes"];
const BN = "USD billions";

class DataError extends Error {}

/** Splits one CSV line (RFC 4180 quotes, `""` escapes). */
function splitCsvLine(line, where) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (quoted) throw new DataError(`${where}: unterminated quoted field`);
  out.push(cur);
  return out;
}

/**
 * Reads a CSV of the data pack whose header must be exactly `header`.
 * @param {string} dir data pack directory
 * @param {string} file name inside the data pack
 * @param {string[]} header expected column names
 * @returns {{fields: string[], where: string}[]}
 */
function readCsv(dir, file, header) {
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  const got = splitCsvLine(lines[0] || "", `${file}:1`);
  if (got.join(",") !== header.join(",")) throw new DataError(`${file}:1: expected header ${header.join(",")}, got ${got.join(",")}`);
  return lines.slice(1).map((line, i) => {
    const where = `${file}:${i + 2}`;
    const fields = splitCsvLine(line, where);
    if (fields.length !== header.length) throw new DataError(`${where}: expected ${header.length} fields, got ${fields.length}`);
    return { fields, where };
  });
}

/**
 * Reads a data-pack CSV in the common layout `date,series,value,unit,source_url_or_repo_path,notes`.
 * @typedef {{date: string, series: string, value: string, unit: string, source: string, notes: string, where: string}} Row
 * @param {string} dir data pack directory
 * @param {string} file name inside the data pack
 * @returns {Row[]}
 */
function readRows(dir, file) {
  return readCsv(dir, file, HEADER).map(({ fields, where }) => {
    const [date, series, value, unit, source, notes] = fields;
    if (!isRealDate(date)) throw new DataError(`${where}: column date: expected YYYY-MM-DD, got "${date}"`);
    if (!/^-?\d+(\.\d+)?$/.test(value)) throw new DataError(`${where}: column value: expected a number, got "${value}"`);
    return { date, series, value, unit, source, notes, where };
  });
}

function isRealDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Moves the decimal point of a decimal string `shift` places left: ("629397.0", 3) → 629.397. Exact in text. */
function scaleDown(text, shift) {
  const neg = text.startsWith("-");
  const [intPart, frac = ""] = (neg ? text.slice(1) : text).split(".");
  const digits = (intPart || "0").padStart(shift + 1, "0");
  const cut = digits.length - shift;
  return Number(`${neg ? "-" : ""}${digits.slice(0, cut)}.${digits.slice(cut)}${frac}`);
}

/** @param {Row} r @param {string} unit */
function expectUnit(r, unit) {
  if (r.unit !== unit) throw new DataError(`${r.where}: column unit: expected "${unit}", got "${r.unit}"`);
}

/** Month index (year*12 + month-1) of an ISO date. */
function monthIndex(iso) {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** ISO date of the last day of month index `mi`. */
function monthEnd(mi) {
  const d = new Date(Date.UTC(Math.floor(mi / 12), (mi % 12) + 1, 0));
  return d.toISOString().slice(0, 10);
}

/** @param {string} iso @param {Row} r */
function expectPeriodEnd(iso, step, r) {
  const mi = monthIndex(iso);
  if (monthEnd(mi) !== iso || (step === 3 && mi % 3 !== 2)) {
    throw new DataError(`${r.where}: column date: expected a ${step === 3 ? "quarter" : "month"} end, got ${iso}`);
  }
}

/**
 * Puts observations on the regular grid of a series: start = first period end, null in gaps.
 * @param {{date: string, value: number, row: Row}[]} obs period-end observations
 * @param {"m"|"q"} freq
 */
function toGrid(obs, freq, id) {
  const step = freq === "q" ? 3 : 1;
  const sorted = [...obs].sort((a, b) => (a.date < b.date ? -1 : 1));
  sorted.forEach((o, i) => {
    expectPeriodEnd(o.date, step, o.row);
    const prev = sorted[i - 1];
    if (prev && prev.date === o.date) throw new DataError(`${o.row.where}: duplicate date ${o.date} for ${id} (also ${prev.row.where})`);
  });
  if (sorted.length === 0) throw new DataError(`no observations for ${id}`);
  const first = monthIndex(sorted[0].date);
  const values = new Array((monthIndex(sorted[sorted.length - 1].date) - first) / step + 1).fill(null);
  for (const o of sorted) values[(monthIndex(o.date) - first) / step] = o.value;
  return { start: sorted[0].date, values };
}

/** Groups rows by series label; every label must be known. */
function bySeries(rows, known, file) {
  const groups = new Map();
  for (const r of rows) {
    if (!known.has(r.series)) throw new DataError(`${r.where}: column series: unknown series "${r.series}" in ${file}`);
    if (!groups.has(r.series)) groups.set(r.series, []);
    groups.get(r.series).push(r);
  }
  for (const label of known.keys()) if (!groups.has(label)) throw new DataError(`${file}: series "${label}" is missing`);
  return groups;
}

/** The single value of `field` over rows, or a failure naming the first divergent row. */
function single(rows, field) {
  const v = rows[0][field];
  const odd = rows.find((r) => r[field] !== v);
  if (odd) throw new DataError(`${odd.where}: column ${field}: expected "${v}" as on ${rows[0].where}, got "${odd[field]}"`);
  return v;
}

// ---- OFS-2 ------------------------------------------------------------------------------------

/**
 * OFS-2 columns in print order: label in the data pack → [id suffix, holder sector id or "", aliases].
 * Sector ids are the holder engine's (src/core/holders/sectors.ts; "fed_gov" is OFS-2's combined column,
 * "foreign" its aggregate) and are accepted as names too.
 */
const OFS2_COLUMNS = new Map([
  ["Total public debt", ["total", "", ["Total public debt outstanding", "public debt"]]],
  ["Federal Reserve and Government accounts (SOMA + intragovernmental)", ["fed_gov", "fed_gov", ["Federal Reserve and Government accounts", "Fed and Government accounts"]]],
  ["Total privately held", ["private", "", ["Privately held"]]],
  ["Depository institutions", ["depository", "depository", ["Banks"]]],
  ["U.S. savings bonds", ["savings_bonds", "savings_bonds", []]],
  ["Pension funds - private", ["pension_private", "private_pensions", ["Private pension funds"]]],
  ["Pension funds - state and local governments", ["pension_state_local", "sl_pensions", ["State and local pension funds"]]],
  ["Insurance companies", ["insurance", "insurers", []]],
  ["Mutual funds (incl. money market funds)", ["mutual_funds", "mutual_funds", ["MMF"]]],
  ["State and local governments", ["state_local", "sl_governments", []]],
  ["Foreign and international", ["foreign", "foreign", ["Rest of world"]]],
  ["Other investors", ["other", "other_investors", []]],
]);

/** Column names of ofs2_all_vintages.csv, in OFS-2 print order (col 1..12). */
const OFS2_VINTAGE_COLUMNS = ["total_public_debt", "fed_reserve_and_govt_accounts", "total_privately_held", "depository_institutions", "us_savings_bonds", "pension_private", "pension_state_local", "insurance_companies", "mutual_funds", "state_local_governments", "foreign_and_international", "other_investors"];

/**
 * "Prefer the latest vintage", verified: for each quarter and column, the latest bulletin that printed a
 * value (ofs2_all_vintages.csv) must be the one the master row cites with the same value, or the documented
 * exception (an earlier one-decimal vintage within 0.5 of the latest whole-billion print).
 */
function checkLatestVintage(dir, groups) {
  const latest = new Map();
  for (const { fields, where } of readCsv(dir, "ofs2_all_vintages.csv", ["bulletin_vintage", "date", "column", "value_usd_billions", "as_printed"])) {
    const [vintage, date, column, value] = fields;
    if (value === "") continue;
    if (!/^\d{4}_\d{2}$/.test(vintage) || !isRealDate(date) || !OFS2_VINTAGE_COLUMNS.includes(column) || !/^-?\d+(\.\d+)?$/.test(value)) throw new DataError(`${where}: expected vintage YYYY_MM, a date, an OFS-2 column and a number`);
    const key = `${date} ${column}`;
    if (!latest.has(key) || latest.get(key).vintage < vintage) latest.set(key, { vintage, value: Number(value) });
  }
  [...OFS2_COLUMNS.keys()].forEach((printed, col) => {
    for (const r of groups.get(printed)) {
      const top = latest.get(`${r.date} ${OFS2_VINTAGE_COLUMNS[col]}`);
      const cited = /Treasury Bulletin (\d{4})-(\d{2}) Table OFS-2/.exec(r.source);
      const exception = /^value from Treasury Bulletin \d{4}_\d{2} \(one decimal\); latest vintage (\d{4}_\d{2}) prints whole billions/.exec(r.notes);
      const ok = top && cited && (exception ? exception[1] === top.vintage && Math.abs(Number(r.value) - top.value) <= 0.5 : `${cited[1]}_${cited[2]}` === top.vintage && Number(r.value) === top.value);
      if (!ok) throw new DataError(`${r.where}: expected the latest vintage's value${top ? ` (${top.vintage}: ${top.value})` : ""}, got ${r.value} from "${r.source.slice(-60)}"`);
    }
  });
}

function buildOfs2(dir) {
  const file = "ofs2_estimated_ownership.csv";
  const groups = bySeries(readRows(dir, file), OFS2_COLUMNS, file);
  checkLatestVintage(dir, groups);
  const vintages = new Set();
  const series = [];
  let col = 0;
  for (const [printed, [key, sector, aliases]] of OFS2_COLUMNS) {
    col++;
    const rows = groups.get(printed);
    rows.forEach((r) => {
      expectUnit(r, BN);
      const m = /Treasury Bulletin (\d{4})-(\d{2}) Table OFS-2/.exec(r.source);
      if (!m) throw new DataError(`${r.where}: column source_url_or_repo_path: expected "Treasury Bulletin YYYY-MM Table OFS-2"`);
      vintages.add(`${m[1]}-${m[2]}`);
    });
    const grid = toGrid(rows.map((r) => ({ date: r.date, value: Number(r.value), row: r })), "q", `ofs2.${key}`);
    const label = printed.replace(/ \(SOMA \+ intragovernmental\)$/, "");
    const names = [...aliases, ...(sector ? [sector] : [])];
    series.push({ id: `ofs2.${key}`, label, aliases: names, sector, unit: BN, source: "ofs2", code: `OFS-2 col ${col}`, notes: "", freq: "q", ...grid });
  }
  const sorted = [...vintages].sort();
  const latest = sorted[sorted.length - 1];
  const source = {
    id: "ofs2",
    name: "Treasury Bulletin OFS-2",
    publisher: "U.S. Treasury, Bureau of the Fiscal Service (Treasury Bulletin)",
    table: "OFS-2 Estimated Ownership of U.S. Treasury Securities",
    file: "github:databricks/officeqa treasury_bulletin_pdfs (text via pdftotext -layout); per-quarter bulletin in the data pack's ofs2_estimated_ownership.csv",
    asOf: latest,
    vintage: `latest Treasury Bulletin printing each quarter (${sorted.length} bulletins ${sorted[0]} .. ${latest})`,
    kind: "official",
    notes:
      "Columns 4 and 6-10 are sourced by Treasury from Fed Z.1 L.210. 2014-03..2016-03 bulletins print whole billions; where an earlier one-decimal vintage rounds to the same number it is used. 2025-06-30 has totals and savings bonds only (detail printed N/A).",
  };
  return { source, series };
}

// ---- FRED ---------------------------------------------------------------------------------------

/** Units of every series in fred_series.csv (WSHOSHO is read and checked but not shipped). */
const FRED_UNITS = { ...Object.fromEntries(CATALOG.fred.map((f) => [f.code, f.unit])), WSHOSHO: "USD millions" };
/** Copy dates from ../shared/data/README.md ("Sources and method" 2). */
const FRED_COPIES = {
  "opxie1/usd": { asOf: "2026-06-17", vintage: "FRED CSV copy in opxie1/usd (observations through 2026-06-17)" },
  "rjgreenresearch/economic-fragility-simulator": { asOf: "2025-12-31", vintage: "FRED CSV copy in rjgreenresearch/economic-fragility-simulator (through 2025Q4); lags TIC revisions" },
};

function fredSource(code, rows) {
  const file = single(rows, "source");
  const repo = Object.keys(FRED_COPIES).find((k) => file.startsWith(`github:${k}@`));
  if (!repo) throw new DataError(`${rows[0].where}: column source_url_or_repo_path: expected a known FRED copy, got "${file}"`);
  return {
    id: code.toLowerCase(),
    name: `FRED ${code}`,
    publisher: code === "TREAST" ? "Board of Governors of the Federal Reserve System (H.4.1) via FRED" : "U.S. Treasury via FRED (St. Louis Fed)",
    table: code,
    file,
    asOf: FRED_COPIES[repo].asOf,
    vintage: FRED_COPIES[repo].vintage,
    kind: "official",
    notes: "",
  };
}

/** "SUSPECT" flags of the data pack, as "YYYY-MM-DD: why" (period-end dated). */
function suspectNotes(obs) {
  return obs
    .filter((o) => o.row.notes.includes("SUSPECT"))
    .map((o) => `${o.date} ${o.row.notes.slice(o.row.notes.indexOf("SUSPECT"))}`)
    .join("; ");
}

/** First day of quarter → last day of that quarter (FRED dates quarterly values at the quarter start). */
function fredQuarterEnd(r) {
  const mi = monthIndex(r.date);
  if (!r.date.endsWith("-01") || mi % 3 !== 0) throw new DataError(`${r.where}: column date: expected a FRED quarter start (YYYY-01/04/07/10-01), got ${r.date}`);
  return monthEnd(mi + 2);
}

/** TREAST weekly (Wednesday) → quarter ends: the last weekly level within 7 days before each quarter end. */
function treastQuarterEnds(rows) {
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : 1));
  const out = [];
  const firstQ = Math.floor(monthIndex(sorted[0].date) / 3) * 3 + 2;
  for (let mi = firstQ; ; mi += 3) {
    const qEnd = monthEnd(mi);
    if (qEnd > sorted[sorted.length - 1].date) break;
    const last = sorted.filter((r) => r.date <= qEnd).pop();
    const gapDays = last ? (Date.parse(qEnd) - Date.parse(last.date)) / 86400000 : Infinity;
    if (!last || gapDays >= 7) throw new DataError(`TREAST: no weekly level in the 7 days up to ${qEnd}`);
    out.push({ date: qEnd, value: scaleDown(last.value, 3), row: last });
  }
  return out;
}

function buildFred(dir) {
  const file = "fred_series.csv";
  const rows = readRows(dir, file);
  const groups = bySeries(rows, new Map(Object.keys(FRED_UNITS).map((k) => [k, true])), file);
  for (const [code, rs] of groups) rs.forEach((r) => expectUnit(r, FRED_UNITS[code]));
  const sources = [];
  const series = [];
  for (const { code, id, label, aliases, sector, unit, sampling } of CATALOG.fred) {
    const rs = groups.get(code);
    const shift = unit === BN ? 0 : 3;
    const source = fredSource(code, rs);
    sources.push(source);
    if (sampling === "quarterly") {
      const obs = rs.map((r) => ({ date: fredQuarterEnd(r), value: scaleDown(r.value, shift), row: r }));
      const notes = ["re-dated from FRED's first-of-quarter to the quarter end", suspectNotes(obs)].filter(Boolean).join("; ");
      series.push({ id, label, aliases, unit: BN, source: source.id, code, notes, freq: "q", ...toGrid(obs, "q", id) });
    } else {
      const notes =
        "quarter-end value = last weekly Wednesday level on or before the quarter end. Used for the Fed instead of Bulletin OFS-1 col 6, which includes Ginnie Mae (data pack README, cross-checks).";
      series.push({ id, label, aliases, sector, unit: BN, source: source.id, code, notes, freq: "q", ...toGrid(treastQuarterEnds(rs), "q", id) });
    }
  }
  return { sources, series };
}

// ---- Debt to the Penny ----------------------------------------------------------------------------

function buildDtp(dir) {
  const file = "debt_to_the_penny_quarter_end.csv";
  const groups = bySeries(readRows(dir, file), new Map(CATALOG.dtp.map((d) => [d.field, d])), file);
  const all = [...groups.values()].flat();
  const source = {
    id: "dtp",
    name: "FiscalData Debt to the Penny",
    publisher: "U.S. Treasury, Bureau of the Fiscal Service (FiscalData)",
    table: "v2/accounting/od/debt_to_penny",
    file: single(all, "source"),
    asOf: all.map((r) => r.date).sort().pop(),
    vintage: "daily records 2000-09-29 .. 2025-06-05 as stored in r7lemieux/nc",
    kind: "official",
    notes:
      "Value of the last business day of each quarter, stamped at the quarter end. A last record more than 7 days before the quarter end (2025-06-05) is not a quarter-end value and is left out.",
  };
  const series = [];
  for (const { field, id, label, aliases } of CATALOG.dtp) {
    const obs = [];
    for (const r of groups.get(field)) {
      expectUnit(r, "USD");
      const qEnd = monthEnd(Math.floor(monthIndex(r.date) / 3) * 3 + 2);
      if ((Date.parse(qEnd) - Date.parse(r.date)) / 86400000 < 7) obs.push({ date: qEnd, value: scaleDown(r.value, 9), row: r });
    }
    series.push({ id, label, aliases, unit: BN, source: "dtp", code: field, notes: "", freq: "q", ...toGrid(obs, "q", id) });
  }
  return { source, series };
}

// ---- FD-2 marketable debt by type -------------------------------------------------------------------

function buildFd2(dir) {
  const file = "marketable_debt_by_type.csv";
  const groups = bySeries(readRows(dir, file), new Map(CATALOG.debt.map((d) => [d.fd2, d])), file);
  const vintages = [...groups.values()].flat().map((r) => {
    expectUnit(r, "USD millions");
    const m = /Treasury Bulletin (\d{4})-(\d{2}) Table FD-2/.exec(r.source);
    if (!m) throw new DataError(`${r.where}: column source_url_or_repo_path: expected "Treasury Bulletin YYYY-MM Table FD-2"`);
    return `${m[1]}-${m[2]}`;
  });
  vintages.sort();
  const source = {
    id: "fd2",
    name: "Treasury Bulletin FD-2",
    publisher: "U.S. Treasury, Bureau of the Fiscal Service (Treasury Bulletin)",
    table: "FD-2 Debt Held by the Public",
    file: "github:databricks/officeqa treasury_bulletin_pdfs (text via pdftotext -layout); per-month bulletin in the data pack's marketable_debt_by_type.csv",
    asOf: vintages[vintages.length - 1],
    vintage: `value printed by the most bulletins for each month (ties: latest), bulletins ${vintages[0]} .. ${vintages[vintages.length - 1]}`,
    kind: "official",
    notes:
      "Held by the public only (excludes Government accounts). FRN column from 2014 bulletins on. 2020-10-31 total held by public is printed as 21,633,001 mn, not marketable + nonmarketable (kept as printed). Dec-2000, Dec-2001 and 2000-2001 months are missing.",
  };
  const series = [];
  for (const { fd2: printed, id, label, aliases } of CATALOG.debt) {
    const obs = groups.get(printed).map((r) => ({ date: r.date, value: scaleDown(r.value, 3), row: r }));
    series.push({ id, label, aliases, unit: BN, source: "fd2", code: `FD-2 ${printed}`, notes: "", freq: "m", ...toGrid(obs, "m", id) });
  }
  return { source, series };
}

// ---- TIC ---------------------------------------------------------------------------------------

/** [id suffix, label, aliases] of a TIC row label: from the catalog, else a slug of the label (as `ticName` in catalog.ts). */
function ticName(label) {
  const known = CATALOG.tic[label];
  if (known) return known;
  return [label.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, ""), label, []];
}

function buildTic(dir) {
  const file = "tic_major_foreign_holders.csv";
  const rows = readRows(dir, file).filter((r) => !r.notes.includes("old_series_comparison_only"));
  rows.forEach((r) => expectUnit(r, BN));
  const labels = new Map([...new Set(rows.map((r) => r.series))].sort().map((l) => [l, true]));
  const groups = bySeries(rows, labels, file);
  const fileLine = single(rows, "source");
  const source = {
    id: "tic",
    name: "TIC Major Foreign Holders of Treasury Securities",
    publisher: "U.S. Treasury, Treasury International Capital (TIC) system",
    table: "mfhhis01.txt",
    file: fileLine,
    asOf: "2026-03-18",
    vintage: "mfhhis01.txt dated 3/18/26 (2025 revised March 18, 2026)",
    kind: "official",
    notes:
      "Holdings by country of the custodian, not of the owner (Cayman Islands understates Cayman hedge funds, see FEDS Note 2025-10-15). At series breaks (e.g. Mar-2000, Jun-2011) the new series is used; the old-series duplicate is dropped.",
  };
  const series = [];
  for (const [label, rs] of groups) {
    const [slug, friendly, aliases] = ticName(label);
    const id = `tic.${slug}`;
    const obs = rs.map((r) => ({ date: r.date, value: Number(r.value), row: r }));
    series.push({ id, label: friendly, aliases, country: label.replace(/^Of which: /, ""), unit: BN, source: "tic", code: label, notes: "", freq: "m", ...toGrid(obs, "m", id) });
  }
  return { source, series };
}

// ---- output --------------------------------------------------------------------------------------

/** @param {string} dir data pack directory */
function buildSnapshot(dir) {
  const ofs2 = buildOfs2(dir);
  const fred = buildFred(dir);
  const dtp = buildDtp(dir);
  const fd2 = buildFd2(dir);
  const tic = buildTic(dir);
  const sources = [ofs2.source, ...fred.sources, dtp.source, fd2.source, tic.source];
  const latest = sources.map((s) => s.asOf).sort().pop();
  return {
    label: `embedded snapshot of the data pack (${sources.length} sources, latest as-of ${latest})`,
    sources,
    series: [...ofs2.series, ...fred.series, ...dtp.series, ...fd2.series, ...tic.series],
  };
}

/** Serialises deterministically: one source / series per line, keys in a fixed order, absent keys left out. */
function render(snapshot) {
  const line = (obj, keys) => `{ ${keys.filter((k) => obj[k] !== undefined).map((k) => `${k}: ${JSON.stringify(obj[k])}`).join(", ")} }`;
  const sourceKeys = ["id", "name", "publisher", "table", "file", "asOf", "vintage", "kind", "notes"];
  const seriesKeys = ["id", "label", "aliases", "sector", "country", "freq", "unit", "source", "code", "notes", "start", "values"];
  return [
    "// GENERATED by scripts/build-data.js from ../shared/data/*.csv: do not edit. Rebuild: npm run data:build",
    'import type { SnapshotData } from "./snapshot";',
    "",
    "export const SNAPSHOT: SnapshotData = {",
    `  label: ${JSON.stringify(snapshot.label)},`,
    "  sources: [",
    ...snapshot.sources.map((s) => `    ${line(s, sourceKeys)},`),
    "  ],",
    "  series: [",
    ...snapshot.series.map((s) => `    ${line({ ...s, sector: s.sector || undefined }, seriesKeys)},`),
    "  ],",
    "};",
    "",
  ].join("\n");
}

/** Value of `--name VALUE` in argv, or the fallback. */
function option(argv, name, fallback) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]) : fallback;
}

function main(argv) {
  const dir = option(argv, "data", DATA_DIR);
  const out = option(argv, "out", OUT_FILE);
  if (!fs.existsSync(dir)) throw new DataError(`data pack not found at ${dir}`);
  const text = render(buildSnapshot(dir));
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(ROOT, out)} (${text.length} bytes)`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`data:build failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
