/**
 * Property-based fuzz gate over the BUILT bundle (dist/functions.js), driven by dist/functions.json: every
 * registered function gets Excel-shaped arguments per its metadata and must never throw, never return
 * NaN/Infinity/undefined/null (also inside spills), spill only non-empty rectangles, return errors only as
 * `CustomFunctions.Error` with a message, give the same answer twice, and never need the safety net of
 * excel() (a crash or a non-finite result turned into an error that does not name the argument).
 *
 * Defects found in functions this gate does not own are recorded in known-defects.json (function, message,
 * counterexample): the fuzz tolerates exactly that failure of exactly that function, and a replay test fails
 * as soon as the defect is fixed, so the list stays honest.
 *
 * `npm test`: FUZZ_RUNS cases per function (default 2,000, fixed seed). `npm run fuzz`: 100,000, random seed.
 * Reproduce a failure with the `seed` and `path` fast-check prints: FUZZ_SEED=<seed> FUZZ_PATH=<path>.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { describeThrown, describeValue, FunctionMeta, invoke, loadFunctionsBundle, padArgs, parseFormula, readSamples, resultProblem, safetyNetHit } from "./bundle";
import { argsArb, Seeds } from "./excel-values";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED === "random" ? undefined : Number(process.env.FUZZ_SEED ?? 20261125);
const PATH = process.env.FUZZ_PATH;

interface KnownDefect {
  id: string;
  /** part of the safety-net message that is tolerated for this function */
  message: string;
  counterexample: unknown[];
  found: string;
}
const KNOWN: KnownDefect[] = JSON.parse(fs.readFileSync(path.join(__dirname, "known-defects.json"), "utf8")).defects;

const bundle = loadFunctionsBundle();
const samples = readSamples().rows.map((row) => parseFormula(row.formula));

function seedsFrom(argLists: unknown[][]): Seeds {
  const flat = argLists.flat(3);
  return {
    text: [...new Set(flat.filter((v): v is string => typeof v === "string"))],
    numbers: [...new Set(flat.filter((v): v is number => typeof v === "number"))],
  };
}
const seeds = seedsFrom(samples.map((s) => s.args));

/** Why one call breaks the contract (`tolerated`: known defects of this function to let pass), or null. */
async function violation(meta: FunctionMeta, args: unknown[], tolerated: KnownDefect[]): Promise<string | null> {
  const fn = bundle.functions.get(meta.id.toUpperCase());
  if (!fn) return "is not registered";
  const first = await invoke(fn, meta, args);
  if ("threw" in first) return `threw ${describeThrown(first.threw)}`;
  const problem = resultProblem(first.value);
  if (problem) return `returned ${problem}`;
  const net = safetyNetHit(first.value);
  if (net && !tolerated.some((k) => net.includes(k.message))) return `returned ${describeValue(first.value)}: the safety net of excel() caught a defect`;
  if (meta.options?.volatile || meta.options?.stream) return null;
  const again = await invoke(fn, meta, args);
  const a = describeValue(first.value);
  const b = "threw" in again ? "a throw" : describeValue(again.value);
  return a === b ? null : `is not deterministic: ${a} then ${b}`;
}

const metas = bundle.metadata.functions;
const metaOf = (id: string) => metas.find((m) => m.id.toUpperCase() === id);

describe(`fuzz gate: every function in dist/functions.json, ${RUNS} cases each`, () => {
  it.each(metas.map((m) => [m.id, m] as const))(
    "%s never throws and returns only finite cells, rectangular spills or errors with a message",
    async (_id, meta) => {
      const own = samples.filter((s) => s.id === meta.id.toUpperCase()).map((s) => padArgs(meta, s.args));
      const tolerated = KNOWN.filter((k) => k.id === meta.id.toUpperCase());
      await fc.assert(
        fc.asyncProperty(argsArb(meta, own, seeds), async (args) => {
          const why = await violation(meta, args, tolerated);
          if (why) throw new Error(`UST.${meta.id}(${args.map(describeValue).join(", ")}) ${why}`);
        }),
        { numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: PATH !== undefined },
      );
    },
    Math.max(60_000, RUNS * 20),
  );
});

describe("known defects (tests/quality/known-defects.json) are still present: remove an entry once it is fixed", () => {
  it.each(KNOWN.map((k) => [`UST.${k.id}(${k.counterexample.map(describeValue).join(", ")})`, k] as const))("%s", async (_call, known) => {
    const meta = metaOf(known.id);
    if (!meta) throw new Error(`UST.${known.id} is not in this build: remove its entry`);
    const before = await violation(meta, known.counterexample, []);
    expect(before ?? "fixed: remove this entry from known-defects.json").toContain(known.message);
  });
});
