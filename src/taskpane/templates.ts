/**
 * Ready-made sheets, built from the =UST.* functions themselves (so they recalculate with the data
 * and assumptions in use) with native Excel charts. Pure descriptions; `office.ts` inserts them.
 * Inputs a user is meant to edit are in column B near the top.
 */
import { Assumptions } from "../core/assumptions";
import { SECTOR_IDS } from "../core/holders/sectors";

export interface CellBlock {
  /** top-left address; the block's size follows `formulas` */
  at: string;
  formulas: (string | number)[][];
}

export interface ChartSpec {
  /** Excel.ChartType value, e.g. "AreaStacked100" */
  type: string;
  /** source range incl. the header row and the category column */
  data: string;
  seriesBy: "Columns" | "Rows";
  title: string;
  /** top-left and bottom-right cells of the chart's position */
  from: string;
  to: string;
}

export interface SheetTemplate {
  id: "holders" | "basis" | "unwind";
  /** sheet name (a free variant is used if a user sheet already has it) */
  name: string;
  /** one line for the taskpane button */
  description: string;
  cells: CellBlock[];
  charts: ChartSpec[];
}

/** Column letter of a 0-based index (0 → A). */
export function column(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One block per row so each block is rectangular. */
const rows = (at: string, formulas: (string | number)[][]): CellBlock => ({ at, formulas });

const QUARTERS = 20;

function holdersDashboard(): SheetTemplate {
  const last = column(SECTOR_IDS.length);
  const header = ["Quarter end", ...SECTOR_IDS];
  const body = Array.from({ length: QUARTERS }, (_, k) => {
    const r = 9 + k;
    return [`=EOMONTH($B$4,${-3 * (QUARTERS - 1 - k)})`, ...SECTOR_IDS.map((_, j) => `=UST.HOLDING(${column(j + 1)}$8,$A${r},$B$5)`)];
  });
  const side = column(SECTOR_IDS.length + 2);
  const side2 = column(SECTOR_IDS.length + 6);
  return {
    id: "holders",
    name: "Holders dashboard",
    description: "Stacked holder shares over 5 years, reported vs Cayman-adjusted, and the marginal buyer.",
    cells: [
      rows("A1", [["Holders dashboard: who holds US Treasuries"]]),
      rows("A2", [["Every number below is a =UST.* formula; edit the inputs in B4:B5. Amounts in USD bn."]]),
      rows("A4", [["Date", "=DATE(2024,12,31)"], ["View", "cayman_adj"]]),
      rows("A6", [['Views: "reported" (official tables), "cayman_adj" (FEDS Note 2025-10-15 adjustment), "nationality"']]),
      rows("A8", [header]),
      rows("A9", body),
      rows(`${side}7`, [["Reported"]]),
      rows(`${side}8`, [["=UST.HOLDERS($B$4,\"reported\")"]]),
      rows(`${side2}7`, [["Cayman-adjusted"]]),
      rows(`${side2}8`, [["=UST.HOLDERS($B$4,\"cayman_adj\")"]]),
      rows(`${side}27`, [["Marginal buyer: net change over the last 4 quarters and share of net issuance absorbed"]]),
      rows(`${side}28`, [["=UST.FLOWS(EOMONTH($B$4,-12),$B$4,$B$5)"]]),
    ],
    charts: [{ type: "AreaStacked100", data: `A8:${last}${8 + QUARTERS}`, seriesBy: "Columns", title: "Holder shares of US Treasuries (view in B5)", from: `A${10 + QUARTERS}`, to: `${column(9)}${30 + QUARTERS}` }],
  };
}

/** Deliverable coupons and maturities of the 10-year note contract for Dec-2017 (CME "Understanding Treasury Futures", TYZ7 basket). */
const TYZ7_BASKET: (string | number)[][] = [
  [0.02375, "=DATE(2024,8,15)", ""],
  [0.01875, "=DATE(2024,8,31)", ""],
  [0.02125, "=DATE(2025,5,15)", ""],
  [0.0225, "=DATE(2025,11,15)", ""],
  [0.01625, "=DATE(2026,5,15)", ""],
  [0.02, "=DATE(2026,11,15)", ""],
  [0.0225, "=DATE(2027,8,15)", ""],
];

function basisMonitor(): SheetTemplate {
  const end = 9 + TYZ7_BASKET.length - 1;
  return {
    id: "basis",
    name: "Basis monitor",
    description: "A futures delivery basket ranked by implied repo: CF, gross and net basis, IRR, CTD.",
    cells: [
      rows("A1", [["Basis monitor: cheapest-to-deliver"]]),
      rows("A2", [["Example layout: the 10-year note basket for Dec-2017 (CME). Replace it with the current basket, then enter the futures price, dates, repo and each bond's clean price (32nds accepted, e.g. 99-16+)."]]),
      rows("A3", [["Futures price", ""], ["Settlement", ""], ["Last delivery", ""], ["Repo rate (decimal)", ""], ["Contract", "TY"]]),
      rows("A8", [["Coupon (decimal)", "Maturity", "Clean price"]]),
      rows("A9", TYZ7_BASKET),
      rows("E8", [[`=UST.BASIS.CTD(A9:C${end},B3,B4,B5,B6,B7)`]]),
    ],
    charts: [],
  };
}

const LEVERAGES = [10, 20, 30, 40, 50, 60];
const HAIRCUTS = [0, 0.005, 0.01, 0.02, 0.03];

function unwindGrid(a: Assumptions): SheetTemplate {
  const last = column(HAIRCUTS.length);
  const grid = LEVERAGES.map((lev, i) => [lev, ...HAIRCUTS.map((_, j) => `=UST.BASIS.UNWIND($A${7 + i},${column(j + 1)}$6,$B$3,"sales")`)]);
  return {
    id: "unwind",
    name: "Unwind scenarios",
    description: "Forced sales of a basis-trade unwind on a leverage × haircut grid, with a chart.",
    cells: [
      rows("A1", [["Unwind scenarios: forced sales, USD bn (UST.BASIS.UNWIND)"]]),
      rows("A2", [["Rows: leverage (× equity); columns: repo haircut. Other parameters: the assumptions in the taskpane. Infeasible cells show an error."]]),
      rows("A3", [["Basis shock", a.unwind.shock.value]]),
      rows("A6", [["Leverage \\ haircut", ...HAIRCUTS]]),
      rows("A7", grid),
    ],
    charts: [{ type: "LineMarkers", data: `A6:${last}${6 + LEVERAGES.length}`, seriesBy: "Columns", title: "Forced sales (USD bn) by leverage, one line per haircut", from: `A${9 + LEVERAGES.length}`, to: `H${27 + LEVERAGES.length}` }],
  };
}

/** The templates, with inputs taken from the assumptions in use. */
export function sheetTemplates(a: Assumptions): SheetTemplate[] {
  return [holdersDashboard(), basisMonitor(), unwindGrid(a)];
}
