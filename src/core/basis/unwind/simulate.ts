/**
 * The basis-trade unwind, round by round (methodology §4.2 algorithm; models: Brunnermeier & Pedersen
 * 2009 margin spiral, Greenwood, Landier & Thesmar 2015 fire-sale contagion with linear price impact,
 * accounting of the basis position from Barth & Kahn, OFR Brief 20-01, 2020). Deterministic.
 */
import { UNWIND_DISTRESS_LOSS, UNWIND_STOP_SALE_BN } from "../../assumptions/unwind";
import { leverageIsFeasible, maxLeverage } from "../leverage";
import { UnwindParams } from "./params";
import { basisWideningPerBn, spiralMultiplier, stressedRequirement, targetLeverage } from "./spiral";

export type UnwindStatus = "OK" | "DISTRESS" | "DEFAULT" | "INFEASIBLE";

/** One round k of the path. Money in USD bn. */
export interface UnwindRound {
  round: number;
  /** ΔE_k: the loss the fund bears this round (the initial shock N·δ in round 0, then N_k·Δb_{k−1}), at most its equity */
  loss: number;
  /** E_k′: equity after the loss (0 in a default round) */
  equity: number;
  /** N_k′: position after the loss, before the sale */
  position: number;
  /** S_k: forced sale (in a default round the whole remaining book, which equals the repo debt) */
  sale: number;
  /** S_k^mkt = max(0, S_k − Q_k): sold to the market */
  toMarket: number;
  /** bought by the backstop */
  absorbed: number;
  /** Δb_k·10⁴: basis widening caused by this round's sale, bp of price */
  basisBp: number;
  /** λ·S_k^mkt: cash-yield move caused by this round's sale, bp */
  yieldBp: number;
}

export interface UnwindRun {
  status: Exclude<UnwindStatus, "INFEASIBLE">;
  /** M, see `spiralMultiplier` */
  multiplier: number;
  /** ΣS_k */
  sales: number;
  /** ΣS_k^mkt */
  toMarket: number;
  /** (E₀ − max(0, E_final))/E₀, a decimal in [0, 1], including the initial shock */
  equityLoss: number;
  /** ΣΔb_k·10⁴ (excludes the initial shock δ) */
  basisBp: number;
  /** λ·ΣS_k^mkt */
  yieldBp: number;
  path: UnwindRound[];
  /** stopped by max_rounds while the last sale was still ≥ the stop threshold */
  capped: boolean;
}

export interface UnwindInfeasible {
  status: "INFEASIBLE";
  multiplier: number;
  leverage: number;
  /** 1/(h + m), as UST.BASIS.MAXLEV */
  maxLeverage: number;
}

export type UnwindResult = UnwindRun | UnwindInfeasible;

/**
 * Simulates the unwind. State: position N_k, equity E_k; N₀ = N, E₀ = N/L.
 * 1. Feasibility: L ≤ 1/(h + m), else INFEASIBLE (same test as UST.BASIS.MAXLEV).
 * 2. Round k: the loss ΔE_k cuts both: N_k′ = N_k − ΔE_k, E_k′ = E_{k−1}′ − ΔE_k (ΔE₀ = N·δ).
 *    If ΔE_k ≥ E_{k−1}′ the fund defaults: it pays only its equity (the rest is its counterparties' loss,
 *    not a fall in the bonds' value) and the repo lenders sell the whole remaining book, N_k − E_{k−1}′ =
 *    the debt. So a default always ends with total sales = initial debt N − E₀, the most any run can sell.
 * 3. Target position N*: leverage rule L*·E_k′ with L* = min(L, 1/κ₁); margin rule (E_k′ + c·E₀)/κ₁,
 *    κ₁ = h + μ·m. Forced sale S_k = max(0, N_k′ − N*).
 * 4. Backstop: S_k^mkt = max(0, S_k − Q_k), Q_{k+1} = max(0, Q_k − S_k).
 * 5. Impact: Δb_k = φ·λ·10⁻⁴·D·S_k^mkt; next loss ΔE_{k+1} = N_{k+1}·Δb_k with N_{k+1} = N_k′ − S_k.
 * 6. Stop when S_k < $0.1bn, at default, or after max_rounds rounds.
 * Status: DEFAULT if equity reached 0, DISTRESS if the equity loss exceeds 90%, else OK.
 *
 * @example simulateUnwind(defaults: L 50, h 0, δ 0.0014, N 830, λ 0.05) //=> { status: "OK", sales: 198.6, equityLoss: 0.244, … }
 */
export function simulateUnwind(p: UnwindParams): UnwindResult {
  const multiplier = spiralMultiplier(p);
  if (!leverageIsFeasible(p.leverage, p.haircut, p.fut_margin)) {
    return { status: "INFEASIBLE", multiplier, leverage: p.leverage, maxLeverage: maxLeverage(p.haircut, p.fut_margin) };
  }
  const kappa = stressedRequirement(p);
  const leverage = targetLeverage(p);
  const widening = basisWideningPerBn(p);
  const equity0 = p.notional / p.leverage;
  const target = (equity: number): number => (p.rule === "leverage" ? leverage * equity : (equity + p.buffer * equity0) / kappa);
  // a sale this small is float noise of N − L·(N/L), not a sale
  const noise = 1e-12 * p.notional;

  const path: UnwindRound[] = [];
  let position = p.notional;
  let equity = equity0;
  let backstop = p.backstop;
  let loss = p.notional * p.shock;
  let defaulted = false;
  for (;;) {
    defaulted = loss >= equity;
    // a fund can pay a loss only up to its equity; the rest falls on its counterparties (CCP, repo lenders)
    const paid = Math.min(loss, equity);
    position = Math.max(0, position - paid);
    equity -= paid;
    const excess = defaulted ? position : position - target(equity);
    const sale = excess > noise ? excess : 0;
    const absorbed = Math.min(sale, backstop);
    const toMarket = sale - absorbed;
    backstop -= absorbed;
    const round = path.length;
    path.push({ round, loss: paid, equity, position, sale, toMarket, absorbed, basisBp: widening * toMarket * 1e4, yieldBp: p.impact * toMarket });
    position -= sale;
    if (defaulted || sale < UNWIND_STOP_SALE_BN || path.length >= p.max_rounds) break;
    loss = position * widening * toMarket;
  }
  return summarise(path, equity0, defaulted, multiplier);
}

function summarise(path: UnwindRound[], equity0: number, defaulted: boolean, multiplier: number): UnwindRun {
  const total = (pick: (r: UnwindRound) => number): number => path.reduce((s, r) => s + pick(r), 0);
  const last = path[path.length - 1] as UnwindRound;
  const equityLoss = defaulted ? 1 : (equity0 - last.equity) / equity0;
  const status = defaulted ? "DEFAULT" : equityLoss > UNWIND_DISTRESS_LOSS ? "DISTRESS" : "OK";
  return {
    status,
    multiplier,
    sales: total((r) => r.sale),
    toMarket: total((r) => r.toMarket),
    equityLoss,
    basisBp: total((r) => r.basisBp),
    yieldBp: total((r) => r.yieldBp),
    path,
    capped: !defaulted && last.sale >= UNWIND_STOP_SALE_BN,
  };
}
