/**
 * The team feed: one JSON document in our own format (docs/team-feed.md) that a team hosts on an
 * intranet or SharePoint so that everyone refreshes from the same file. It carries whole sources
 * in the wire format of `payload.ts`. A feed is checked whole before anything is used.
 */
import { ParseResult, parseJsonText } from "./json";
import type { ParsedSource } from "./outcome";
import { WireSource, checkWireSource, isPublicationDate, toSeries } from "./payload";

export const FEED_FORMAT = "ust-holders-feed";
export const FEED_VERSION = 1;

export interface TeamFeed {
  format: typeof FEED_FORMAT;
  formatVersion: number;
  /** when the feed file was assembled, "YYYY-MM-DD" */
  published: string;
  /** who maintains it, e.g. "Rates desk" */
  maintainer: string;
  sources: WireSource[];
}

/**
 * Reads a team feed: the whole document and every source must be valid, or nothing is returned.
 * @example parseFeed('{"format":"other"}') //=> { ok: false, errors: ['not a team feed: "format" must be "ust-holders-feed"'] }
 */
export function parseFeed(text: string): ParseResult<TeamFeed> {
  const json = parseJsonText(text, "the feed");
  if (!json.ok) return json;
  const f = json.value as Record<string, unknown>;
  if (typeof f !== "object" || f === null || f.format !== FEED_FORMAT) return { ok: false, errors: [`not a team feed: "format" must be "${FEED_FORMAT}"`] };
  if (f.formatVersion !== FEED_VERSION) return { ok: false, errors: [`feed formatVersion ${JSON.stringify(f.formatVersion)} is not supported (this add-in reads ${FEED_VERSION})`] };
  const errors: string[] = [];
  if (!isPublicationDate(f.published)) errors.push(`published: ${JSON.stringify(f.published)} is not YYYY-MM-DD`);
  if (typeof f.maintainer !== "string" || f.maintainer.trim() === "") errors.push("maintainer: expected non-empty text");
  if (!Array.isArray(f.sources) || f.sources.length === 0) errors.push("sources: expected a non-empty list");
  else f.sources.forEach((s: unknown, i) => errors.push(...checkWireSource(s).map((m) => `sources[${i}] ${m}`)));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: f as unknown as TeamFeed };
}

/** The team feed as a refresh parser: every source of the feed, converted for the store. */
export function feedSources(text: string): ParseResult<ParsedSource[]> {
  const feed = parseFeed(text);
  return feed.ok ? { ok: true, value: feed.value.sources.map((w) => ({ source: w.source, series: toSeries(w) })) } : feed;
}
