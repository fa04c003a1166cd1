import { addMonths, endOfMonth, endOfQuarter, endOfYear, formatISO, fromExcelSerial, isLeapYear, parseISO, toExcelSerial, toYMD, ymd } from "../../src/core/dates";

const iso = (d: number) => formatISO(d);

describe("core day numbers", () => {
  it("round-trip calendar dates and Excel serials (1900 system, Lotus leap-year bug)", () => {
    expect(ymd(1970, 1, 1)).toBe(0);
    expect(toYMD(ymd(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(toExcelSerial(ymd(2024, 12, 31))).toBe(45657);
    expect(iso(fromExcelSerial(45657) as number)).toBe("2024-12-31");
    expect(iso(fromExcelSerial(1) as number)).toBe("1900-01-01");
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(0)).toBeNull();
    for (const s of [1, 59, 61, 36526, 45657, 2958465]) expect(toExcelSerial(fromExcelSerial(s) as number)).toBe(s);
  });

  it("finds period ends", () => {
    expect(iso(endOfMonth(ymd(2024, 2, 10)))).toBe("2024-02-29");
    expect(iso(endOfQuarter(ymd(2025, 1, 1)))).toBe("2025-03-31");
    expect(iso(endOfQuarter(ymd(2024, 11, 15)))).toBe("2024-12-31");
    expect(iso(endOfYear(ymd(2024, 6, 30)))).toBe("2024-12-31");
  });

  it("adds months with day clamping and the end-of-month rule", () => {
    expect(iso(addMonths(ymd(2024, 1, 31), 1))).toBe("2024-02-29");
    expect(iso(addMonths(ymd(2024, 8, 31), -6))).toBe("2024-02-29");
    expect(iso(addMonths(ymd(2024, 2, 29), 6))).toBe("2024-08-29");
    expect(iso(addMonths(ymd(2024, 2, 29), 6, true))).toBe("2024-08-31");
    expect(iso(addMonths(ymd(2023, 11, 30), 3, true))).toBe("2024-02-29");
  });

  it("parses ISO dates strictly and knows leap years", () => {
    expect(parseISO("2024-02-29")).toBe(ymd(2024, 2, 29));
    expect(parseISO("2023-02-29")).toBeNull();
    expect(parseISO("2024-13-01")).toBeNull();
    expect(parseISO("31/12/2024")).toBeNull();
    expect([1900, 2000, 2024, 2100].map(isLeapYear)).toEqual([false, true, true, false]);
  });
});
