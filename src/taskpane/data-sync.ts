/**
 * Refreshed data in the workbook: load it on open (the workbook is pinned to its saved vintage),
 * and run a refresh end to end: transfer → parse → atomic swap → save into the workbook → swap the
 * store the functions read → recalculate. On any failure the store in use is left as it was.
 */
import { SeriesStore } from "../core/data/store";
import { Outcome, SourceParser, Transfer, refresh } from "../core/refresh/outcome";
import { fromStore, toSeries } from "../core/refresh/payload";
import { applyRefresh } from "../core/refresh/swap";
import { RefreshRecord, WorkbookData, fromPartXml, toPartXml } from "../core/refresh/workbook-part";
import { getStore, setStore } from "../shared/state";
import { readDataPart, recalculate, writeDataPart } from "./office";

/** When and how each source was last refreshed, as saved in this workbook. */
let refreshes: Record<string, RefreshRecord> = {};

export function refreshRecords(): Readonly<Record<string, RefreshRecord>> {
  return refreshes;
}

/** Sources this workbook carries its own data for (pinned: everyone who opens it sees this vintage). */
export function pinnedSources(): string[] {
  return Object.keys(refreshes);
}

function workbookData(store: SeriesStore, records: Record<string, RefreshRecord>): WorkbookData {
  return { sources: Object.keys(records).flatMap((id) => fromStore(store, id)), refreshes: records };
}

/**
 * Loads the data saved in the workbook into the store the functions read. A damaged part is reported
 * and ignored (the add-in's own data stays in use). Returns messages for the status line.
 */
export async function loadWorkbookData(): Promise<string[]> {
  const xml = await readDataPart();
  if (xml === null) return [];
  const parsed = fromPartXml(xml);
  if (!parsed.ok) return [`${parsed.errors.slice(0, 3).join("; ")}; the add-in's own data is in use`];
  let store = getStore();
  const messages: string[] = [];
  for (const w of parsed.value.sources) {
    const verdict = applyRefresh(store, w.source, toSeries(w), { pinned: true });
    if (verdict.action === "swap") store = verdict.store;
    else if (verdict.action === "keep") messages.push(`saved ${w.source.name} not used: ${verdict.reason}`);
  }
  refreshes = { ...parsed.value.refreshes };
  if (store !== getStore()) {
    setStore(store);
    await recalculate();
  }
  const pinned = parsed.value.sources.map((w) => `${w.source.name} (as of ${w.source.asOf})`);
  return [`This workbook is pinned to its saved data: ${[...new Set(pinned)].join(", ")}.`, ...messages];
}

/** Refreshes run one after another, so none decides its swap on a store another one is replacing. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * One refresh end to end. The new store is saved into the workbook first and used only once saved,
 * so the workbook and the functions never disagree; any failure leaves the previous data in use.
 */
export function runRefresh(label: string, transfer: Transfer, parse: SourceParser, how: Omit<RefreshRecord, "at">): Promise<Outcome[]> {
  const run = queue.then(() => refreshNow(label, transfer, parse, how));
  queue = run.catch(() => undefined);
  return run;
}

async function refreshNow(label: string, transfer: Transfer, parse: SourceParser, how: Omit<RefreshRecord, "at">): Promise<Outcome[]> {
  const before = getStore();
  const { store, outcomes } = refresh(before, transfer, label, parse);
  if (store === before) return outcomes;
  const at = new Date().toISOString();
  const unchanged = new Set(before.all());
  const updated = new Set(store.all().filter((s) => !unchanged.has(s)).map((s) => s.provenance.source.id));
  const records = { ...refreshes, ...Object.fromEntries([...updated].map((id) => [id, { ...how, at }])) };
  try {
    await writeDataPart(toPartXml(workbookData(store, records)));
  } catch (e) {
    return outcomes.map((o) => (o.status === "updated" ? { ...o, status: "failed", kind: "invalid", message: `could not save into the workbook (${(e as Error).message}); previous data kept` } : o));
  }
  refreshes = records;
  setStore(store);
  await recalculate();
  return outcomes;
}
