/**
 * The holder adapters (UST.HOLDERS, HOLDING, FLOWS, STABILITY, GAP) on the embedded snapshot: spill
 * shapes, argument coercion, Excel errors with messages, and assumptions read at call time.
 */
import { holders, holding, flows, stability, gap } from "../../src/functions/holders";
import { getAssumptions, setAssumptions } from "../../src/shared/state";
import { defaultAssumptions } from "../../src/core/assumptions";
import { series } from "../../src/functions/data";

type XlError = Error & { code: string };
type Cells = (string | number)[][];
const isError = (v: unknown): v is XlError => v instanceof CustomFunctions.Error;
const cells = (v: unknown): Cells => {
  if (isError(v)) throw new Error(`expected a spill, got ${v.code} ${v.message}`);
  return v as Cells;
};
const expectError = (v: unknown, code: string, message: string | RegExp): void => {
  expect(isError(v)).toBe(true);
  expect((v as XlError).code).toBe(code);
  expect((v as XlError).message).toMatch(message);
};

const DEC_2024_SERIAL = 45657; // Excel serial of 2024-12-31

describe("UST.HOLDERS", () => {
  it("spills header, 13 sectors and the total; the quarter used is in the header", () => {
    const t = cells(holders(DEC_2024_SERIAL));
    expect(t[0]).toEqual(["Sector (2024-12-31, reported)", "USD bn", "Share of total", "Basis"]);
    expect(t).toHaveLength(15);
    expect(t[t.length - 1]).toEqual(["Total public debt", 36218.6, 1, "official: OFS-2 col 1"]);
    const cayman = t.find((r) => r[0] === "Cayman Islands");
    expect(cayman?.slice(0, 2)).toEqual(["Cayman Islands", 423]);
    expect(cayman?.[2]).toBeCloseTo(423 / 36218.6, 12);
  });

  it("states the quarter actually used for a date inside a quarter", () => {
    expect(cells(holders("2025-02-14", "cayman_adj"))[0]?.[0]).toBe("Sector (2024-12-31, cayman_adj)");
  });

  it('units "pct": % of total, total row 100; views are case-insensitive', () => {
    const t = cells(holders("2024-12-31", "CAYMAN_ADJ", "pct"));
    expect(t[0]).toEqual(["Sector (2024-12-31, cayman_adj)", "% of total"]);
    expect(t.find((r) => r[0] === "Cayman Islands")?.[1]).toBeCloseTo((100 * 1850) / 36218.6, 9);
    expect(t[t.length - 1]).toEqual(["Total public debt", 100]);
  });

  it("nationality view adds the US-owners bucket", () => {
    const t = cells(holders("2024-12-31", "nationality"));
    expect(t.find((r) => r[0] === "US owners via offshore funds")?.[1]).toBeCloseTo(1850, 9);
    expect(t).toHaveLength(16);
  });

  it("bad arguments give #VALUE! or #N/A with a message", () => {
    expectError(holders("2024-12-31", "fx"), "#VALUE!", 'view: "fx" is not allowed; use one of "reported", "cayman_adj", "nationality"');
    expectError(holders("2024-12-31", "reported", "usd"), "#VALUE!", /^units: "usd" is not allowed/);
    expectError(holders("yesterday"), "#VALUE!", /^date: "yesterday" is not a date/);
    expectError(holders("2001-06-30"), "#N/A", "date: 2001-06-30 is before coverage; holder data cover 2002-12-31 to 2025-03-31");
    expectError(holders("2025-09-30"), "#N/A", "date: 2025-09-30 is not published; holder data cover 2002-12-31 to 2025-03-31");
  });
});

describe("UST.HOLDING", () => {
  it("returns one number per sector and view", () => {
    expect(holding("cayman", "2024-12-31")).toBe(423);
    expect(holding("Cayman Islands", "2024-12-31", "cayman_adj")).toBeCloseTo(1850, 9);
    expect(holding("total", "2024-12-31", "nationality")).toBeCloseTo(36218.6, 6);
  });

  it("unknown sector → #VALUE!; a sector not published at that date → #N/A", () => {
    expectError(holding("hedge funds", "2024-12-31"), "#VALUE!", /^sector: "hedge funds" is not a sector; use one of fed, /);
    expectError(holding("cayman", "2008-12-31"), "#N/A", /Cayman Islands is not in the reported table at 2008-12-31/);
  });

  it("reads the assumptions at call time (a taskpane edit of the anchor changes the result)", () => {
    const saved = getAssumptions();
    try {
      const edited = defaultAssumptions();
      const anchor = edited.holders.caymanReadings[edited.holders.caymanReadings.length - 1];
      if (anchor) anchor.valueBn.value = 2000;
      setAssumptions(edited);
      expect(holding("cayman", "2024-12-31", "cayman_adj")).toBeCloseTo(2000, 9);
    } finally {
      setAssumptions(saved);
    }
    expect(holding("cayman", "2024-12-31", "cayman_adj")).toBeCloseTo(1850, 9);
  });
});

