/**
 * The adapter toolkit: argument coercion (src/functions/coerce.ts) and the Excel boundary
 * (src/functions/excel.ts) that turns core errors into CustomFunctions.Error values.
 */
import { badArg, noData, noSolution } from "../../src/core/errors";
import { formatISO } from "../../src/core/dates";
import { choice, date, isMissing, matrix, num, optBool, optDate, optNum, text } from "../../src/functions/coerce";
import { excel } from "../../src/functions/excel";

type XlError = Error & { code: string };
const run = <T>(body: () => T) => excel(body) as T | XlError;

describe("coerce", () => {
  it("treats null, undefined, empty text and an empty 1×1 range as omitted", () => {
    for (const v of [null, undefined, "", "   ", [[null]], [[""]], [], [[]]]) expect(isMissing(v)).toBe(true);
    for (const v of [0, false, "x", [[0]]]) expect(isMissing(v)).toBe(false);
  });

  it("reads numbers, numeric text and 1×1 ranges; rejects booleans, other text and ranges", () => {
    expect(num(0.02, "haircut")).toBe(0.02);
    expect(num(" 1e-3 ", "haircut")).toBe(0.001);
    expect(num([[5]], "x")).toBe(5);
    expect(() => num(true, "haircut")).toThrow("haircut: expected a number, got TRUE/FALSE");
    expect(() => num("2%", "haircut")).toThrow('haircut: expected a number, got "2%"');
    expect(() => num([[1, 2]], "haircut")).toThrow("haircut: expected a single value, not a range");
    expect(() => num(null, "haircut")).toThrow("haircut: is required");
  });

  it("enforces ranges and integers with a message that states the rule", () => {
    expect(() => num(-1, "haircut", { min: 0 })).toThrow("haircut: must be a number ≥ 0 (got -1)");
    expect(() => num(1, "rate", { min: 0, max: 1, exclusive: true })).toThrow("rate: must be a number > 0 and < 1 (got 1)");
    expect(() => num(2.5, "rounds", { integer: true })).toThrow("rounds: must be a whole number (got 2.5)");
    expect(optNum(undefined, "rounds", 50, { integer: true })).toBe(50);
  });

  it("reads dates from Excel serials, ISO text and US text; rejects impossible dates", () => {
    expect(formatISO(date(45657, "date"))).toBe("2024-12-31");
    expect(formatISO(date("2024-12-31", "date"))).toBe("2024-12-31");
    expect(formatISO(date("12/31/2024", "date"))).toBe("2024-12-31");
    expect(formatISO(date(59, "date"))).toBe("1900-02-28");
    expect(formatISO(date(61, "date"))).toBe("1900-03-01");
    expect(() => date(60, "date")).toThrow("date: 60 is not a valid Excel date");
    expect(() => date("2023-02-29", "settlement")).toThrow('settlement: "2023-02-29" is not a date');
    expect(() => date(true, "settlement")).toThrow("settlement: expected a date");
    expect(optDate("", "start")).toBeNull();
  });

  it("matches keywords case-insensitively and lists the allowed ones", () => {
    const views = ["reported", "cayman_adj", "nationality"] as const;
    expect(choice("Cayman_Adj", "view", views)).toBe("cayman_adj");
    expect(choice(null, "view", views, "reported")).toBe("reported");
    expect(() => choice("adjusted", "view", views)).toThrow('view: "adjusted" is not allowed; use one of "reported", "cayman_adj", "nationality"');
  });

  it("reads text, booleans and ranges", () => {
    expect(text("  TY ", "contract")).toBe("TY");
    expect(text(10, "contract")).toBe("10");
    expect(optBool("TRUE", "flag", false)).toBe(true);
    expect(optBool(0, "flag", true)).toBe(false);
    expect(() => optBool("yes", "flag", false)).toThrow("flag: expected TRUE or FALSE");
    expect(matrix(5, "basket")).toEqual([[5]]);
    expect(() => matrix(null, "basket")).toThrow("basket: is required");
  });
});

describe("excel() boundary", () => {
  it("maps core errors to #VALUE!, #N/A and #NUM! with their messages, returned not thrown", () => {
    const cases: Array<[() => unknown, string, string]> = [
      [() => { throw badArg("haircut", "must be ≥ 0"); }, "#VALUE!", "haircut: must be ≥ 0"],
      [() => { throw noData("no OFS-2 data after 2025-06-30"); }, "#N/A", "no OFS-2 data after 2025-06-30"],
      [() => { throw noSolution("no yield found"); }, "#NUM!", "no yield found"],
      [() => { throw new TypeError("boom"); }, "#VALUE!", "unexpected error: boom"],
    ];
    for (const [body, code, message] of cases) {
      const r = run(body) as XlError;
      expect(r).toBeInstanceOf(CustomFunctions.Error);
      expect(r.code).toBe(code);
      expect(r.message).toBe(message);
    }
  });

  it("refuses NaN, Infinity, undefined and ragged spills", () => {
    expect((run(() => NaN) as XlError).code).toBe("#NUM!");
    expect((run(() => Infinity) as XlError).code).toBe("#NUM!");
    expect((run(() => undefined) as XlError).code).toBe("#VALUE!");
    expect((run(() => [[1, 2], [3]]) as XlError).message).toMatch("row 2 is not 2 wide");
    expect((run(() => [["a", NaN]]) as XlError).message).toMatch("row 1, column 2");
    expect((run(() => []) as XlError).code).toBe("#N/A");
  });

  it("passes good scalars and rectangular spills through unchanged", () => {
    expect(run(() => 33.5)).toBe(33.5);
    expect(run(() => "OK")).toBe("OK");
    expect(run(() => [["Sector", "USD bn"], ["Fed", 4308.9]])).toEqual([["Sector", "USD bn"], ["Fed", 4308.9]]);
  });
});
