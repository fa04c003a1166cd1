/**
 * The sources panel: every data source with publisher, coverage, as-of, vintage, last refresh and
 * whether the workbook is pinned to it; refresh per source and "all" with progress and a result line;
 * file import (picker or drag-and-drop) and the team feed URL (saved in the workbook for colleagues).
 */
import { formatISO } from "../../core/dates";
import { Series, SourceInfo } from "../../core/data/store";
import { Outcome, resultLine } from "../../core/refresh/outcome";
import { sourceInUse } from "../../core/refresh/swap";
import { getStore } from "../../shared/state";
import { pinnedSources, refreshRecords, runRefresh } from "../data-sync";
import { fetchText, readFileText } from "../fetch";
import { readDocSetting, writeDocSetting } from "../office";
import { readFredKey } from "../settings";
import { UPSTREAMS, Upstream, upstreamForFile } from "../upstream";
import { byId, el, onClick, setStatus } from "./dom";

export const FEED_URL_KEY = "ust.feedUrl";

function coverage(series: Series[]): string {
  const first = Math.min(...series.map((s) => s.dates[0] ?? Infinity));
  const last = Math.max(...series.map((s) => s.dates[s.dates.length - 1] ?? -Infinity));
  return `${formatISO(first)} .. ${formatISO(last)} (${series.length} series)`;
}

function upstreamOf(sourceId: string): Upstream | undefined {
  return UPSTREAMS.find((u) => u.sourceIds.includes(sourceId));
}

export function renderSources(): void {
  const store = getStore();
  const records = refreshRecords();
  const pinned = new Set(pinnedSources());
  const cards = store.sources().map(({ id }) => {
    const src = sourceInUse(store, id) as SourceInfo;
    const series = store.all().filter((s) => s.provenance.source.id === src.id);
    const rec = records[src.id];
    const up = upstreamOf(src.id);
    const button = up ? el("button", { type: "button", class: "link", "data-upstream": up.id, "aria-label": `Refresh ${src.name}` }, "Refresh") : null;
    button?.addEventListener("click", () => void refreshUpstreams([up as Upstream]));
    return el(
      "section",
      { class: "source", "aria-label": src.name },
      el("div", { class: "source-head" }, el("span", { class: "source-name" }, src.name), el("span", { class: pinned.has(src.id) ? "badge pinned" : "badge" }, pinned.has(src.id) ? "pinned in workbook" : "add-in data"), button),
      el(
        "dl",
        {},
        el("dt", {}, "Publisher"), el("dd", {}, src.publisher),
        el("dt", {}, "Coverage"), el("dd", {}, coverage(series)),
        el("dt", {}, "As of"), el("dd", {}, src.asOf),
        el("dt", {}, "Vintage"), el("dd", {}, src.vintage),
        el("dt", {}, "Last refresh"), el("dd", {}, rec ? `${rec.at.slice(0, 16).replace("T", " ")} UTC via ${rec.channel} (${rec.from})` : "never (shipped with the add-in)"),
      ),
    );
  });
  byId("sources").replaceChildren(el("div", { class: "sources" }, ...cards));
}

function showResults(outcomes: readonly Outcome[]): void {
  byId("refresh-results").replaceChildren(...outcomes.map((o) => el("li", { class: o.status }, `${o.label}: ${o.status} — ${o.message}`)));
  setStatus(resultLine(outcomes));
  renderSources();
}

function progress(done: number, total: number): void {
  const bar = byId<HTMLProgressElement>("refresh-progress");
  bar.max = Math.max(total, 1);
  bar.value = done;
  bar.classList.toggle("active", done < total);
}

function feedUrl(): string | null {
  const url = byId<HTMLInputElement>("feed-url").value.trim();
  return url === "" ? null : url;
}

/** Fetches every URL of the given upstreams one by one (each swap is atomic on its own). */
export async function refreshUpstreams(ups: readonly Upstream[]): Promise<Outcome[]> {
  const ctx = { fredKey: await readFredKey().catch(() => null), feedUrl: feedUrl() };
  const jobs = ups.flatMap((u) => u.urls(ctx).map((url) => ({ u, url })));
  const skipped = ups
    .filter((u) => u.urls(ctx).length === 0 && u.id !== "feed")
    .map((u): Outcome => ({ label: u.label, status: "failed", kind: "network", message: u.id === "fred" ? "needs your FRED API key (below), or import a FRED CSV" : "no endpoint: import a file" }));
  const outcomes: Outcome[] = [...skipped];
  for (const [i, { u, url }] of jobs.entries()) {
    progress(i, jobs.length);
    setStatus(`Refreshing ${u.label} (${i + 1} of ${jobs.length})…`);
    const channel = u.id === "feed" ? "feed" : "fetch";
    outcomes.push(...(await runRefresh(u.label, await fetchText(url), u.parse, { channel, from: channel === "feed" ? url : new URL(url).host })));
  }
  progress(jobs.length, jobs.length);
  showResults(outcomes);
  return outcomes;
}

async function importFile(file: File): Promise<void> {
  setStatus(`Reading ${file.name}…`);
  const transfer = await readFileText(file);
  const up = upstreamForFile(file.name, transfer.ok ? transfer.text : "");
  showResults(await runRefresh(`${up.label} (${file.name})`, transfer, up.parse, { channel: up.id === "feed" ? "feed" : "file", from: file.name }));
}

async function refreshFromFeed(): Promise<void> {
  const url = feedUrl() ?? "";
  if (!/^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url)) return setStatus("Team feed: enter an https:// address of the feed JSON.");
  if (readDocSetting(FEED_URL_KEY) !== url) await writeDocSetting(FEED_URL_KEY, url);
  await refreshUpstreams(UPSTREAMS.filter((u) => u.id === "feed"));
}

export function wireSources(): void {
  const feedUrl = readDocSetting(FEED_URL_KEY);
  if (typeof feedUrl === "string") byId<HTMLInputElement>("feed-url").value = feedUrl;
  onClick("refresh-all", () => refreshUpstreams(UPSTREAMS).then(() => undefined));
  onClick("feed-refresh", refreshFromFeed);
  const drop = byId("drop");
  const picker = byId<HTMLInputElement>("file");
  drop.addEventListener("click", () => picker.click());
  drop.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      picker.click();
    }
  });
  picker.addEventListener("change", () => {
    const f = picker.files?.[0];
    picker.value = "";
    if (f) void importFile(f);
  });
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const f = e.dataTransfer?.files[0];
    if (f) void importFile(f);
  });
}
