/**
 * Property-based fuzz gate over the BUILT bundle (dist/functions.js), driven by dist/functions.json: every
 * registered function gets Excel-shaped arguments per its metadata and must never throw, never return
 * NaN/Infinity/undefined/null (also inside spills), spill only non-empty rectangles, return errors only as
 * `CustomFunctions.Error` with a message, give the same answer twice, and never need the safety net of
 * excel() (a crash or a non-finite result turned into an error that does not name the argument).
 *
 * Every defect the gate has found is kept in fuzz-findings.json with its counterexample and its fix, and
 * replayed here as a regression test.
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

interface Finding {
  id: string;
  found: string;
  counterexample: unknown[];
  fix: string;
}
const FINDINGS: Finding[] = JSON.parse(fs.readFileSync(path.join(__dirname, "fuzz-findings.json"), "utf8")).findings;

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

/** Why one call breaks the contract, or null. */
async function violation(meta: FunctionMeta, args: unknown[]): Promise<string | null> {
  const fn = bundle.functions.get(meta.id.toUpperCase());
  if (!fn) return "is not registered";
  const first = await invoke(fn, meta, args);
  if ("threw" in first) return `threw ${describeThrown(first.threw)}`;
  const problem = resultProblem(first.value);
  if (problem) return `returned ${problem}`;
  const net = safetyNetHit(first.value);
  if (net) return `returned ${describeValue(first.value)}: the safety net of excel() caught a defect`;
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
      await fc.assert(
        fc.asyncProperty(argsArb(meta, own, seeds), async (args) => {
          const why = await violation(meta, args);
          if (why) throw new Error(`UST.${meta.id}(${args.map(describeValue).join(", ")}) ${why}`);
        }),
        { numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: PATH !== undefined },
      );
    },
    Math.max(60_000, RUNS * 20),
  );
});

describe("defects the fuzz found stay fixed (tests/quality/fuzz-findings.json)", () => {
  it.each(FINDINGS.map((f) => [`UST.${f.id}(${f.counterexample.map(describeValue).join(", ")})`, f] as const))("%s", async (_call, finding) => {
    const meta = metaOf(finding.id);
    if (!meta) throw new Error(`UST.${finding.id} is not in this build`);
    expect(await violation(meta, finding.counterexample)).toBeNull();
  });
});
