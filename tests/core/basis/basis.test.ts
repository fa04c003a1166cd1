/** Basis engine (src/core/basis/basis.ts, conversionFactor.ts): hand-computed checks and the CME-vs-FinancePy rows. */
import { ymd } from "../../../src/core/dates";
import { impliedRepo, carry } from "../../../src/core/basis/basis";
import { conversionFactor } from "../../../src/core/basis/conversionFactor";
import { CONTRACTS, contract } from "../../../src/core/basis/contracts";

const bond = { maturity: ymd(2020, 8, 15), coupon: 0.0875, issue: null, firstCoupon: null };

describe("implied repo with a coupon before delivery (Burghardt et al.: coupon reinvested at the implied rate)", () => {
  it("solves B(1 + r·D/360) = F·CF + AI_d + c(1 + r·D₂/360) for settle 1-Dec-2000, coupon 15-Feb-2001, delivery 30-Mar-2001", () => {
    const ais = (4.375 * 108) / 184;
    const aid = (4.375 * 43) / 181;
    const dirty = 129 + ais;
    const expected = (98 * 1.3136 + aid + 4.375 - dirty) / ((dirty * 119) / 360 - (4.375 * 43) / 360);
    const position = { bond, price: 129, settle: ymd(2000, 12, 1), delivery: ymd(2001, 3, 30) };
    expect(impliedRepo(position, 98, 1.3136)).toBeCloseTo(expected, 13);
    const expectedCarry = aid - ais + 4.375 * (1 + (0.05 * 43) / 360) - (dirty * 0.05 * 119) / 360;
    expect(carry(position, 0.05)).toBeCloseTo(expectedCarry, 13);
  });
});

describe("conversion factors: CME closed form, not FinancePy's 6% ACT/ACT pricing", () => {
  // test-vectors.md §2.1: FinancePy's TYZ7 golden CFs differ by 0.0001 on these rows; the CME-formula values
  // there are derived (independent script), so this checks the formula choice, not a published number.
  it.each([
    [0.02, ymd(2026, 11, 15), 0.7307, 0.7308],
    [0.01625, ymd(2026, 5, 15), 0.7185, 0.7186],
    [0.0225, ymd(2025, 11, 15), 0.7702, 0.7703],
    [0.02125, ymd(2025, 5, 15), 0.7748, 0.7749],
  ])("TYZ7 %d %s → %d (FinancePy %d)", (c, m, cme, financePy) => {
    const f = conversionFactor(c, m, CONTRACTS.TY, ymd(2017, 12, 1)).factor;
    expect(f).toBe(cme);
    expect(f).not.toBe(financePy);
  });

  it("resolves aliases case-insensitively and rejects unknown codes", () => {
    expect(contract("3yr")).toBe(CONTRACTS.Z3N);
    expect(contract(" zn ")).toBe(CONTRACTS.TY);
    expect(() => contract("TZ")).toThrow(/^contract: "TZ" is not a Treasury futures contract/);
  });

  it("refuses a maturity inside the delivery month", () => {
    expect(() => conversionFactor(0.02, ymd(2017, 12, 31), CONTRACTS.TY, ymd(2017, 12, 1))).toThrow(/^maturity: must be at least a month after/);
  });
});
