/**
 * Taskpane entry. In Excel: load the workbook's assumptions and pinned data, then render the panels.
 * Outside Office (a plain browser) it shows a friendly "open this in Excel" state with the panels read-only.
 */
import { loadWorkbookData } from "./data-sync";
import { officeAvailable, readDocSetting, recalculate, whenReady } from "./office";
import { ASSUMPTIONS_KEY, checkFredKey, forgetFredKey, loadAssumptions, readFredKey, saveFredKey } from "./settings";
import { renderAssumptions, wireAssumptions } from "./ui/assumptions-panel";
import { addNotices, byId, onClick, setStatus } from "./ui/dom";
import { renderSources, wireSources } from "./ui/sources-panel";
import { renderTemplates, wireTools } from "./ui/tools-panel";

function wireFredKey(): void {
  const input = byId<HTMLInputElement>("fred-key");
  const msg = byId("fred-key-msg");
  void readFredKey().then((k) => (msg.textContent = k ? "A key is saved for you." : "No key saved."), () => undefined);
  onClick("fred-key-save", async () => {
    const why = checkFredKey(input.value.trim());
    msg.className = why ? "msg error" : "msg";
    if (why) return void (msg.textContent = why);
    await saveFredKey(input.value.trim());
    input.value = "";
    msg.textContent = "Saved for you on this computer (not in the workbook).";
  });
  onClick("fred-key-forget", async () => {
    await forgetFredKey();
    msg.textContent = "Key removed.";
  });
}

function disableWorkbookActions(): void {
  for (const c of Array.from(document.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>("main button, main input, main select"))) {
    c.disabled = true;
    c.title = "Available inside Excel";
  }
  byId("drop").setAttribute("aria-disabled", "true");
}

async function start(): Promise<void> {
  const inExcel = officeAvailable() && (await whenReady());
  if (!inExcel) {
    setStatus("Open this add-in inside Excel (Home → UST → Holders & Basis) to refresh data, edit assumptions and insert sheets.");
    renderSources();
    renderAssumptions();
    renderTemplates();
    disableWorkbookActions();
    return;
  }
  const loaded = loadAssumptions();
  addNotices(loaded.messages.map((m) => `Assumptions: ${m}`));
  renderAssumptions();
  renderTemplates();
  wireAssumptions();
  wireSources();
  wireTools();
  wireFredKey();
  renderSources();
  try {
    addNotices(await loadWorkbookData());
  } catch (e) {
    addNotices([`The data saved in this workbook could not be read (${(e as Error).message}); the add-in's own data is in use.`]);
  }
  renderSources();
  // functions that ran before the workbook's own assumptions were loaded must see them
  if (readDocSetting(ASSUMPTIONS_KEY) !== null) await recalculate();
  setStatus("Ready. Type =UST. in a cell to see the functions.");
}

start()
  .catch((e) => setStatus(`The taskpane could not start: ${(e as Error).message}`))
  .finally(() => document.body.classList.remove("loading"));
