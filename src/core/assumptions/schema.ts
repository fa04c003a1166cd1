/**
 * Validation, versioning and migration of the whole assumptions object, generically over the
 * `Param` descriptors that the section owners define (`unwind.ts`, `holders.ts`).
 *
 * What is saved (in the workbook's document settings, or an exported JSON file) is the *values*
 * only, never labels or sources, so a newer add-in with corrected citations still reads an older file:
 *
 *   { "version": 1, "unwind": { "leverage": 50, ... }, "holders": { ... } }
 *
 * Only `Param` values are saved; other leaves (preset labels, reading dates and kinds) always come
 * from the add-in's defaults. After the per-value checks, each section's own validator (exported by
 * its owner, e.g. `checkHolderAssumptions`) checks what spans several values.
 *
 * Version history (add a step to `MIGRATIONS` whenever `ASSUMPTIONS_VERSION` is raised):
 *   0 — before versioning: no `version` field; an entry may be a bare value or a whole descriptor `{ "value": … }`.
 *   1 — values only, with `version: 1`.
 */
import { ASSUMPTIONS_VERSION, Assumptions, defaultAssumptions } from "./index";
import { checkHolderAssumptions } from "./holders";
import { Param, checkParam } from "./param";

/** A JSON value as saved: the assumptions tree with every `Param` replaced by its value. */
export type SavedValue = number | string | boolean | null | SavedValue[] | { [key: string]: SavedValue };
export type SavedAssumptions = { version: number } & { [section: string]: SavedValue };

/** One editable parameter, addressed by its path from the root (e.g. ["unwind", "leverage"]). */
export interface ParamEntry {
  path: string[];
  param: Param;
}

export type LoadStatus = "ok" | "migrated" | "repaired" | "reset" | "newer";

export interface LoadResult {
  assumptions: Assumptions;
  status: LoadStatus;
  /** What was migrated, repaired or reset, written for the user. Empty when status is "ok". */
  messages: string[];
}

export type ImportResult = { ok: true; assumptions: Assumptions; notes: string[] } | { ok: false; errors: string[] };

type Tree = { [key: string]: unknown };

