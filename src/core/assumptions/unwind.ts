/**
 * Basis-trade unwind assumptions (UST.BASIS.UNWIND): every parameter of methodology §4.2 with its
 * default, unit, allowed range and the source of the default, plus the presets MAR2020 and APR2025.
 * Plain JSON data: the taskpane edits it and saves it in the workbook; the engine
 * (`src/core/basis/unwind`) resolves user value > preset value > default from it on every call.
 *
 * Source tags [Sn] refer to the source register of the methodology memo (reference/methodology.md §6).
 */
import { Param } from "./param";

/** Every parameter, in the order of the §4.2 signature. The first three are UNWIND's positional arguments. */
export const UNWIND_PARAM_NAMES = [
  "leverage",
  "haircut",
  "shock",
  "notional",
  "fut_margin",
  "margin_mult",
  "impact",
  "duration",
  "buffer",
  "backstop",
  "rule",
  "max_rounds",
  "phi",
] as const;
export type UnwindParamName = (typeof UNWIND_PARAM_NAMES)[number];

/** "leverage": Greenwood-Landier-Thesmar leverage targeting [S40]; "margin": Brunnermeier-Pedersen margin constraint [S39]. */
export const UNWIND_RULES = ["leverage", "margin"] as const;
export type UnwindRule = (typeof UNWIND_RULES)[number];

export const UNWIND_PRESET_NAMES = ["MAR2020", "APR2025"] as const;
export type UnwindPresetName = (typeof UNWIND_PRESET_NAMES)[number];

export type UnwindParamDescriptors = { [K in UnwindParamName]: K extends "rule" ? Param<string> : Param<number> };

export interface UnwindPreset {
  label: string;
  source: string;
  /** the parameters the preset sets; everything else comes from the defaults (user options override both) */
  values: Partial<UnwindParamDescriptors>;
}

export type UnwindAssumptions = UnwindParamDescriptors & { presets: Record<UnwindPresetName, UnwindPreset> };

/** A round whose forced sale is below this ($100 mn) ends the spiral (methodology §4.2 step 7; design). */
export const UNWIND_STOP_SALE_BN = 0.1;
/** An equity loss above this share, short of default, is DISTRESS (methodology §4.2, reading (iii); design). */
export const UNWIND_DISTRESS_LOSS = 0.9;

const BARTH_KAHN = "Barth & Kahn, OFR Brief 20-01 (2020) [S20]";

const PARAMS: UnwindParamDescriptors = {
  leverage: {
    value: 50,
    label: "Leverage (basis notional / fund equity)",
    unit: "× equity",
    min: 1,
    max: 1000,
    source: `${BARTH_KAHN}: haircuts "around 2 percent … 50-to-1"; Bloomberg 19 Mar 2020 "as much as 50 times" [S47]; Dec-2022 repo $553bn on $9.9bn capital ≈ 55.9× (Banegas & Monin, FEDS Note 2023-09-08 [S14], inferred)`,
  },
  haircut: {
    value: 0,
    label: "Repo haircut on the cash leg",
    unit: "decimal",
    min: 0,
    max: 0.99,
    source: "Banegas & Monin, FEDS Note 2023-09-08 [S14]: ~74% of hedge-fund repo at zero or negative haircut; NCCBR mode 0% (Kahn & McCormick, FEDS Note 2025-02-14 [S23]). Alternative 0.02 (tri-party / OFR 'typical') [S20][S24]",
  },
  shock: {
    value: 0.0014,
    label: "Initial basis widening (loss per $ of notional)",
    unit: "decimal of notional",
    min: 0,
    max: 0.99,
    source: "calibrated so leverage × shock ≈ 7% equity loss at 50× = average Treasury-hedge-fund return in March 2020, −7% (Kruttli, Monin, Petrasek, Watugala, FEDS 2021-038 [S46]; inferred)",
  },
  notional: {
    value: 830,
    label: "Basis-trade cash longs",
    unit: "USD bn",
    min: 0.1,
    max: 50000,
    source: "Monin, FEDS Note 2026-06-22 [S19]: basis trade ≈ $830 billion in Sep-2025 (Form PF). Alternatives: 1,850 Cayman hedge-fund holdings [S5]; 500 for March 2020 [S48][S22]",
  },
  fut_margin: {
    value: 0.0101,
    label: "Futures initial margin, blended",
    unit: "decimal of notional",
    min: 0,
    max: 0.99,
    source: "0.4·0.405% + 0.3·1.0% + 0.2·1.4% + 0.1·2.7%: tenor mix 40/30/20/10 (Glicoes et al., FEDS Note 2024-03-08 [S16-acc]) × CME margins of low confidence [S50] (inferred; replace with live CME performance bonds)",
  },
  margin_mult: {
    value: 1.3,
    label: "Margin multiplier in the shock",
    unit: "× initial margin",
    min: 1,
    max: 10,
    source: `${BARTH_KAHN}: note-futures margins "rose by more than 30 percent" 28 Feb–16 Mar 2020 (use 2.0 for bond futures, "more than doubled")`,
  },
  impact: {
    value: 0.05,
    label: "Cash-yield price impact",
    unit: "bp per USD bn sold",
    min: 0,
    max: 10,
    source: "normal liquidity: 0.03–0.06 (Gagnon, Raskin, Remache, Sack 2011 [S42]), 0.07–0.17 (D'Amico & King [S41]); stress 0.15 (March 2020, 64 bp / $430bn, crude) — conversions inferred, methodology §3.9",
  },
  duration: {
    value: 4.1,
    label: "Modified duration of the CTD basket",
    unit: "years",
    min: 0,
    max: 40,
    source: "tenor mix 40/30/20/10 [S16-acc] × par-bond modified durations at 4% (2y 1.75, 5y 3.83, 10y 5.67, bond 11.2) = 4.10 (inferred, methodology §4.2)",
  },
  buffer: {
    value: 0,
    label: "Unencumbered liquidity buffer (margin rule)",
    unit: "share of equity",
    min: 0,
    max: 1,
    source: "none published; hedge funds exited March 2020 with '20% higher cash' (Kruttli et al., FEDS 2021-038 [S46]) — set by the user",
  },
  backstop: {
    value: 0,
    label: "Official purchases absorbing sales (backstop)",
    unit: "USD bn",
    min: 0,
    max: 50000,
    source: "0 = no backstop; March-2020 reference ≈ 1,000 (Vissing-Jorgensen, JME 2021 [S36]; Duffie [S37])",
  },
  rule: {
    value: "leverage",
    label: "Deleveraging rule",
    unit: "keyword",
    options: UNWIND_RULES,
    source: "leverage targeting: Greenwood, Landier & Thesmar, JFE 2015 [S40]; margin constraint: Brunnermeier & Pedersen, RFS 2009 [S39]",
  },
  max_rounds: {
    value: 50,
    label: "Maximum number of rounds",
    unit: "rounds",
    min: 1,
    max: 1000,
    source: "design (methodology §4.2)",
  },
  phi: {
    value: 1,
    label: "Share of the cash price impact not mirrored in futures (φ)",
    unit: "share 0–1",
    min: 0,
    max: 1,
    source: `design, conservative: ${BARTH_KAHN} found CTDs richened in March 2020, so the true φ may be lower`,
  },
};

