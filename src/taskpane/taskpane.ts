/**
 * Taskpane entry. Outside Office (a plain browser) it shows a friendly "open this in Excel" state.
 */
function setStatus(text: string): void {
  const el = document.getElementById("status");
  if (el) el.textContent = text;
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) setStatus("Ready. Type =UST. in a cell to see the functions.");
    else setStatus("This add-in runs inside Excel: open it from Home → UST → Holders & Basis.");
  });
} else {
  setStatus("Office.js is not available: open this add-in inside Excel (desktop or on the web).");
}
