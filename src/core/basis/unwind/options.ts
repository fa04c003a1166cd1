/**
 * The trailing options of UST.BASIS.UNWIND, Bloomberg style: any number of "key=value" texts, preset
 * names ("MAR2020"), and ranges of one column ("key=value" or a preset per cell) or two columns
 * (key, value). A key "preset" names a preset too. Keys and presets are case-insensitive.
 */
import { badArg } from "../../errors";
import { UNWIND_PARAM_NAMES, UNWIND_PRESET_NAMES, UnwindParamName, UnwindPresetName } from "../../assumptions/unwind";
import { UnwindChoice } from "./params";

/** The positional arguments of UST.BASIS.UNWIND; every other parameter is an option. */
export const UNWIND_POSITIONAL = ["leverage", "haircut", "shock"] as const;
const POSITIONAL: readonly string[] = UNWIND_POSITIONAL;
export const UNWIND_OPTION_KEYS: readonly string[] = [...UNWIND_PARAM_NAMES.filter((n) => !POSITIONAL.includes(n)), "preset"];

const ARG = "options";
const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * Splits the option arguments into a preset and values by parameter name (raw, checked later by
 * `resolveUnwindParams`). Unknown keys, duplicates and a second preset → `badArg` (#VALUE!) listing the valid keys.
 *
 * @example parseUnwindOptions(["MAR2020", [["backstop", 0]]]) //=> { preset: "MAR2020", values: { backstop: 0 } }
 */
export function parseUnwindOptions(args: readonly unknown[]): UnwindChoice {
  const choice: UnwindChoice = { preset: null, values: {} };
  for (const [key, value] of args.flatMap(entries)) {
    if (key === "preset") {
      if (choice.preset !== null) throw badArg(ARG, `more than one preset (${choice.preset} and ${String(value)}); give one`);
      choice.preset = presetName(value);
    } else {
      const name = key as UnwindParamName;
      if (choice.values[name] !== undefined) throw badArg(ARG, `${name} is given twice`);
      choice.values[name] = value;
    }
  }
  return choice;
}

/** One argument as (key, value) pairs with the key checked: a text, or a 1- or 2-column range. */
function entries(arg: unknown): Array<[string, unknown]> {
  if (isBlank(arg)) return [];
  if (!Array.isArray(arg)) return [textEntry(arg)];
  return arg.flatMap((row: unknown, r): Array<[string, unknown]> => {
    if (!Array.isArray(row) || row.length < 1 || row.length > 2) throw badArg(ARG, 'a range of options has one column ("key=value" or a preset) or two (key, value)');
    const [first, second] = row as unknown[];
    if (isBlank(second)) return isBlank(first) ? [] : [textEntry(first)];
    if (typeof first !== "string" || isBlank(first)) throw badArg(ARG, `row ${r + 1} of the options range has a value but no key`);
    return [[checkedKey(first), second]];
  });
}

/** "key=value" or a preset name. */
function textEntry(v: unknown): [string, unknown] {
  if (typeof v !== "string") throw badArg(ARG, `expected "key=value" or a preset name (${UNWIND_PRESET_NAMES.join(", ")}), got ${String(v)}`);
  const eq = v.indexOf("=");
  if (eq < 0) return ["preset", v];
  return [checkedKey(v.slice(0, eq)), v.slice(eq + 1).trim()];
}

function checkedKey(raw: string): string {
  const key = raw.trim().toLowerCase();
  if (UNWIND_OPTION_KEYS.includes(key)) return key;
  const position = POSITIONAL.indexOf(key);
  if (position >= 0) throw badArg(ARG, `${key} is argument ${position + 1} of UST.BASIS.UNWIND, not an option`);
  throw badArg(ARG, `unknown key "${raw.trim().slice(0, 40)}"; valid keys: ${UNWIND_OPTION_KEYS.join(", ")}`);
}

function presetName(v: unknown): UnwindPresetName {
  const hit = UNWIND_PRESET_NAMES.find((p) => typeof v === "string" && p.toLowerCase() === v.trim().toLowerCase());
  if (hit === undefined) throw badArg(ARG, `"${String(v).slice(0, 40)}" is not a preset (${UNWIND_PRESET_NAMES.join(", ")}) nor "key=value"; valid keys: ${UNWIND_OPTION_KEYS.join(", ")}`);
  return hit;
}