describe("UST.FLOWS", () => {
  it("2021-12-31 → 2024-12-31 cayman_adj: sorted, the last row is net issuance, shares sum to 1", () => {
    const t = cells(flows("2021-12-31", "2024-12-31", "cayman_adj"));
    expect(t[0]).toEqual(["Sector (2021-12-31 to 2024-12-31, cayman_adj)", "Change, USD bn", "Share of net issuance"]);
    expect(t.slice(1, 3).map((r) => r[0])).toEqual(["Other investors", "Cayman Islands"]);
    const body = t.slice(1, -1);
    expect(body.reduce((s, r) => s + (r[2] as number), 0)).toBeCloseTo(1, 12);
    expect(t[t.length - 1]?.[0]).toBe("Net issuance (change in total public debt)");
    expect(t[t.length - 1]?.[1]).toBeCloseTo(6601.4, 6);
  });

  it("end before start → #VALUE!; start before coverage → #N/A naming start", () => {
    expectError(flows("2024-12-31", "2021-12-31"), "#VALUE!", "end: must be a later quarter than start (start uses 2024-12-31, end uses 2021-12-31)");
    expectError(flows("2000-12-31", "2021-12-31"), "#N/A", /^start: 2000-12-31 is before coverage/);
    expectError(flows("2021-12-31", "2021-12-31"), "#VALUE!", /^end: must be a later quarter/);
  });
});

describe("UST.STABILITY", () => {
  it("spills class shares, the index and the market size for the quarter used", () => {
    const t = cells(stability("2024-12-31", "cayman_adj"));
    expect(t[0]).toEqual(["Measure (2024-12-31, cayman_adj, market = debt held by the public)", "Value"]);
    expect(t.map((r) => r[0])).toEqual(expect.arrayContaining(["Price-insensitive share", "Leveraged share"]));
    expect(t.find((r) => r[0] === "Leveraged share")?.[1]).toBeCloseTo(0.0641, 4);
    expect(t.slice(1, 5).reduce((s, r) => s + (r[1] as number), 0)).toBeCloseTo(1, 12);
  });
});

describe("UST.GAP", () => {
  it("2024-12-31: anchored 1,850 − TIC 423.0 = 1,427.0, with the source", () => {
    const t = cells(gap("2024-12-31"));
    expect(t[1]).toEqual(["Cayman hedge funds' Treasuries (Form PF), USD bn", 1850]);
    expect(t[2]).toEqual(["How obtained", "anchored 2024-12-31 (1850)"]);
    expect(String(t[3]?.[1])).toMatch(/Cross-Border Trail of the Treasury Basis Trade/);
    expect(t[4]).toEqual(["TIC Cayman Islands, USD bn", 423]);
    expect(t[5]?.[1]).toBeCloseTo(1427, 9);
  });

  it("2023-12-31 is interpolated and labelled so", () => {
    expect(String(cells(gap("2023-12-31"))[2]?.[1])).toBe("interpolated linearly between inferred 2022-12-31 (850) and anchored 2024-12-31 (1850)");
  });

  it("before the first Form PF reading → #N/A saying so", () => {
    expectError(gap("2016-12-31"), "#N/A", /no Cayman hedge-fund estimate at 2016-12-31/);
  });
});

describe("UST.SERIES with a view (holder sector series)", () => {
  it("cayman_adj Cayman Islands at 2024-12-31 is 1,850; without a view the stored TIC series gives 423.0", () => {
    const adjusted = cells(series("cayman", "2024-12-31", "2024-12-31", "lin", "", "", "cayman_adj"));
    expect(adjusted[0]?.[1]).toMatch(/^Cayman Islands \(cayman_adj\)/);
    expect(adjusted[1]).toEqual([45657, 1850]);
    expect(cells(series("Cayman Islands", "2024-12-31", "2024-12-31"))[1]).toEqual([45657, 423]);
  });

  it("an unknown view is #VALUE!; a non-sector name with a view is #VALUE! naming series", () => {
    expectError(series("cayman", "", "", "", "", "", "adjusted"), "#VALUE!", /^view: "adjusted" is not allowed/);
    expectError(series("ofs2.total", "", "", "", "", "", "reported"), "#VALUE!", /^series: "ofs2.total" is not a sector/);
  });
});
