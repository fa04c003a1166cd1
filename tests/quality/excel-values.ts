/**
 * fast-check arbitraries for what Excel can hand a custom function: numbers (0, negatives, huge, tiny),
 * date serials (0, 60 = the phantom 1900-02-29, far future), omitted arguments, text (empty, unicode,
 * percent-looking, dates, 32nds quotes, the keywords the sample formulas use), booleans, error values,
 * 1×1, rectangular and ragged 2-D ranges; shaped per parameter by the generated metadata.
 */
import fc from "fast-check";
import { CustomFunctionsError, ERROR_CODES, FunctionMeta, ParamMeta } from "./bundle";

const SPECIAL_NUMBERS = [0, -0, 1, -1, 0.5, 2, 100, -100, 0.02, 0.01, 0.999999, 1e-9, -1e-9, 1e-300, 5e-324, 1e15, 2 ** 53, 1e300, -1e300, Number.MAX_VALUE];
// Excel serials: 0 (1900-01-00), 60 (the 1900-02-29 that never was), 61, today-ish, 9999-12-31 and beyond.
const DATE_SERIALS = [0, 1, 59, 60, 61, 366, 36526, 45657, 45658, 46022, 73051, 2958465, 2958466, 1e7];
const SPECIAL_TEXT = ["", " ", "0", "-1", "1e3", "5%", "-0.5%", "12.5 %", "%", "abc", "TRUE", "NaN", "Infinity", "-Infinity", "1e309",
  "2024-12-31", "2024-02-30", "12/31/2024", "31/12/2024", "99-16+", "99-16", "99-16¼", "100-00", "key=value", "=1+1",
  "日本国債", "Ünïcödé", "😀", "\u0000", "\n", "a".repeat(300)];

/** Text and numbers that appear in the sample formulas (keywords such as "cayman_adj", presets, dates). */
export interface Seeds {
  text: string[];
  numbers: number[];
}

function scalarArbs(seeds: Seeds) {
  const numbers = fc.oneof(
    fc.constantFrom(...SPECIAL_NUMBERS, ...seeds.numbers),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
  );
  const dates = fc.oneof(fc.constantFrom(...DATE_SERIALS), fc.integer({ min: 0, max: 2_958_465 }), fc.double({ min: 0, max: 80_000, noNaN: true }));
  const texts = fc.oneof(
    fc.constantFrom(...SPECIAL_TEXT),
    seeds.text.length > 0 ? fc.constantFrom(...seeds.text) : fc.constant("reported"),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: "grapheme", maxLength: 8 }),
    fc.stringMatching(/^-?\d{1,3}(\.\d{1,3})?\s?%$/),
    fc.stringMatching(/^\d{2,3}-\d{2}[+¼½¾]?$/),
  );
  const booleans = fc.boolean();
  const errors = fc.constantFrom(...Object.values(ERROR_CODES)).map((code) => new CustomFunctionsError(code, ""));
  const omitted = fc.constantFrom(null, undefined);
  return { numbers, dates, texts, booleans, errors, omitted };
}

/** Any single cell value, weighted towards the declared type. */
function cellArb(type: ParamMeta["type"], seeds: Seeds): fc.Arbitrary<unknown> {
  const a = scalarArbs(seeds);
  const w = (t: ParamMeta["type"]) => (type === t ? 6 : 1);
  return fc.oneof(
    { weight: w("number") + 2, arbitrary: a.numbers },
    { weight: w("number") + 1, arbitrary: a.dates },
    { weight: w("string") + 1, arbitrary: a.texts },
    { weight: w("boolean"), arbitrary: a.booleans },
    { weight: 1, arbitrary: a.errors },
    { weight: 1, arbitrary: a.omitted },
  );
}

/** Ranges: 1×1, rectangular up to 6×4, ragged (rows of different widths, including empty rows). */
function rangeArb(cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[][]> {
  const rect = fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }))
    .chain(([rows, cols]) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
  const ragged = fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 5 });
  return fc.oneof(cell.map((v) => [[v]]), rect, ragged);
}

/** One argument as Excel passes it for this parameter (a repeating parameter arrives as an array of values). */
export function paramArb(p: ParamMeta, seeds: Seeds): fc.Arbitrary<unknown> {
  const cell = cellArb(p.type, seeds);
  const one =
    p.dimensionality === "matrix"
      ? fc.oneof({ weight: 4, arbitrary: rangeArb(cell) }, { weight: 1, arbitrary: scalarArbs(seeds).omitted })
      : fc.oneof({ weight: 5, arbitrary: cell }, { weight: 1, arbitrary: rangeArb(cell) });
  if (p.repeating) return fc.array(one, { maxLength: 4 });
  return p.optional ? fc.oneof({ weight: 3, arbitrary: one }, { weight: 1, arbitrary: fc.constant(null) }) : one;
}

/** Numbers near a valid one: itself, scaled, shifted, negated, zero, huge. */
function nearNumber(x: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(x, -x, 0, x * 100, x / 100, x + 1, x - 1, x * 1e12),
    fc.double({ min: -4, max: 4, noNaN: true }).map((f) => x * f),
    fc.integer({ min: -40, max: 40 }).map((d) => x + d / 32),
  );
}

/** A sample argument, kept, nudged or replaced by anything the parameter could receive. */
function mutatedArb(sample: unknown, p: ParamMeta | undefined, seeds: Seeds): fc.Arbitrary<unknown> {
  const generic = p ? paramArb(p, seeds) : cellArb("any", seeds);
  const near = typeof sample === "number" ? nearNumber(sample) : fc.constant(sample);
  return fc.oneof({ weight: 4, arbitrary: fc.constant(sample) }, { weight: 2, arbitrary: near }, { weight: 1, arbitrary: generic });
}

/**
 * Argument lists for one function: half are fully random per the metadata, half start from a sample formula
 * (so the fuzz reaches the engines, not only argument coercion) and mutate it.
 */
export function argsArb(meta: FunctionMeta, samples: unknown[][], seeds: Seeds): fc.Arbitrary<unknown[]> {
  const random = fc.tuple(...meta.parameters.map((p) => paramArb(p, seeds)));
  if (samples.length === 0) return random;
  const fromSamples = fc.constantFrom(...samples).chain((args) => fc.tuple(...args.map((a, k) => mutatedArb(a, meta.parameters[k], seeds))));
  return fc.oneof(random, fromSamples);
}