function isObject(v: unknown): v is Tree {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A `Param` descriptor is recognised by its shape: a value plus label, unit and source. */
export function isParam(v: unknown): v is Param {
  return isObject(v) && (typeof v.value === "number" || typeof v.value === "string") && typeof v.label === "string" && typeof v.unit === "string" && typeof v.source === "string";
}

const SECTION_KEYS = (a: Assumptions): string[] => Object.keys(a).filter((k) => k !== "version");

/**
 * Every `Param` of the assumptions, in declaration order, with its path (for the editor and provenance).
 * @example listParams(defaultAssumptions())[0].path //=> ["unwind", "leverage"]
 */
export function listParams(a: Assumptions): ParamEntry[] {
  const out: ParamEntry[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (isParam(node)) out.push({ path, param: node });
    else if (Array.isArray(node)) node.forEach((n, i) => walk(n, [...path, String(i)]));
    else if (isObject(node)) for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  for (const s of SECTION_KEYS(a)) walk((a as unknown as Tree)[s], [s]);
  return out;
}

/** Validators that span several values of a section, exported by the section owners. */
const SECTION_CHECKS: { [K in Exclude<keyof Assumptions, "version">]?: (section: Assumptions[K]) => string[] } = {
  holders: checkHolderAssumptions,
};

/** Problems that span several values (each section's own validator); empty when the whole object is valid. */
export function checkSections(a: Assumptions): string[] {
  return (Object.keys(SECTION_CHECKS) as (keyof typeof SECTION_CHECKS)[]).flatMap((k) => {
    const check = SECTION_CHECKS[k] as ((s: unknown) => string[]) | undefined;
    return check ? check(a[k]).map((m) => `${k}.${m}`) : [];
  });
}

/**
 * The values-only form that is saved and exported (other leaves are dropped).
 * @example toSaved(defaultAssumptions()).unwind.leverage //=> 50
 */
export function toSaved(a: Assumptions): SavedAssumptions {
  const strip = (node: unknown): SavedValue | undefined => {
    if (isParam(node)) return node.value;
    if (Array.isArray(node)) return node.map((n) => strip(n) ?? null);
    if (isObject(node)) {
      const entries = Object.entries(node).flatMap(([k, v]): [string, SavedValue][] => {
        const kept = strip(v);
        return kept === undefined ? [] : [[k, kept]];
      });
      return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    }
    return undefined;
  };
  const out: SavedAssumptions = { version: ASSUMPTIONS_VERSION };
  for (const s of SECTION_KEYS(a)) out[s] = strip((a as unknown as Tree)[s]) ?? {};
  return out;
}

const pathName = (path: string[]): string => path.join(".");

/**
 * Checks one candidate value for the parameter at `path`; returns a message naming it, or null.
 * @example checkValue(a, ["unwind", "leverage"], 0.5) //=> "Leverage (basis notional / fund equity) (unwind.leverage): must be ≥ 1 × equity (got 0.5)"
 */
export function checkValue(a: Assumptions, path: string[], candidate: unknown): string | null {
  const entry = listParams(a).find((e) => pathName(e.path) === pathName(path));
  if (!entry) return `${pathName(path)}: not an assumption of this add-in`;
  return checkParam(`${entry.param.label} (${pathName(path)})`, entry.param, candidate);
}

/** A copy of `a` with the parameter at `path` set to `value` (the caller has checked it). */
export function withValue(a: Assumptions, path: string[], value: number | string): Assumptions {
  const copy = JSON.parse(JSON.stringify(a)) as Assumptions;
  let node: unknown = copy;
  for (const key of path) node = (node as Tree)[key];
  if (!isParam(node)) throw new Error(`${pathName(path)} is not an assumption`);
  node.value = value;
  return copy;
}

/** Migration steps: MIGRATIONS[n] turns a version-n saved object into version n+1. */
export const MIGRATIONS: Record<number, (old: Tree) => Tree> = {
  0: (old) => {
    const unwrap = (node: unknown): unknown => {
      if (isObject(node) && "value" in node && (typeof node.value === "number" || typeof node.value === "string")) return node.value;
      if (Array.isArray(node)) return node.map(unwrap);
      if (isObject(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, unwrap(v)]));
      return node;
    };
    const next = unwrap(old) as Tree;
    next.version = 1;
    return next;
  },
};

/**
 * Brings a saved object to the current version; throws a message if a step is missing.
 * @example migrate({ unwind: { leverage: { value: 40 } } }) //=> { value: { unwind: { leverage: 40 }, version: 1 }, from: 0 }
 */
export function migrate(saved: Tree): { value: Tree; from: number } {
  const from = saved.version === undefined ? 0 : Number(saved.version);
  let value = saved;
  for (let v = from; v < ASSUMPTIONS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from assumptions version ${v}`);
    value = step(value);
  }
  return { value, from };
}

interface Merge {
  assumptions: Assumptions;
  invalid: string[];
  notes: string[];
}

const LISTED = 5;

/** One note for all parameters absent from a saved object (e.g. added by a newer add-in). */
function missingNote(paths: string[]): string[] {
  if (paths.length === 0) return [];
  const shown = paths.slice(0, LISTED).join(", ") + (paths.length > LISTED ? ` and ${paths.length - LISTED} more` : "");
  return [`${paths.length} assumption(s) not in the saved settings use their defaults: ${shown}`];
}

/** Copies every valid saved value onto the defaults; invalid, missing and unknown entries are reported. */
function mergeOntoDefaults(saved: Tree, defaults: Assumptions): Merge {
  const result = JSON.parse(JSON.stringify(defaults)) as Assumptions;
  const invalid: string[] = [];
  const notes: string[] = [];
  const missing: string[] = [];
  const walk = (target: unknown, source: unknown, path: string[]): void => {
    if (isParam(target)) {
      if (source === undefined) missing.push(pathName(path));
      else {
        const why = checkParam(`${target.label} (${pathName(path)})`, target, source);
        if (why) invalid.push(why);
        else target.value = source as number | string;
      }
      return;
    }
    if (!isObject(target) && !Array.isArray(target)) return;
    if (source === undefined) return walk(target, {}, path);
    if (!isObject(source) && !Array.isArray(source)) {
      invalid.push(`${pathName(path)}: expected a group of values`);
      return;
    }
    const t = target as Tree;
    const s = source as Tree;
    for (const k of Object.keys(t)) walk(t[k], s[k], [...path, k]);
    for (const k of Object.keys(s)) if (!(k in t)) notes.push(`${pathName([...path, k])}: not an assumption of this add-in; ignored`);
  };
  for (const s of SECTION_KEYS(result)) walk((result as unknown as Tree)[s], saved[s], [s]);
  for (const k of Object.keys(saved)) if (k !== "version" && !SECTION_KEYS(result).includes(k)) notes.push(`${k}: not an assumption section of this add-in; ignored`);
  return { assumptions: result, invalid, notes: [...missingNote(missing), ...notes] };
}

/** Parses saved or imported JSON; returns the object, or why it is unreadable. */
function parse(raw: unknown): Tree | string {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return "not valid JSON";
    }
  }
  if (!isObject(value)) return "not a JSON object";
  if (value.version !== undefined && (typeof value.version !== "number" || !Number.isInteger(value.version) || value.version < 0))
    return `not readable: invalid version ${JSON.stringify(value.version)}`;
  return value;
}

/**
 * Reads assumptions saved in a workbook. Never fails: unreadable settings fall back to the defaults,
 * invalid entries fall back to their default one by one, and every such decision is in `messages`.
 * @example loadSaved("{not json").status //=> "reset"
 */
export function loadSaved(raw: unknown, defaults: Assumptions = defaultAssumptions()): LoadResult {
  if (raw === undefined || raw === null) return { assumptions: defaults, status: "ok", messages: [] };
  const tree = parse(raw);
  if (typeof tree === "string") return { assumptions: defaults, status: "reset", messages: [`the saved assumptions are ${tree}; the defaults are in use.`] };
  if (typeof tree.version === "number" && tree.version > ASSUMPTIONS_VERSION)
    return {
      assumptions: defaults,
      status: "newer",
      messages: [`these assumptions were saved by a newer add-in (version ${tree.version}, this one reads up to ${ASSUMPTIONS_VERSION}); the defaults are in use until you update the add-in.`],
    };
  let migrated: { value: Tree; from: number };
  try {
    migrated = migrate(tree);
  } catch (e) {
    return { assumptions: defaults, status: "reset", messages: [`${(e as Error).message}; the defaults are in use.`] };
  }
  const merged = mergeOntoDefaults(migrated.value, defaults);
  const whole = checkSections(merged.assumptions);
  const assumptions = whole.length > 0 ? defaults : merged.assumptions;
  const invalid = merged.invalid.map((m) => `${m}; the default is used`);
  if (whole.length > 0) invalid.push(`${whole.join("; ")}; all defaults are in use`);
  const messages = [...invalid, ...merged.notes];
  if (migrated.from < ASSUMPTIONS_VERSION) messages.unshift(`assumptions saved in version ${migrated.from} were migrated to version ${ASSUMPTIONS_VERSION}`);
  const status: LoadStatus = invalid.length > 0 ? "repaired" : migrated.from < ASSUMPTIONS_VERSION ? "migrated" : "ok";
  return { assumptions, status, messages };
}

/**
 * Reads an assumptions JSON file for import: all or nothing (any invalid value rejects the file).
 * @example parseImport("nope") //=> { ok: false, errors: ["the file is not valid JSON"] }
 */
export function parseImport(text: string, defaults: Assumptions = defaultAssumptions()): ImportResult {
  const tree = parse(text);
  if (typeof tree === "string") return { ok: false, errors: [`the file is ${tree}`] };
  if (typeof tree.version === "number" && tree.version > ASSUMPTIONS_VERSION)
    return { ok: false, errors: [`the file is version ${tree.version}; this add-in reads up to version ${ASSUMPTIONS_VERSION}`] };
  try {
    const { assumptions, invalid, notes } = mergeOntoDefaults(migrate(tree).value, defaults);
    const errors = [...invalid, ...(invalid.length === 0 ? checkSections(assumptions) : [])];
    return errors.length > 0 ? { ok: false, errors } : { ok: true, assumptions, notes };
  } catch (e) {
    return { ok: false, errors: [(e as Error).message] };
  }
}
