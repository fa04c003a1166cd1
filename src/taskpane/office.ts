/**
 * The one module of the taskpane that talks to Office (STYLE.md §c.10). Everything else calls these
 * functions, so tests replace `Office`/`Excel` with office-addin-mock objects and nothing else.
 *
 * Where things are kept:
 * - assumptions and the list of inserted sheets: document settings (travel with the workbook);
 * - refreshed data and its vintage: a custom XML part (travels with the workbook);
 * - secrets (the FRED API key): per-user storage, OfficeRuntime.storage or else localStorage, never the workbook.
 */
import { DATA_NAMESPACE } from "../core/refresh/workbook-part";
import type { SheetTemplate } from "./templates";

/** OfficeRuntime.storage (shared runtime): per-user, per-add-in key-value storage. Not in @types/office-js. */
interface UserStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

const g = globalThis as unknown as { Office?: typeof Office; Excel?: typeof Excel; OfficeRuntime?: { storage?: UserStorage }; localStorage?: Storage };

/** True when running inside Excel with office.js loaded (false in a plain browser). */
export function officeAvailable(): boolean {
  return typeof g.Office?.onReady === "function";
}

/** Resolves when Office is ready; tells whether the host is Excel. */
export async function whenReady(): Promise<boolean> {
  if (!g.Office) return false;
  const info = await g.Office.onReady();
  return info.host === g.Office.HostType.Excel;
}

// ---- document settings (travel with the workbook) ----

export function readDocSetting(key: string): unknown {
  return g.Office?.context.document.settings.get(key) ?? null;
}

/** Sets a document setting and saves the settings into the document. */
export function writeDocSetting(key: string, value: unknown): Promise<void> {
  const settings = (g.Office as typeof Office).context.document.settings;
  settings.set(key, value);
  return new Promise((resolve, reject) =>
    settings.saveAsync((r) => (String(r.status) === "failed" ? reject(new Error(`could not save the workbook settings: ${r.error?.message ?? "unknown error"}`)) : resolve())),
  );
}

// ---- per-user storage (never in the workbook) ----

function userStorage(): UserStorage {
  const rt = g.OfficeRuntime?.storage;
  if (rt) return rt;
  const ls = g.localStorage;
  if (!ls) throw new Error("no per-user storage is available here");
  return {
    getItem: async (k) => ls.getItem(k),
    setItem: async (k, v) => ls.setItem(k, v),
    removeItem: async (k) => ls.removeItem(k),
  };
}

export const readUserSecret = (key: string): Promise<string | null> => userStorage().getItem(key);
export const writeUserSecret = (key: string, value: string): Promise<void> => userStorage().setItem(key, value);
export const removeUserSecret = (key: string): Promise<void> => userStorage().removeItem(key);

// ---- workbook: custom XML part, recalculation ----

function run<T>(body: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return (g.Excel as typeof Excel).run(body);
}

/** The XML of our data part, or null when the workbook has none. */
export function readDataPart(): Promise<string | null> {
  return run(async (ctx) => {
    const part = ctx.workbook.customXmlParts.getByNamespace(DATA_NAMESPACE).getOnlyItemOrNullObject();
    await ctx.sync();
    if (part.isNullObject) return null;
    const xml = part.getXml();
    await ctx.sync();
    return xml.value;
  });
}

/** Replaces our data part (or adds it) in one batch. */
export function writeDataPart(xml: string): Promise<void> {
  return run(async (ctx) => {
    const part = ctx.workbook.customXmlParts.getByNamespace(DATA_NAMESPACE).getOnlyItemOrNullObject();
    await ctx.sync();
    if (part.isNullObject) ctx.workbook.customXmlParts.add(xml);
    else part.setXml(xml);
    await ctx.sync();
  });
}

/** Full recalculation, so every =UST.* formula reads the new data or assumptions. */
export function recalculate(): Promise<void> {
  return run(async (ctx) => {
    ctx.workbook.application.calculate("Full");
    await ctx.sync();
  });
}

// ---- workbook names (LAMBDA short names) ----

/**
 * Evaluates a LAMBDA with an optional argument (as the short names use, with ISOMITTED) on a temporary
 * sheet: 2 means this Excel has both. The sheet is removed.
 */
export function lambdaAvailable(): Promise<boolean> {
  return run(async (ctx) => {
    const probe = ctx.workbook.worksheets.add(`ust-probe-${Date.now() % 100000}`);
    const cell = probe.getRange("A1");
    cell.formulas = [["=LAMBDA(x,[y],IF(ISOMITTED(y),x+1,x))(1)"]];
    cell.load("values");
    await ctx.sync();
    const ok = cell.values[0]?.[0] === 2;
    probe.delete();
    await ctx.sync();
    return ok;
  });
}

/** Adds or updates workbook-level names; returns how many were added and updated. */
export function upsertNames(names: readonly { name: string; formula: string; comment: string }[]): Promise<{ added: number; updated: number }> {
  return run(async (ctx) => {
    const existing = names.map((n) => ctx.workbook.names.getItemOrNullObject(n.name));
    await ctx.sync();
    let added = 0;
    names.forEach((n, i) => {
      const item = existing[i] as Excel.NamedItem;
      if (item.isNullObject) {
        ctx.workbook.names.add(n.name, n.formula, n.comment);
        added++;
      } else item.formula = n.formula;
    });
    await ctx.sync();
    return { added, updated: names.length - added };
  });
}

// ---- ready-made sheets ----

/** Ids of the sheets we inserted, by template id (document settings: they follow the workbook). */
const SHEETS_KEY = "ust.sheets";

/**
 * Inserts a template sheet unless the one we inserted earlier is still there (then it is only activated).
 * A user sheet that happens to carry the same name is never touched: ours gets a free name instead.
 */
export async function insertTemplate(t: SheetTemplate): Promise<{ status: "inserted" | "present"; name: string }> {
  const ours = (readDocSetting(SHEETS_KEY) ?? {}) as Record<string, string>;
  const result = await run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    const previous = ours[t.id] ? sheets.getItemOrNullObject(ours[t.id] as string) : null;
    sheets.load("items/name");
    previous?.load("name");
    await ctx.sync();
    if (previous && !previous.isNullObject) {
      previous.activate();
      await ctx.sync();
      return { status: "present" as const, name: previous.name, id: ours[t.id] as string };
    }
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    let name = t.name;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${t.name} (${k})`;
    const sheet = sheets.add(name);
    for (const block of t.cells) sheet.getRange(block.at).formulas = block.formulas;
    for (const c of t.charts) {
      const chart = sheet.charts.add(c.type as Excel.ChartType, sheet.getRange(c.data), c.seriesBy as Excel.ChartSeriesBy);
      chart.title.text = c.title;
      chart.setPosition(c.from, c.to);
    }
    sheet.activate();
    sheet.load("id");
    await ctx.sync();
    return { status: "inserted" as const, name, id: sheet.id };
  });
  if (result.status === "inserted") await writeDocSetting(SHEETS_KEY, { ...ours, [t.id]: result.id });
  return { status: result.status, name: result.name };
}
