/**
 * Which quarter-end a date asks for: holder data are stamped at quarter end, so a date uses the
 * latest quarter-end on or before it (2024-12-31 → 2024-12-31; 2025-02-14 → 2024-12-31).
 * A date before coverage or past the latest published quarter is #N/A with the available range.
 */
import { Day, formatISO, endOfQuarter, addMonths } from "../dates";
import { noData } from "../errors";
import { HolderSource } from "./inputs";

/**
 * The quarter-end on or before `d`.
 * @example formatISO(quarterEndOnOrBefore(ymd(2025, 2, 14))) //=> "2024-12-31"
 */
export function quarterEndOnOrBefore(d: Day): Day {
  const q = endOfQuarter(d);
  return q === d ? q : endOfQuarter(addMonths(q, -3, true));
}

/**
 * The quarter of `source` a date resolves to; `arg` names the argument in messages.
 * @example resolveQuarter(src, ymd(2001, 6, 30), "date") //=> throws #N/A "date: 2001-06-30 is before coverage; holder data cover 2002-12-31 to 2025-03-31"
 */
export function resolveQuarter(source: HolderSource, d: Day, arg: string): Day {
  const quarters = source.quarters();
  const first = quarters[0];
  const last = quarters[quarters.length - 1];
  if (first === undefined || last === undefined) throw noData("no holder data are loaded");
  const q = quarterEndOnOrBefore(d);
  const range = `holder data cover ${formatISO(first)} to ${formatISO(last)}`;
  if (q < first) throw noData(`${arg}: ${formatISO(d)} is before coverage; ${range}`);
  if (!quarters.includes(q)) throw noData(`${arg}: ${formatISO(q)} is not published; ${range}`);
  return q;
}
