/**
 * Data functions (UST.SERIES, UST.TIC, UST.SOURCES, UST.VINTAGE): thin adapters over the series store
 * (src/core/data). The store is the embedded snapshot until the taskpane swaps in a refreshed one.
 * `seriesWindow` takes any `Series`, so a `view` argument (holder engine, issue 5) only changes how the
 * name is resolved (to a view's derived series); the window, units and frequency logic stay the same.
 */
import { toExcelSerial } from "../core/dates";
import { isTic, seriesWindow, SeriesWindow, sourcesTable, vintageText } from "../core/data/query";
import { Aggregation, UnitCode, UNITS } from "../core/data/transforms";
import { getAssumptions } from "../shared/state";
import { getStore } from "./store";
import { sectorSeries } from "../core/holders/series";
import { VIEWS } from "../core/holders/table";
import { choice, isMissing, optDate, text } from "./coerce";
import { excel } from "./excel";

const UNIT_CODES = Object.keys(UNITS) as UnitCode[];
const AGGREGATIONS: readonly Aggregation[] = ["avg", "sum", "eop"];

/** Header row, then one row per period: Excel date serial and value. */
function spill(w: SeriesWindow): (string | number)[][] {
  return [[...w.header], ...w.dates.map((d, i) => [toExcelSerial(d), w.values[i] as number])];
}

/**
 * A time series from the embedded data (Treasury Bulletin OFS-2, FRED, TIC, FD-2, Debt to the Penny), with FRED unit codes and frequency conversion. Periods without a published value are left out, never zero.
 * @customfunction SERIES
 * @param series Series id or name, case-insensitive, e.g. "ofs2.total", "Foreign and international", "Cayman Islands".
 * @param [start] First period end to show (date); default: first observation.
 * @param [end] Last period end to show (date); default: latest observation.
 * @param [units] FRED units: "lin" (default), "chg", "ch1", "pch", "pc1", "pca", "cch", "cca", "log"; % for the rates.
 * @param [freq] Convert to a lower frequency: "q" or "a"; default: the series' own.
 * @param [agg] Aggregation for freq: "avg" (default), "sum", "eop".
 * @param [view] For a holder sector (e.g. "cayman", "other_investors", "fed"): "reported", "cayman_adj" or "nationality" (UST.HOLDERS views); default: the stored series.
 * @returns {any[][]} Spill: header row, then period-end dates (Excel serials) and values (USD billions for levels).
 */
export function series(series: unknown, start?: unknown, end?: unknown, units?: unknown, freq?: unknown, agg?: unknown, view?: unknown) {
  return excel(() => {
    const s = isMissing(view)
      ? getStore().resolve(text(series, "series"), "series")
      : sectorSeries(getStore(), text(series, "series"), choice(view, "view", VIEWS), getAssumptions().holders);
    return spill(
      seriesWindow(s, {
        start: optDate(start, "start"),
        end: optDate(end, "end"),
        units: choice(units, "units", UNIT_CODES, "lin"),
        freq: isMissing(freq) ? undefined : choice(freq, "freq", ["q", "a"] as const),
        agg: choice(agg, "agg", AGGREGATIONS, "avg"),
      }),
    );
  });
}

/**
 * Treasury holdings by country from TIC "Major Foreign Holders of Treasury Securities" (mfhhis01.txt), end of month, USD billions.
 * @customfunction TIC
 * @param country Country or aggregate, case-insensitive: "Japan", "China" (= "China, Mainland"), "Cayman Islands", "Grand Total", "Foreign Official", ...
 * @param [start] First month end to show (date); default: first observation.
 * @param [end] Last month end to show (date); default: latest observation.
 * @returns {any[][]} Spill: header row, then month-end dates (Excel serials) and holdings in USD billions.
 */
export function tic(country: unknown, start?: unknown, end?: unknown) {
  return excel(() => {
    const s = getStore().resolve(text(country, "country"), "country", isTic);
    return spill(seriesWindow(s, { start: optDate(start, "start"), end: optDate(end, "end") }));
  });
}

/**
 * Every data source the functions use: name, publisher, table, coverage, as-of date, vintage, kind (official / adjusted / chart-read / model), number of series and notes.
 * Source: the provenance recorded with each series (Treasury Bulletin, TIC, FRED, FiscalData) and any refresh saved in the workbook.
 * @customfunction SOURCES
 * @returns {any[][]} Spill: header row, then one row per source.
 */
export function sources() {
  return excel(() => sourcesTable(getStore()));
}

/**
 * As-of date and vintage of the data the functions currently use.
 * Source: the provenance recorded with each series (embedded snapshot or the refresh saved in the workbook).
 * @customfunction VINTAGE
 * @param [source] A source ("tic", "OFS-2", "TREAST", ...) or a series name; omitted: the whole data set.
 * @returns Text: source, vintage and as-of date.
 */
export function vintage(source?: unknown): string | CustomFunctions.Error {
  return excel(() => vintageText(getStore(), isMissing(source) ? undefined : text(source, "source")));
}
