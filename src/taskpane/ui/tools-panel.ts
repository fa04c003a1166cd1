/** Buttons that insert the ready-made sheets and add the LAMBDA short names. */
import { getAssumptions } from "../../shared/state";
import { FunctionMeta, aliasNames } from "../aliases";
import { insertTemplate, lambdaAvailable, upsertNames } from "../office";
import { sheetTemplates } from "../templates";
import { byId, el, onClick, setStatus } from "./dom";

export function renderTemplates(): void {
  const rows = sheetTemplates(getAssumptions()).map((t) => {
    const row = el("div", { class: "template" }, el("div", {}, el("strong", {}, t.name), el("p", {}, t.description)), el("button", { type: "button", id: `insert-${t.id}` }, "Insert"));
    return row;
  });
  byId("templates").replaceChildren(...rows);
  for (const t of sheetTemplates(getAssumptions())) {
    onClick(`insert-${t.id}`, async () => {
      const template = sheetTemplates(getAssumptions()).find((x) => x.id === t.id);
      if (!template) return;
      const r = await insertTemplate(template);
      setStatus(r.status === "inserted" ? `Inserted the sheet "${r.name}".` : `"${r.name}" is already in this workbook: it was left as it is and activated.`);
    });
  }
}

/** Adds the short names, after checking that this Excel evaluates LAMBDA. */
export async function addShortNames(fetchMeta: () => Promise<{ functions: FunctionMeta[] }>): Promise<string> {
  if (!(await lambdaAvailable())) return "This version of Excel has no LAMBDA with optional arguments (ISOMITTED), so short names cannot be added: use the =UST.BASIS.* names.";
  const names = aliasNames(await fetchMeta());
  if (names.length === 0) return "No basis functions were found in the add-in's function list.";
  const { added, updated } = await upsertNames(names);
  return `Short names ready (${added} added, ${updated} updated): ${names.map((n) => n.name).join(", ")}.`;
}

export function wireTools(): void {
  const fetchMeta = async (): Promise<{ functions: FunctionMeta[] }> => {
    const r = await fetch("functions.json", { cache: "no-store" });
    if (!r.ok) throw new Error(`could not read the function list (HTTP ${r.status})`);
    return (await r.json()) as { functions: FunctionMeta[] };
  };
  onClick("short-names", async () => setStatus(await addShortNames(fetchMeta)));
}
