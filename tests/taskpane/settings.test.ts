/**
 * Assumptions in document settings and the FRED key in per-user storage, through the taskpane code
 * with Office behind office-addin-mock objects.
 */
import { ASSUMPTIONS_VERSION, defaultAssumptions } from "../../src/core/assumptions";
import { toSaved, withValue } from "../../src/core/assumptions/schema";
import { FakeWorkbook, installOffice, newWorkbook } from "./support/fake-office";
import { Modules, freshModules } from "./support/fresh";

let wb: FakeWorkbook;
let m: Modules;
beforeEach(async () => {
  wb = installOffice(newWorkbook());
  m = await freshModules();
});

/** A colleague opens the same workbook: a new session on the same document settings. */
async function reopen(): Promise<void> {
  m = await freshModules();
}

describe("assumptions in document settings (office-addin-mock)", () => {
  it("round-trips edited assumptions through the workbook's document settings", async () => {
    const edited = withValue(withValue(defaultAssumptions(), ["unwind", "leverage"], 35), ["holders", "stabilityBase"], "total");
    await m.settings.saveAssumptions(edited);
    expect(wb.settings.get("ust.assumptions")).toEqual(toSaved(edited));
    expect(wb.calculations).toBe(1);
    await reopen();
    expect(m.settings.loadAssumptions()).toEqual({ assumptions: edited, status: "ok", messages: [] });
    expect(m.state.getAssumptions().unwind.leverage.value).toBe(35);
  });

  it("a new workbook loads the defaults silently", () => {
    expect(m.settings.loadAssumptions()).toEqual({ assumptions: defaultAssumptions(), status: "ok", messages: [] });
  });

  it("corrupted settings recover to the defaults with a visible message", () => {
    wb.settings.set("ust.assumptions", '{"version":1,"unwind":{"leverage":');
    const r = m.settings.loadAssumptions();
    expect(r.status).toBe("reset");
    expect(r.messages).toEqual(["the saved assumptions are not valid JSON; the defaults are in use."]);
    expect(m.state.getAssumptions()).toEqual(defaultAssumptions());
  });

  it("migrates assumptions saved by an older version (0, unversioned descriptors)", async () => {
    wb.settings.set("ust.assumptions", { unwind: { impact: { value: 0.15, label: "impact" }, rule: { value: "margin" } } });
    const r = m.settings.loadAssumptions();
    expect(r.status).toBe("migrated");
    expect(r.messages[0]).toBe(`assumptions saved in version 0 were migrated to version ${ASSUMPTIONS_VERSION}`);
    expect(m.state.getAssumptions().unwind.impact.value).toBe(0.15);
    expect(m.state.getAssumptions().unwind.rule.value).toBe("margin");
    await m.settings.saveAssumptions(m.state.getAssumptions());
    expect((wb.settings.get("ust.assumptions") as { version: number }).version).toBe(ASSUMPTIONS_VERSION);
  });

  it("never overwrites assumptions saved by a newer add-in", async () => {
    const newer = { version: ASSUMPTIONS_VERSION + 1, unwind: { leverage: 12 } };
    wb.settings.set("ust.assumptions", newer);
    expect(m.settings.loadAssumptions().status).toBe("newer");
    await expect(m.settings.saveAssumptions(defaultAssumptions())).rejects.toThrow(/saved by a newer add-in/);
    expect(wb.settings.get("ust.assumptions")).toEqual(newer);
  });
});

describe("FRED API key (per-user storage, never the workbook)", () => {
  const KEY = "abcdefghijklmnopqrstuvwxyz012345";

  it("is kept in per-user storage and never written to document settings", async () => {
    await m.settings.saveAssumptions(defaultAssumptions());
    await m.settings.saveFredKey(KEY);
    expect(wb.userStorage.get("ust.fredApiKey")).toBe(KEY);
    expect(await m.settings.readFredKey()).toBe(KEY);
    expect([...wb.settings.keys()]).toEqual(["ust.assumptions"]);
    expect(JSON.stringify([...wb.settings.entries()])).not.toContain(KEY);
    expect([...wb.parts.values()].join("")).not.toContain(KEY);
    await m.settings.forgetFredKey();
    expect(wb.userStorage.has("ust.fredApiKey")).toBe(false);
  });

  it("refuses a malformed key without storing anything", async () => {
    await expect(m.settings.saveFredKey("not-a-key")).rejects.toThrow("a FRED API key is 32 lower-case letters and digits");
    expect(wb.userStorage.size).toBe(0);
    expect(wb.settings.size).toBe(0);
  });
});
