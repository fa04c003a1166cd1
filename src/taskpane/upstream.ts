/**
 * The upstream formats a refresh can read, with the official endpoint where the browser may fetch it
 * (origins: src/shared/data-endpoints.json, the list the Content-Security-Policy is built from), how an
 * imported file is recognised, and the data layer's parser for it (src/core/data/parsers; a team feed
 * is read by core/refresh/feed.ts).
 *
 * Upstream files do not state their release date in a form the parsers read, so a refreshed source is
 * stamped with the retrieval date as its as-of date and the file or URL as its vintage; an older file is
 * still recognised by its coverage (core/refresh/swap.ts).
 */
import { SourceInfo } from "../core/data/store";
import { parseDebtToPenny, parseMspd } from "../core/data/parsers/fiscaldata";
import { parseFredCsv, parseFredJson } from "../core/data/parsers/fred";
import { ParseResult as DataParseResult, describeError } from "../core/data/parsers/result";
import { parseTic } from "../core/data/parsers/tic";
import { feedSources } from "../core/refresh/feed";
import { SourceParser } from "../core/refresh/outcome";
import { sourceInUse } from "../core/refresh/swap";
import { getStore } from "../shared/state";
import endpoints from "../shared/data-endpoints.json";

export interface UrlContext {
  fredKey: string | null;
  feedUrl: string | null;
}

export interface Upstream {
  id: "tic" | "fred" | "fiscaldata" | "feed";
  label: string;
  /** the store source ids this format refreshes (empty: whatever the document carries) */
  sourceIds: string[];
  /** what to download or pick */
  files: string;
  /** URLs fetched by "Refresh" (official endpoints, or the team feed's); empty when only a file can be used */
  urls: (ctx: UrlContext) => string[];
  parse: SourceParser;
}

const FRED_CODES = ["GFDEBTN", "FYGFDPUN", "FDHBFIN", "TREAST"];

/** The source as the store knows it, re-stamped for this copy: where it came from and when. */
function refreshedSource(id: string, from: string): SourceInfo | null {
  const known = sourceInUse(getStore(), id);
  if (!known) return null;
  const today = new Date().toISOString().slice(0, 10);
  return { ...known, file: from, asOf: today, vintage: `${from} retrieved ${today}`, notes: known.notes };
}

/** A data-layer parser as a refresh parser; `idOf` tells which store source the text belongs to (or why it cannot). */
function adapt(idOf: (text: string, from: string) => string, parse: (text: string, source: SourceInfo, from: string) => DataParseResult): SourceParser {
  return (text, from) => {
    const id = idOf(text, from);
    const source = refreshedSource(id, from);
    if (!source) return { ok: false, errors: [`not a source this add-in reads (${id})`] };
    const r = parse(text, source, from);
    return r.ok ? { ok: true, value: [{ source, series: r.series }] } : { ok: false, errors: r.errors.map(describeError) };
  };
}

/** FRED series code: the CSV header's second column, or the API URL's series_id. */
function fredCode(text: string, from: string): string {
  const header = /^\s*[^,\n]*,\s*([A-Za-z0-9]+)\s*$/m.exec(text.split("\n", 1)[0] ?? "");
  const fromUrl = /[?&]series_id=([A-Za-z0-9]+)/.exec(from);
  return (fromUrl?.[1] ?? header?.[1] ?? "unknown series").toLowerCase();
}

const isDtp = (text: string): boolean => /"(tot_pub_debt_out_amt|debt_held_public_amt|intragov_hold_amt)"/.test(text.slice(0, 5000));

export const UPSTREAMS: Upstream[] = [
  {
    id: "tic",
    label: "TIC Major Foreign Holders",
    sourceIds: ["tic"],
    files: "mfhhis01.txt or mfh.txt from ticdata.treasury.gov",
    urls: () => [`${endpoints.origins.tic}/resource-center/data-chart-center/tic/Documents/mfhhis01.txt`],
    parse: adapt(() => "tic", (text, source) => parseTic(text, source)),
  },
  {
    id: "fred",
    label: "FRED series (GFDEBTN, FYGFDPUN, FDHBFIN, TREAST)",
    sourceIds: FRED_CODES.map((s) => s.toLowerCase()),
    files: "a FRED CSV download (fredgraph.csv) of one of these series",
    urls: ({ fredKey }) => (fredKey ? FRED_CODES.map((s) => `${endpoints.origins.fred}/fred/series/observations?series_id=${s}&api_key=${fredKey}&file_type=json`) : []),
    parse: adapt(fredCode, (text, source, from) => (text.trimStart().startsWith("{") ? parseFredJson(text, source, fredCode(text, from).toUpperCase()) : parseFredCsv(text, source, fredCode(text, from).toUpperCase()))),
  },
  {
    id: "fiscaldata",
    label: "FiscalData (Debt to the Penny, MSPD)",
    sourceIds: ["dtp", "fd2"],
    files: "a FiscalData JSON download (debt_to_penny or mspd_table_1)",
    urls: () => [`${endpoints.origins.fiscaldata}/services/api/fiscal_service/v2/accounting/od/debt_to_penny?sort=-record_date&page[size]=10000`],
    parse: adapt((text) => (isDtp(text) ? "dtp" : "fd2"), (text, source) => (isDtp(text) ? parseDebtToPenny(text, source) : parseMspd(text, source))),
  },
  { id: "feed", label: "Team feed", sourceIds: [], files: "a team feed JSON (docs/team-feed.md)", urls: ({ feedUrl }) => (feedUrl ? [feedUrl] : []), parse: (text) => feedSources(text) },
];

/** Recognises an imported file by its content first, its name second. */
export function upstreamForFile(name: string, text: string): Upstream {
  const head = text.slice(0, 2000);
  const lower = name.toLowerCase();
  const pick = (id: Upstream["id"]): Upstream => UPSTREAMS.find((u) => u.id === id) as Upstream;
  if (/"format"\s*:\s*"ust-holders-feed"/.test(head)) return pick("feed");
  if (/"record_date"/.test(head)) return pick("fiscaldata");
  if (/"observations"|^(observation_date|DATE|date)?,/im.test(head)) return pick("fred");
  if (/foreign holders|^\s*(country|jan|dec)\b/im.test(head) || /mfh/.test(lower)) return pick("tic");
  return pick(lower.endsWith(".csv") ? "fred" : lower.endsWith(".txt") ? "tic" : "feed");
}
