/**
 * The sample-formula table (tests/quality/sample-formulas.json) feeds the function reference, the benchmark,
 * the browser check and the fuzz seeds. Here it is checked against the built bundle in Node: every function
 * in dist/functions.json has a sample, every sample names a registered function and returns its published value.
 */
import { describeValue, invoke, loadFunctionsBundle, matchesExpected, padArgs, parseFormula, pick, readSamples } from "./bundle";

const bundle = loadFunctionsBundle();
const table = readSamples();
const metaById = new Map(bundle.metadata.functions.map((m) => [m.id.toUpperCase(), m]));

describe("sample formulas (docs examples, bench arguments, browser check)", () => {
  it("cover every function in dist/functions.json", () => {
    const sampled = new Set(table.rows.map((r) => parseFormula(r.formula).id));
    expect([...metaById.keys()].filter((id) => !sampled.has(id))).toEqual([]);
  });

  it("belong to a known family and cite a source", () => {
    for (const row of table.rows) {
      expect(Object.keys(table.families)).toContain(row.family);
      expect(row.source.trim()).not.toBe("");
    }
  });

  it.each(table.rows.map((r) => [r.formula, r] as const))("%s gives the published value", async (_f, row) => {
    const { id, args } = parseFormula(row.formula);
    const meta = metaById.get(id);
    const fn = bundle.functions.get(id);
    if (!meta || !fn) throw new Error(`${row.formula}: UST.${id} is not in this build`);
    const { value } = await invoke(fn, meta, padArgs(meta, args));
    if (!matchesExpected(value, row)) throw new Error(`${row.formula} = ${describeValue(pick(value, row.at))}, expected ${row.expected} ± ${row.tol ?? 0} (${row.source})`);
  });
});
