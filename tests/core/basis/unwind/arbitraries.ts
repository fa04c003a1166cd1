/**
 * fast-check generators of unwind parameters over the ranges the model is meant for (a leveraged
 * basis book of $1bn–$3tn, haircuts and margins up to 5%, price impact up to 0.3 bp per $bn).
 */
import fc from "fast-check";
import { UnwindParams } from "../../../../src/core/basis/unwind";

const real = (min: number, max: number): fc.Arbitrary<number> => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Parameters whose leverage is a share `u` of the way from 1 to the maximum 1/(h + m), so every case is feasible. */
export const feasibleParams: fc.Arbitrary<UnwindParams> = fc
  .record({
    u: real(0, 1),
    haircut: real(0, 0.05),
    shock: real(0, 0.02),
    notional: real(1, 3000),
    fut_margin: real(0.001, 0.03),
    margin_mult: real(1, 3),
    impact: real(0, 0.3),
    duration: real(0.5, 15),
    buffer: real(0, 0.5),
    backstop: real(0, 2000),
    rule: fc.constantFrom("leverage" as const, "margin" as const),
    max_rounds: fc.integer({ min: 1, max: 100 }),
    phi: real(0, 1),
  })
  .map(({ u, ...p }) => ({ ...p, leverage: 1 + u * (1 / (p.haircut + p.fut_margin) - 1) }));

/** Two ordered values in [min, max]: [lower, higher]. */
export const ordered = (min: number, max: number): fc.Arbitrary<[number, number]> =>
  fc.tuple(real(min, max), real(min, max)).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
