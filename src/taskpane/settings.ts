/**
 * Assumptions saved with the workbook (document settings) and the per-user secret (FRED API key,
 * per-user storage only: it must never reach the workbook, which is shared).
 */
import { Assumptions } from "../core/assumptions";
import { LoadResult, loadSaved, toSaved } from "../core/assumptions/schema";
import { setAssumptions } from "../shared/state";
import { readDocSetting, readUserSecret, recalculate, removeUserSecret, writeDocSetting, writeUserSecret } from "./office";

export const ASSUMPTIONS_KEY = "ust.assumptions";
export const FRED_KEY = "ust.fredApiKey";

/** Set when the workbook holds assumptions of a newer add-in: they are then never overwritten. */
let savedByNewer = false;

/** Reads the workbook's assumptions (recovering from damage with messages) and puts them in use. */
export function loadAssumptions(): LoadResult {
  const result = loadSaved(readDocSetting(ASSUMPTIONS_KEY));
  savedByNewer = result.status === "newer";
  setAssumptions(result.assumptions);
  return result;
}

/** Puts validated assumptions in use, saves them in the workbook, and recalculates. */
export async function saveAssumptions(a: Assumptions): Promise<void> {
  if (savedByNewer) throw new Error("this workbook's assumptions were saved by a newer add-in; update the add-in before editing them");
  await writeDocSetting(ASSUMPTIONS_KEY, toSaved(a));
  setAssumptions(a);
  await recalculate();
}

/** FRED API keys are 32 lower-case letters and digits (FRED API documentation). */
export function checkFredKey(key: string): string | null {
  return /^[a-z0-9]{32}$/.test(key) ? null : "a FRED API key is 32 lower-case letters and digits";
}

export const readFredKey = (): Promise<string | null> => readUserSecret(FRED_KEY);

export async function saveFredKey(key: string): Promise<void> {
  const why = checkFredKey(key);
  if (why) throw new Error(why);
  await writeUserSecret(FRED_KEY, key);
}

export const forgetFredKey = (): Promise<void> => removeUserSecret(FRED_KEY);
