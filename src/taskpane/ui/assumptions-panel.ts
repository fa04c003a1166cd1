/**
 * The assumptions editor: one field per `Param` (label, unit, allowed range, source), validated on
 * entry; valid values are saved in the workbook at once; reset; import/export as JSON.
 */
import { Assumptions, defaultAssumptions } from "../../core/assumptions";
import { Param } from "../../core/assumptions/param";
import { checkValue, listParams, parseImport, toSaved, withValue } from "../../core/assumptions/schema";
import { getAssumptions } from "../../shared/state";
import { saveAssumptions } from "../settings";
import { byId, el, onClick, setStatus } from "./dom";

const GROUP_TITLES: Record<string, string> = {
  unwind: "Basis-trade unwind defaults (UST.BASIS.UNWIND)",
  "unwind.presets.MAR2020": "Unwind preset MAR2020",
  "unwind.presets.APR2025": "Unwind preset APR2025",
  holders: "Holder views",
  "holders.caymanReadings": "Cayman hedge-fund readings (cayman_adj)",
  "holders.sectorClass": "Sector price-sensitivity classes (UST.STABILITY)",
  "holders.classWeight": "Class weights (UST.STABILITY)",
};

/** Group of a parameter: its path without the name, array indices and "values" (unwind.presets.MAR2020.values.x → unwind.presets.MAR2020). */
function groupOf(path: string[]): string {
  return path
    .slice(0, -1)
    .filter((p) => !/^\d+$/.test(p) && p !== "values")
    .join(".");
}

function rangeText(p: Param): string {
  if (p.options) return `one of ${p.options.join(", ")}`;
  const lo = p.min !== undefined ? `≥ ${p.min}` : "";
  const hi = p.max !== undefined ? `≤ ${p.max}` : "";
  return [lo, hi].filter(Boolean).join(" and ") || "any number";
}

function control(id: string, p: Param, msgId: string): HTMLInputElement | HTMLSelectElement {
  if (p.options) {
    const select = el("select", { id, "aria-describedby": msgId });
    for (const o of p.options) select.append(el("option", { value: o }, o));
    select.value = String(p.value);
    return select;
  }
  return el("input", { id, type: "text", inputmode: "decimal", value: String(p.value), "aria-describedby": msgId, autocomplete: "off" });
}

function field(path: string[], p: Param, save: (path: string[], value: number | string) => Promise<void>): HTMLElement {
  const id = `a-${path.join("-")}`;
  const msgId = `${id}-msg`;
  const input = control(id, p, msgId);
  const msg = el("p", { id: msgId, class: "msg" }, `Allowed: ${rangeText(p)}`);
  input.addEventListener("change", async () => {
    const raw = input.value.trim();
    const value = p.options ? raw : raw === "" ? Number.NaN : Number(raw);
    const why = checkValue(getAssumptions(), path, value);
    input.setAttribute("aria-invalid", why ? "true" : "false");
    msg.className = why ? "msg error" : "msg";
    msg.textContent = why ?? `Allowed: ${rangeText(p)} — saved`;
    if (why) return;
    try {
      await save(path, value);
    } catch (e) {
      msg.className = "msg error";
      msg.textContent = (e as Error).message;
    }
  });
  return el(
    "div",
    { class: "param" },
    el("label", { for: id }, p.label),
    el("div", { class: "control" }, input, el("span", { class: "unit" }, p.unit)),
    msg,
    el("p", { class: "source-note" }, `Source: ${p.source}`),
  );
}

/** Renders the editor for the assumptions in use. */
export function renderAssumptions(): void {
  const host = byId("assumptions");
  const groups = new Map<string, HTMLDetailsElement>();
  const save = async (path: string[], value: number | string): Promise<void> => {
    await saveAssumptions(withValue(getAssumptions(), path, value));
    setStatus(`Saved ${path.join(".")} = ${value} in this workbook; functions recalculated.`);
  };
  for (const { path, param } of listParams(getAssumptions())) {
    const key = groupOf(path);
    let group = groups.get(key);
    if (!group) {
      group = el("details", { class: "group" }, el("summary", {}, GROUP_TITLES[key] ?? key));
      group.open = groups.size === 0;
      groups.set(key, group);
    }
    group.append(field(path, param, save));
  }
  host.replaceChildren(...groups.values());
}

async function apply(a: Assumptions, what: string): Promise<void> {
  await saveAssumptions(a);
  renderAssumptions();
  setStatus(what);
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

export function wireAssumptions(): void {
  onClick("assumptions-reset", () => apply(defaultAssumptions(), "Assumptions reset to the defaults and saved in this workbook."));
  onClick("assumptions-export", () => {
    download("ust-assumptions.json", JSON.stringify(toSaved(getAssumptions()), null, 2));
    setStatus("Assumptions exported as ust-assumptions.json.");
  });
  const file = byId<HTMLInputElement>("assumptions-file");
  onClick("assumptions-import", () => file.click());
  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    file.value = "";
    if (!f) return;
    const result = parseImport(await f.text());
    if (!result.ok) return setStatus(`Import refused, nothing changed: ${result.errors.join("; ")}`);
    await apply(result.assumptions, `Imported ${f.name}${result.notes.length ? ` (${result.notes.length} value(s) kept at default)` : ""}; saved in this workbook.`);
  });
}
