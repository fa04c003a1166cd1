import { UNWIND_DEFAULTS, UNWIND_PARAM_NAMES, UNWIND_PRESET_NAMES } from "../../../../src/core/assumptions/unwind";
import { checkParam } from "../../../../src/core/assumptions/param";
import { defaultAssumptions } from "../../../../src/core/assumptions";
import { listParams, loadSaved, toSaved } from "../../../../src/core/assumptions/schema";
import { resolveUnwindParams } from "../../../../src/core/basis/unwind";

describe("unwind assumptions (methodology §4.2 parameter table)", () => {
  it("the defaults are the memo's: L 50, h 0, δ 0.0014, N 830, m 0.0101, μ 1.3, λ 0.05, D 4.1, c 0, Q 0, leverage rule, 50 rounds, φ 1", () => {
    expect(resolveUnwindParams(UNWIND_DEFAULTS, { preset: null, values: {} })).toEqual({
      leverage: 50,
      haircut: 0,
      shock: 0.0014,
      notional: 830,
      fut_margin: 0.0101,
      margin_mult: 1.3,
      impact: 0.05,
      duration: 4.1,
      buffer: 0,
      backstop: 0,
      rule: "leverage",
      max_rounds: 50,
      phi: 1,
    });
  });

  it("every default and every preset value is valid for its parameter and cites a source", () => {
    for (const name of UNWIND_PARAM_NAMES) {
      const p = UNWIND_DEFAULTS[name];
      expect(checkParam(name, p, p.value)).toBeNull();
      expect(p.source.length).toBeGreaterThan(10);
    }
    for (const preset of UNWIND_PRESET_NAMES) {
      for (const [name, p] of Object.entries(UNWIND_DEFAULTS.presets[preset].values)) {
        expect(checkParam(name, UNWIND_DEFAULTS[name as (typeof UNWIND_PARAM_NAMES)[number]], p.value)).toBeNull();
        expect(p.source.length).toBeGreaterThan(10);
      }
    }
  });

  it("MAR2020 = N 500, L 50, h 0, μ 1.3, λ 0.15, Q 1,000 and APR2025 = N 830, δ 0 (methodology §4.2 presets)", () => {
    const mar = resolveUnwindParams(UNWIND_DEFAULTS, { preset: "MAR2020", values: {} });
    expect([mar.notional, mar.leverage, mar.haircut, mar.margin_mult, mar.impact, mar.backstop]).toEqual([500, 50, 0, 1.3, 0.15, 1000]);
    const apr = resolveUnwindParams(UNWIND_DEFAULTS, { preset: "APR2025", values: {} });
    expect([apr.notional, apr.shock]).toEqual([830, 0]);
  });

  it("user values beat the preset, the preset beats the default; text numbers and rule keywords are read", () => {
    const p = resolveUnwindParams(UNWIND_DEFAULTS, { preset: "MAR2020", values: { impact: "0.2", rule: " Margin " } });
    expect([p.impact, p.notional, p.duration, p.rule]).toEqual([0.2, 500, 4.1, "margin"]);
  });

  it("the editor sees every parameter and preset value, and they survive the workbook save/load", () => {
    const paths = listParams(defaultAssumptions()).map((e) => e.path.join(".")).filter((p) => p.startsWith("unwind."));
    expect(paths).toHaveLength(UNWIND_PARAM_NAMES.length + 8);
    expect(paths).toContain("unwind.presets.MAR2020.values.backstop");
    const back = loadSaved(JSON.stringify(toSaved(defaultAssumptions())));
    expect(back.status).toBe("ok");
    expect(back.assumptions.unwind).toEqual(UNWIND_DEFAULTS);
  });
});
