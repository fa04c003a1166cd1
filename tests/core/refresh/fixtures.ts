/**
 * Small synthetic sources for refresh tests. Values are made up for the tests (except where noted),
 * shaped like the TIC "Major Foreign Holders" source of the data layer.
 */
import { Series, SeriesStore, SourceInfo } from "../../../src/core/data/store";
import { FEED_FORMAT, FEED_VERSION } from "../../../src/core/refresh/feed";
import { WireSource, toSeries } from "../../../src/core/refresh/payload";

export function ticSource(asOf: string): SourceInfo {
  return {
    id: "tic",
    name: "TIC Major Foreign Holders",
    publisher: "U.S. Treasury, Treasury International Capital",
    table: "mfhhis01",
    file: "test fixture",
    asOf,
    vintage: `mfhhis01.txt dated ${asOf}`,
    kind: "official",
    notes: "",
  };
}

/** A TIC wire source with monthly Cayman and Grand Total values ending at `last` (synthetic numbers). */
export function ticWire(asOf: string, cayman: [string, number | null][], grandTotal?: [string, number | null][]): WireSource {
  const series = [{ id: "tic.cayman_islands", label: "Cayman Islands", country: "Cayman Islands", freq: "m" as const, unit: "USD billions", code: "Cayman Islands", observations: cayman }];
  if (grandTotal) series.push({ id: "tic.grand_total", label: "Grand Total", country: "Grand Total", freq: "m" as const, unit: "USD billions", code: "Grand Total", observations: grandTotal });
  return { source: ticSource(asOf), series };
}

export const OCT_DEC_2024: [string, number | null][] = [
  ["2024-10-31", 401.5],
  ["2024-11-30", 410.8],
  ["2024-12-31", 423.0], // TIC mfhhis01 Dec-2024 Cayman Islands, as in the data pack
];

/** A store holding one TIC source plus an unrelated series that a TIC refresh must never touch. */
export function baseStore(): SeriesStore {
  const [other] = toSeries({ source: { ...ticSource("2025-09-30"), id: "ofs2", name: "Treasury Bulletin OFS-2", table: "OFS-2" }, series: [{ id: "ofs2.total", label: "Total public debt", freq: "q", unit: "USD billions", code: "OFS-2 col 1", observations: [["2024-12-31", 36218.6]] }] });
  return new SeriesStore([...toSeries(ticWire("2025-03-18", OCT_DEC_2024, [["2024-12-31", 8619.3]])), other as Series], "test store");
}

export function feedText(sources: WireSource[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: FEED_FORMAT, formatVersion: FEED_VERSION, published: "2026-03-20", maintainer: "Rates desk", sources, ...extra });
}
