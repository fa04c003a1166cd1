/**
 * Resolution of the unwind parameters: user value > preset value > default (the assumptions module,
 * edited for the whole workbook in the taskpane), each checked against the default's allowed range.
 */
import { CoreError, badArg } from "../../errors";
import { Param, checkParam } from "../../assumptions/param";
import { UNWIND_PARAM_NAMES, UnwindAssumptions, UnwindParamName, UnwindPresetName, UnwindRule } from "../../assumptions/unwind";

/** Resolved, validated parameters (names as in methodology §4.2 and the option keys). */
export type UnwindParams = { [K in UnwindParamName]: K extends "rule" ? UnwindRule : number };

/** What the user asked for: an optional preset and raw values (numbers or text) by parameter name. */
export interface UnwindChoice {
  preset: UnwindPresetName | null;
  values: Partial<Record<UnwindParamName, unknown>>;
}

const WHOLE_NUMBERS: ReadonlySet<UnwindParamName> = new Set(["max_rounds"]);
const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/**
 * The parameters of one run. Throws a `badArg` (→ #VALUE!) naming the parameter when a value is out of
 * range; a decimal given as a whole-number percent (haircut 2) gets the decimal it probably meant (0.02).
 *
 * @example resolveUnwindParams(UNWIND_DEFAULTS, { preset: "MAR2020", values: { backstop: 0 } }).notional //=> 500
 */
export function resolveUnwindParams(a: UnwindAssumptions, choice: UnwindChoice): UnwindParams {
  const preset = choice.preset === null ? undefined : a.presets[choice.preset];
  const out: Partial<Record<UnwindParamName, number | string>> = {};
  for (const name of UNWIND_PARAM_NAMES) {
    const given = choice.values[name];
    const fromPreset = preset?.values[name];
    const where = given !== undefined ? "" : fromPreset ? ` (preset ${choice.preset})` : " (workbook assumption)";
    out[name] = paramValue(name, a[name], given ?? fromPreset?.value ?? a[name].value, where);
  }
  return out as UnwindParams;
}

/** One value checked against its descriptor; `where` says where a bad value came from. */
function paramValue(name: UnwindParamName, p: Param, raw: unknown, where: string): number | string {
  const label = `${name}${where}`;
  if (typeof p.value === "string") {
    const options = p.options ?? [];
    const hit = typeof raw === "string" ? options.find((o) => o.toLowerCase() === raw.trim().toLowerCase()) : undefined;
    if (hit === undefined) throw badArg(label, `must be one of ${options.map((o) => `"${o}"`).join(", ")} (got ${show(raw)})`);
    return hit;
  }
  const x = typeof raw === "string" && NUMERIC_TEXT.test(raw) ? Number(raw) : raw;
  if (typeof x !== "number" || !Number.isFinite(x)) throw badArg(label, `expected a number (${p.unit}), got ${show(raw)}`);
  if (looksLikePercent(p, x)) throw badArg(label, `must be at most ${p.max} (${p.unit}); for ${x}% enter ${x / 100}`);
  const why = checkParam(label, p, x);
  if (why) throw new CoreError("value", why);
  if (WHOLE_NUMBERS.has(name) && !Number.isInteger(x)) throw badArg(label, `must be a whole number (got ${x})`);
  return x;
}

/** A value above a decimal parameter's maximum (≤ 1) whose hundredth is in range: a percent typed as a whole number. */
function looksLikePercent(p: Param, x: number): boolean {
  return p.max !== undefined && p.max <= 1 && x > p.max && x / 100 <= p.max && x / 100 >= (p.min ?? 0);
}

function show(raw: unknown): string {
  return typeof raw === "string" ? `"${raw.slice(0, 40)}"` : typeof raw === "boolean" ? (raw ? "TRUE" : "FALSE") : String(raw);
}
