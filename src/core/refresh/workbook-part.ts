/**
 * The refreshed data saved in the workbook, as a custom XML part, so a colleague who opens the file
 * gets the same vintage. The part holds one element whose text is JSON (XML-escaped):
 *
 *   <ustData xmlns="urn:ust-holders-addin:data" formatVersion="1">{"sources":[…],"refreshes":{…}}</ustData>
 *
 * `sources` are wire sources (payload.ts); `refreshes` records when and how each was last refreshed.
 * @see https://learn.microsoft.com/en-us/javascript/api/excel/excel.customxmlpartcollection (Excel custom XML parts)
 */
import { parseJsonText, ParseResult } from "./json";
import { WireSource, checkWireSource } from "./payload";

export const DATA_NAMESPACE = "urn:ust-holders-addin:data";
export const PART_VERSION = 1;

export interface RefreshRecord {
  /** ISO timestamp of the refresh */
  at: string;
  channel: "fetch" | "file" | "feed";
  /** URL or file name it came from */
  from: string;
}

export interface WorkbookData {
  sources: WireSource[];
  refreshes: Record<string, RefreshRecord>;
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export function toPartXml(data: WorkbookData): string {
  return `<?xml version="1.0" encoding="UTF-8"?><ustData xmlns="${DATA_NAMESPACE}" formatVersion="${PART_VERSION}">${escapeXml(JSON.stringify(data))}</ustData>`;
}

/**
 * Reads the part back; a damaged part is reported and nothing of it is used.
 * @example fromPartXml(toPartXml(data)) //=> { ok: true, value: data }
 */
export function fromPartXml(xml: string): ParseResult<WorkbookData> {
  const m = /<ustData\b[^>]*\bformatVersion="(\d+)"[^>]*>([\s\S]*)<\/ustData>/.exec(xml);
  if (!m) return { ok: false, errors: ["the data saved in this workbook is damaged (no ustData element)"] };
  if (Number(m[1]) !== PART_VERSION) return { ok: false, errors: [`the data saved in this workbook has format ${m[1]}; this add-in reads ${PART_VERSION}`] };
  const json = parseJsonText(unescapeXml(m[2] ?? ""), "the data saved in this workbook");
  if (!json.ok) return json;
  const d = json.value as Partial<WorkbookData>;
  if (!Array.isArray(d.sources) || typeof d.refreshes !== "object" || d.refreshes === null) return { ok: false, errors: ["the data saved in this workbook lacks sources or refreshes"] };
  const errors = d.sources.flatMap((s, i) => checkWireSource(s).map((e) => `saved source ${i + 1}: ${e}`));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: d as WorkbookData };
}
