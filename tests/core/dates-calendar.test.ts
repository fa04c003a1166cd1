import fc from "fast-check";
import { toYMD, ymd } from "../../src/core/dates";

/** The integer calendar algorithms agree with the platform's proleptic Gregorian calendar (Date.UTC). */
describe("ymd / toYMD against Date.UTC", () => {
  it("agree on every day from 1600 to 2400 and beyond (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (d) => {
        const dt = new Date(d * 86_400_000);
        const expected = { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
        expect(toYMD(d)).toEqual(expected);
        expect(ymd(expected.year, expected.month, expected.day)).toBe(d);
      }),
      { numRuns: 20_000 },
    );
  });

  it("rolls months and days over like Date.UTC", () => {
    for (const [y, m, d] of [[2024, 13, 1], [2024, 0, 31], [2024, -11, 15], [2023, 2, 29], [2024, 3, 0]]) {
      expect(ymd(y as number, m as number, d as number)).toBe(Math.round(Date.UTC(y as number, (m as number) - 1, d as number) / 86_400_000));
    }
  });
});
