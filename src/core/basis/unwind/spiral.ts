/**
 * The closed-form pieces of the unwind model (methodology §4.2): the stressed capital requirement,
 * the leverage the deleveraging rule restores after a loss, the basis widening per $bn sold, and the
 * spiral multiplier M. Notation: L leverage, h haircut, m futures margin, μ margin multiplier,
 * λ price impact (bp of cash yield per $bn sold), D modified duration, φ share of the impact not
 * mirrored in futures, N notional ($bn).
 */
import { noSolution } from "../../errors";
import { UnwindParams } from "./params";

/**
 * Capital required per $ of position once margins rise: κ₁ = h + μ·m (methodology §4.2 step 2;
 * Brunnermeier & Pedersen 2009: total margin ≤ capital; Barth & Kahn 2020: margins +30% in March 2020).
 *
 * @example stressedRequirement({ haircut: 0, fut_margin: 0.0101, margin_mult: 1.3, … }) //=> 0.01313
 */
export function stressedRequirement(p: UnwindParams): number {
  return p.haircut + p.margin_mult * p.fut_margin;
}

/**
 * Leverage the rule restores after a loss, L̂:
 * - `leverage` (Greenwood, Landier & Thesmar 2015): L* = min(L, 1/κ₁), the fund returns to its target,
 *   capped by what the stressed requirement allows;
 * - `margin` (Brunnermeier & Pedersen 2009): the binding constraint N = (E + c·E₀)/κ₁ holds leverage
 *   at the margin 1/κ₁ (a loss ΔE forces sales of (1/κ₁ − 1)·ΔE).
 * Infinity when nothing is required (κ₁ = 0) under the margin rule: the constraint never binds.
 *
 * @example targetLeverage({ rule: "leverage", leverage: 50, haircut: 0.02, fut_margin: 0.0101, margin_mult: 1.3, … }) //=> 30.18 (= 1/0.03313)
 */
export function targetLeverage(p: UnwindParams): number {
  const cap = 1 / stressedRequirement(p);
  return p.rule === "leverage" ? Math.min(p.leverage, cap) : cap;
}

/**
 * Basis widening per $bn sold to market, as a fraction of price: Δb/S = φ·λ·10⁻⁴·D
 * (a cash-yield move of λ bp per $bn, times duration D, of which the share φ is not mirrored in futures;
 * methodology §4.2 step 5).
 *
 * @example basisWideningPerBn({ phi: 1, impact: 0.05, duration: 4.1, … }) //=> 0.0000205
 */
export function basisWideningPerBn(p: UnwindParams): number {
  return p.phi * p.impact * 1e-4 * p.duration;
}

/**
 * Spiral multiplier M = (L̂ − 1)·N·φ·λ·10⁻⁴·D: the ratio of next-round to this-round forced sales for
 * small shocks without a backstop, so total sales ≈ S₀/(1 − M) when M < 1 and M ≥ 1 means a
 * self-sustaining unwind (methodology §4.2 "closed-form check"; Greenwood-Landier-Thesmar φ = b·A·R with
 * b = L − 1). Derivation: once at target, a loss ΔE forces the sale S = (L̂ − 1)·ΔE; selling S widens the
 * basis by S·φλ10⁻⁴D, a loss N·S·φλ10⁻⁴D on the book N. The memo writes L − 1; L̂ = L whenever the
 * leverage rule's target is not capped by 1/κ₁ (every case of its prototype table).
 *
 * @example spiralMultiplier(defaults: L = 50, N = 830, λ = 0.05, D = 4.1, φ = 1) //=> 0.8337
 */
export function spiralMultiplier(p: UnwindParams): number {
  const leverage = targetLeverage(p);
  if (leverage === Infinity) return 0;
  const m = (leverage - 1) * p.notional * basisWideningPerBn(p);
  if (!Number.isFinite(m)) throw noSolution("the spiral multiplier M is unbounded: haircut + margin_mult × fut_margin is too close to 0");
  return m;
}
