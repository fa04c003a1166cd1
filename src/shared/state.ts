/**
 * Runtime state shared by the custom functions and the taskpane (shared runtime: one JavaScript
 * context). The functions bundle and the taskpane bundle each include this module, so the state
 * lives on `globalThis` under one key: both copies see the same object.
 *
 * Data flows one way: the taskpane sets state (after validation); functions only read it.
 */
import { Assumptions, defaultAssumptions } from "../core/assumptions";

export interface RuntimeState {
  assumptions: Assumptions;
  listeners: Set<() => void>;
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
