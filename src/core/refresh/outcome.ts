/**
 * One refresh attempt from start to verdict, minus the I/O: the taskpane fetches or reads a file and
 * hands over either the text or a transport failure; this module parses it (through the data layer's
 * parser for that format, or the team-feed reader), decides the swap, and words the result for the user.
 */
import { Series, SeriesStore, SourceInfo } from "../data/store";
import { ParseResult } from "./json";
import { applyRefresh } from "./swap";

/** Why a refresh did not change the data. "stale" = an older publication than the one in use. */
export type FailureKind = "http" | "timeout" | "network" | "parse" | "stale" | "invalid";

/** What the taskpane's I/O produced. */
export type Transfer = { ok: true; text: string; from: string } | { ok: false; kind: "http" | "timeout" | "network"; message: string };

/** A parsed source, ready for the swap decision. */
export interface ParsedSource {
  source: SourceInfo;
  series: Series[];
}

/** Turns the text of one upstream file/response into whole sources, or precise errors and nothing. */
export type SourceParser = (text: string, from: string) => ParseResult<ParsedSource[]>;

export interface Outcome {
  /** what was refreshed, e.g. "TIC major foreign holders" */
  label: string;
  status: "updated" | "unchanged" | "failed";
  kind?: FailureKind;
  /** for the user: what changed, or what failed and why */
  message: string;
}

const MAX_ERRORS_SHOWN = 3;

function parseErrors(errors: string[]): string {
  const shown = errors.slice(0, MAX_ERRORS_SHOWN).join("; ");
  return errors.length > MAX_ERRORS_SHOWN ? `${shown}; and ${errors.length - MAX_ERRORS_SHOWN} more` : shown;
}

/**
 * Runs parse → swap for one transfer. The returned store is the one to use afterwards: the new one
 * only if every source in the text validated and was newer; otherwise `current` itself.
 * @example refresh(store, { ok: false, kind: "http", message: "HTTP 500" }, "TIC", parseTic).outcomes[0].status //=> "failed"
 */
export function refresh(current: SeriesStore, transfer: Transfer, label: string, parse: SourceParser): { store: SeriesStore; outcomes: Outcome[] } {
  if (!transfer.ok) return { store: current, outcomes: [{ label, status: "failed", kind: transfer.kind, message: `${transfer.message}; previous data kept` }] };
  const parsed = parse(transfer.text, transfer.from);
  if (!parsed.ok) return { store: current, outcomes: [{ label, status: "failed", kind: "parse", message: `${transfer.from} rejected: ${parseErrors(parsed.errors)}; previous data kept` }] };
  let store = current;
  const outcomes = parsed.value.map(({ source, series }): Outcome => {
    const verdict = applyRefresh(store, source, series);
    const name = parsed.value.length > 1 ? `${label} · ${source.name}` : label;
    if (verdict.action === "keep") return { label: name, status: "failed", kind: verdict.kind, message: `${verdict.reason}; previous data kept` };
    if (verdict.action === "unchanged") return { label: name, status: "unchanged", message: verdict.summary };
    store = verdict.store;
    return { label: name, status: "updated", message: verdict.summary };
  });
  return { store, outcomes };
}

/**
 * One line for the status bar: counts, then the first failure (the details list shows all).
 * @example resultLine([{ label: "TIC", status: "updated", message: "…" }]) //=> "Refresh: 1 updated, 0 unchanged, 0 failed."
 */
export function resultLine(outcomes: readonly Outcome[]): string {
  const n = (s: Outcome["status"]): number => outcomes.filter((o) => o.status === s).length;
  const counts = [`${n("updated")} updated`, `${n("unchanged")} unchanged`, `${n("failed")} failed`].join(", ");
  const failed = outcomes.find((o) => o.status === "failed");
  return failed ? `Refresh: ${counts}. ${failed.label}: ${failed.message}.` : `Refresh: ${counts}.`;
}
