/**
 * Runtime state shared by the custom functions and the taskpane (shared runtime: one JavaScript
 * context). The functions bundle and the taskpane bundle each include this module, so the state
 * lives on `globalThis` under one key: both copies see the same object.
 *
 * Data flows one way: the taskpane sets state (after validation); functions only read it.
 *
 * The embedded data snapshot ships once, in the functions bundle (`src/functions/store.ts` provides it
 * here when functions.js loads); the taskpane, loaded after it on the same page, reads it from here.
 */
import { Assumptions, defaultAssumptions } from "../core/assumptions";
import { noData } from "../core/errors";
import { SeriesStore } from "../core/data/store";

export interface RuntimeState {
  assumptions: Assumptions;
  listeners: Set<() => void>;
  /** The series store the functions read; decoded from the embedded snapshot on first use. */
  store?: SeriesStore;
  /** Decodes the embedded snapshot; provided by the functions bundle. */
  embedded?: () => SeriesStore;
}

const KEY = "__ustAddinState__";

export function state(): RuntimeState {
  const g = globalThis as unknown as Record<string, RuntimeState | undefined>;
  let s = g[KEY];
  if (!s) {
    s = { assumptions: defaultAssumptions(), listeners: new Set() };
    g[KEY] = s;
  }
  return s;
}

export function getAssumptions(): Assumptions {
  return state().assumptions;
}

/** Replaces the assumptions (already validated by the caller) and notifies listeners. */
export function setAssumptions(next: Assumptions): void {
  state().assumptions = next;
  notify();
}

export function onStateChange(listener: () => void): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}

export function notify(): void {
  for (const l of state().listeners) l();
}

/** Registers the decoder of the embedded snapshot (called once by the functions bundle at load). */
export function provideEmbeddedStore(decode: () => SeriesStore): void {
  state().embedded ??= decode;
}

/** The current series store: the embedded snapshot until a refresh swaps in another (decoded lazily, once). */
export function getStore(): SeriesStore {
  const s = state();
  if (!s.store) {
    if (!s.embedded) throw noData("the add-in's data is not loaded: functions.js must load before the taskpane (see taskpane.html)");
    s.store = s.embedded();
  }
  return s.store;
}

/**
 * Replaces the whole series store at once (a refresh validated in full by its parsers; `SeriesStore`
 * validates itself on construction), then notifies listeners. On a failed refresh, do not call this:
 * the previous store stays.
 */
export function setStore(next: SeriesStore): void {
  state().store = next;
  notify();
}
