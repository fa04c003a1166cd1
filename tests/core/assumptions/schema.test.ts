import { ASSUMPTIONS_VERSION, Assumptions, defaultAssumptions } from "../../../src/core/assumptions";
import { checkSections, checkValue, listParams, loadSaved, parseImport, toSaved, withValue } from "../../../src/core/assumptions/schema";

const paths = (a: Assumptions): string[] => listParams(a).map((e) => e.path.join("."));
type Saved = { unwind: Record<string, unknown>; holders: { caymanReadings: { valueBn: number }[] } };

describe("assumptions schema (over the real sections)", () => {
  it("lists every Param with its path: unwind defaults, presets, Cayman readings, sector classes", () => {
    const p = paths(defaultAssumptions());
    expect(p).toEqual(expect.arrayContaining(["unwind.leverage", "unwind.rule", "unwind.presets.MAR2020.values.impact", "holders.caymanReadings.4.valueBn", "holders.sectorClass.cayman", "holders.stabilityBase"]));
    for (const { path, param } of listParams(defaultAssumptions())) {
      expect(`${path.join(".")}: ${param.source}`).not.toMatch(/: $/);
      expect(param.unit).not.toBe("");
    }
  });

  it("saves Param values only, with the current version", () => {
    const saved = toSaved(defaultAssumptions()) as unknown as Saved & { version: number };
    expect(saved.version).toBe(ASSUMPTIONS_VERSION);
    expect(saved.unwind.leverage).toBe(50);
    expect(saved.holders.caymanReadings[4]).toEqual({ valueBn: 1850 });
    expect(JSON.stringify(saved)).not.toMatch(/"(label|source|unit|date|kind)"/);
  });

  it("round-trips edited values through the saved JSON", () => {
    const edited = withValue(withValue(defaultAssumptions(), ["unwind", "leverage"], 30), ["holders", "caymanReadings", "4", "valueBn"], 1900);
    const back = loadSaved(JSON.stringify(toSaved(edited)));
    expect(back).toEqual({ assumptions: edited, status: "ok", messages: [] });
    expect(back.assumptions.unwind.leverage.value).toBe(30);
  });

  it("checks a value on entry with a message naming the parameter and the range", () => {
    const a = defaultAssumptions();
    expect(checkValue(a, ["unwind", "leverage"], 30)).toBeNull();
    expect(checkValue(a, ["unwind", "leverage"], 0.5)).toBe("Leverage (basis notional / fund equity) (unwind.leverage): must be ≥ 1 × equity (got 0.5)");
    expect(checkValue(a, ["unwind", "haircut"], Number.NaN)).toBe("Repo haircut on the cash leg (unwind.haircut): expected a number (decimal)");
    expect(checkValue(a, ["unwind", "rule"], "panic")).toBe('Deleveraging rule (unwind.rule): must be one of leverage, margin (got "panic")');
    expect(checkValue(a, ["unwind", "nope"], 1)).toBe("unwind.nope: not an assumption of this add-in");
  });

  it("recovers corrupted settings to the defaults with a message", () => {
    for (const raw of ["{not json", "42", '"text"', "[1,2]", '{"version":"x"}']) {
      const r = loadSaved(raw);
      expect(r.status).toBe("reset");
      expect(r.assumptions).toEqual(defaultAssumptions());
      expect(r.messages).toHaveLength(1);
      expect(r.messages[0]).toMatch(/^the saved assumptions are (not valid JSON|not a JSON object|not readable: invalid version "x"); the defaults are in use\.$/);
    }
  });

  it("repairs an out-of-range value one by one, keeping the valid ones", () => {
    const saved = toSaved(withValue(defaultAssumptions(), ["unwind", "rule"], "margin")) as unknown as Saved;
    saved.unwind.leverage = -3;
    const r = loadSaved(saved);
    expect(r.status).toBe("repaired");
    expect(r.assumptions.unwind.leverage.value).toBe(50);
    expect(r.assumptions.unwind.rule.value).toBe("margin");
    expect(r.messages).toEqual(["Leverage (basis notional / fund equity) (unwind.leverage): must be ≥ 1 × equity (got -3); the default is used"]);
  });

  it("migrates an unversioned (version 0) object of descriptors to the current version", () => {
    const v0 = { unwind: { leverage: { value: 40, label: "old label" }, rule: "margin" }, holders: { caymanReadings: [{ valueBn: { value: 480 } }] } };
    const r = loadSaved(JSON.stringify(v0));
    expect(r.status).toBe("migrated");
    expect(r.messages[0]).toBe(`assumptions saved in version 0 were migrated to version ${ASSUMPTIONS_VERSION}`);
    expect(r.assumptions.unwind.leverage).toEqual({ ...defaultAssumptions().unwind.leverage, value: 40 });
    expect(r.assumptions.unwind.rule.value).toBe("margin");
    expect(r.assumptions.holders.caymanReadings[0]?.valueBn.value).toBe(480);
    expect(toSaved(r.assumptions).version).toBe(ASSUMPTIONS_VERSION);
  });

  it("keeps the defaults for settings saved by a newer add-in", () => {
    const r = loadSaved({ version: ASSUMPTIONS_VERSION + 1, unwind: { leverage: 10 } });
    expect(r.status).toBe("newer");
    expect(r.assumptions).toEqual(defaultAssumptions());
  });

  it("notes missing and unknown entries without failing", () => {
    const r = loadSaved({ version: ASSUMPTIONS_VERSION, unwind: { leverage: 20, extra: 1 }, other: {} });
    expect(r.status).toBe("ok");
    expect(r.assumptions.unwind.leverage.value).toBe(20);
    expect(r.messages[0]).toMatch(/^\d+ assumption\(s\) not in the saved settings use their defaults: unwind\.haircut, unwind\.shock, unwind\.notional, unwind\.fut_margin, unwind\.margin_mult and \d+ more$/);
    expect(r.messages).toContain("unwind.extra: not an assumption of this add-in; ignored");
    expect(r.messages).toContain("other: not an assumption section of this add-in; ignored");
  });

  it("runs the section owners' validators over the whole object", () => {
    const broken = defaultAssumptions();
    broken.holders.caymanReadings.reverse();
    expect(checkSections(defaultAssumptions())).toEqual([]);
    expect(checkSections(broken)[0]).toBe("holders.caymanReadings[1].date: readings must be in ascending date order");
    const r = loadSaved(toSaved(broken), broken);
    expect(r.status).toBe("repaired");
    expect(r.messages[0]).toMatch(/^holders\.caymanReadings\[1\]\.date: readings must be in ascending date order; .*all defaults are in use$/);
  });

  it("imports all or nothing", () => {
    expect(parseImport('{"version":1,"unwind":{"leverage":1000.5}}')).toEqual({ ok: false, errors: ["Leverage (basis notional / fund equity) (unwind.leverage): must be ≤ 1000 × equity (got 1000.5)"] });
    expect(parseImport("nope")).toEqual({ ok: false, errors: ["the file is not valid JSON"] });
    const ok = parseImport(JSON.stringify(toSaved(withValue(defaultAssumptions(), ["unwind", "leverage"], 25))));
    expect(ok.ok && ok.assumptions.unwind.leverage.value).toBe(25);
  });
});
