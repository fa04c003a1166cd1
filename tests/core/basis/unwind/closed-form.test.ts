/**
 * The closed-form spiral multiplier M = (L̂ − 1)·N·φ·λ·10⁻⁴·D against the iterated path (methodology §4.2
 * "closed-form check"), with a tolerance derived from the model rather than picked.
 *
 * Derivation (no backstop, no default, constraint binding). Once the fund is at its target, a loss ΔE forces
 * the sale S = (L̂ − 1)·ΔE exactly (leverage rule: N′ − L̂E′ = (L̂ − 1)ΔE; margin rule: (1/κ₁ − 1)ΔE). The sale
 * S_k widens the basis by a·S_k, a = φλ10⁻⁴D, a loss a·S_k·N_{k+1} on the remaining book N_{k+1}, so
 *     S_{k+1} / S_k = M · ρ_k,   ρ_k = N_{k+1} / N ∈ (0, 1].
 * The book only shrinks: N − N_final = (paid losses) + (sales) ≤ Nδ + C/(L̂ − 1) + C with C = S₀/(1 − M), so
 *     ρ_k ≥ ρ* = max(0, 1 − δ − C·L̂ / ((L̂ − 1)·N)).
 * Hence (1) every ratio of consecutive sales lies in [M·ρ*, M], and (2) over the R rounds the run took,
 *     S₀·(1 − (Mρ*)^R) / (1 − Mρ*) ≤ Σ S_k ≤ C = S₀ / (1 − M).
 * The relative width of (1) is 1 − ρ* = O(δ): for small shocks the iterated ratio equals M.
 * Only float error is added: 1e-9 relative, and 1e-12·N for sales the engine treats as rounding noise.
 */
import fc from "fast-check";
import { simulateUnwind, spiralMultiplier, UnwindParams, UnwindRun } from "../../../../src/core/basis/unwind";
import { UNWIND_DEFAULTS } from "../../../../src/core/assumptions/unwind";
import { resolveUnwindParams } from "../../../../src/core/basis/unwind";
import { targetLeverage } from "../../../../src/core/basis/unwind/spiral";
import { feasibleParams } from "./arbitraries";

const REL = 1e-9;

/** Small-shock cases without a backstop, with M set in (0, 0.95) through the price impact. */
const smallShock: fc.Arbitrary<UnwindParams> = fc
  .tuple(
    feasibleParams,
    fc.double({ min: 1e-6, max: 1e-3, noNaN: true }),
    fc.double({ min: 0.01, max: 0.95, noNaN: true }),
    fc.double({ min: 0.1, max: 1, noNaN: true }),
  )
  .map(([p, shock, m, phi]) => {
    const base = { ...p, shock, phi, backstop: 0, impact: 1 };
    return { ...base, impact: m / spiralMultiplier(base) };
  })
  .filter((p) => Number.isFinite(p.impact) && spiralMultiplier(p) < 1);

function bounds(p: UnwindParams, r: UnwindRun) {
  const M = spiralMultiplier(p);
  const s0 = r.path[0]?.sale ?? 0;
  const closed = s0 / (1 - M);
  const lHat = targetLeverage(p);
  const rhoStar = Math.max(0, 1 - p.shock - (closed * lHat) / ((lHat - 1) * p.notional));
  const mr = M * rhoStar;
  return { M, s0, closed, rhoStar, lower: (s0 * (1 - mr ** r.path.length)) / (1 - mr) };
}

/** Asserts `check` over 10,000 small-shock runs that do not default (the derivation assumes the fund survives). */
function forSmallShocks(check: (p: UnwindParams, r: UnwindRun, b: ReturnType<typeof bounds>) => boolean): void {
  fc.assert(
    fc.property(smallShock, (p) => {
      const r = simulateUnwind(p) as UnwindRun;
      fc.pre(r.status !== "DEFAULT");
      return check(p, r, bounds(p, r));
    }),
    { numRuns: 10_000 },
  );
}

describe("closed-form multiplier M vs the iterated path (small shocks, 10,000 cases)", () => {
  it("every ratio of consecutive sales lies in [M·ρ*, M]", () => {
    forSmallShocks((p, r, { M, rhoStar }) => {
      const noise = 1e-12 * p.notional;
      return r.path.slice(1).every((k, i) => {
        const prev = (r.path[i] as { sale: number }).sale;
        if (k.sale === 0 || prev === 0) return k.sale <= M * prev + noise;
        const ratio = k.sale / prev;
        return ratio <= M * (1 + REL) && ratio >= M * rhoStar * (1 - REL) - noise / prev;
      });
    });
  });

  it("total sales lie between the truncated geometric series with ratio M·ρ* and S₀/(1 − M)", () => {
    forSmallShocks((p, r, { closed, lower }) => {
      const slack = REL * closed + 1e-12 * p.notional * r.path.length * 20;
      return r.sales <= closed + slack && r.sales >= lower - slack;
    });
  });

  it("at the defaults with a 1 bp shock: M = 0.8337, band 1 − ρ* = 3.0%, and the first ratio inside it", () => {
    const p = resolveUnwindParams(UNWIND_DEFAULTS, { preset: null, values: { shock: 0.0001 } });
    const r = simulateUnwind(p) as UnwindRun;
    const { M, rhoStar, closed } = bounds(p, r);
    const [first, second] = r.path;
    expect(M).toBeCloseTo(0.833735, 6); // 49 × 830 × 0.05e-4 × 4.1 (methodology §4.2: "M≈0.83")
    expect(1 - rhoStar).toBeCloseTo(0.0302, 4); // 1e-4 + C·50/(49·830), C = 4.067/(1 − M) = 24.46
    const ratio = (second?.sale ?? 0) / (first?.sale ?? 1);
    expect(ratio).toBeLessThanOrEqual(M);
    expect(ratio).toBeGreaterThanOrEqual(M * rhoStar);
    expect(r.sales).toBeLessThan(closed);
  });
});