/** A preset's value for one parameter: the default's label, unit and range, with the preset's value and source. */
function presetValue<K extends UnwindParamName>(preset: UnwindPresetName, name: K, value: UnwindParamDescriptors[K]["value"], source: string): UnwindParamDescriptors[K] {
  return { ...PARAMS[name], value, label: `${preset}: ${PARAMS[name].label}`, source } as UnwindParamDescriptors[K];
}

export const UNWIND_DEFAULTS: UnwindAssumptions = {
  ...PARAMS,
  presets: {
    MAR2020: {
      label: "March 2020 replay: $500bn basis book at 50×, zero haircut, margins +30%, stress liquidity, Fed backstop ≈ $1tn",
      source: "methodology §4.2 presets: [S20][S36][S47][S48]",
      values: {
        notional: presetValue("MAR2020", "notional", 500, "Bloomberg on Kashyap-Stein-Wallen-Younger, 'roughly $500 billion' in 2020 [S48]; $400–500bn pre-COVID peak (Barth & Kahn, JME 2025 [S22])"),
        leverage: presetValue("MAR2020", "leverage", 50, "Bloomberg 19 Mar 2020: 'levered up as much as 50 times' [S47]"),
        haircut: presetValue("MAR2020", "haircut", 0, "Kruttli et al.: 'relatively unchanged bilateral repo volumes and haircuts' in March 2020 [S46]"),
        margin_mult: presetValue("MAR2020", "margin_mult", 1.3, `${BARTH_KAHN}: note-futures margins +30% 28 Feb–16 Mar 2020`),
        impact: presetValue("MAR2020", "impact", 0.15, "March 2020 crude: +64 bp 10-yr (9–18 Mar) / ≈$430bn identified sales [S36][S20][S12] (inferred, methodology §3.9)"),
        backstop: presetValue("MAR2020", "backstop", 1000, "Fed bought 'nearly one trillion dollars in Treasuries over three weeks' (Duffie [S37]); '$1T of Treasuries in 2020Q1' [S36]"),
      },
    },
    APR2025: {
      label: "April 2025 tariff shock: $830bn basis book, no basis widening (the basis trade did not unwind)",
      source: "Perli, NY Fed, 9 May 2025: 'no evidence' of a basis-trade unwind [S43]; back-test target: the $305bn swap-spread trade, ≈ $60bn unwound (Monin, FEDS Note 2026-06-22 [S19])",
      values: {
        notional: presetValue("APR2025", "notional", 830, "Monin, FEDS Note 2026-06-22 [S19]: ≈ $830 billion (Sep-2025)"),
        shock: presetValue("APR2025", "shock", 0, "Perli, 9 May 2025 [S43]: 'the unwind of other highly leveraged trades did not play a role'"),
      },
    },
  },
};
