/**
 * LAMBDA short names: workbook-level names such as `BASIS.UNWIND` = `=LAMBDA(leverage, haircut, shock,
 * [output], …, UST.BASIS.UNWIND(…))`, so the formulas of our brief work as typed where Excel has LAMBDA.
 * Built from the generated functions.json (the function metadata Excel itself reads), so the names
 * and arguments always match the functions that are shipped.
 * @see https://support.microsoft.com/office/lambda-function-bd212d27-1cd1-4321-a34a-ccbf254b8b67 (LAMBDA, optional [params], ISOMITTED)
 */

export interface FunctionMeta {
  id: string;
  parameters?: { name: string; optional?: boolean; repeating?: boolean }[];
}

export interface NameDef {
  name: string;
  formula: string;
  comment: string;
}

/** Only the basis family: short names like PRICE or YIELD would collide with Excel's own functions. */
export const ALIAS_PREFIX = "BASIS.";
/** A repeating argument (e.g. UNWIND's options) gets this many optional slots. */
const REPEAT_SLOTS = 2;

/** A LAMBDA parameter may not look like a cell reference (dv01, r, c): such names get a trailing "_". */
function lambdaParam(name: string): string {
  return /^[a-z]{1,3}\d+$/i.test(name) || /^[rc]$/i.test(name) ? `${name}_` : name;
}

/** `=LAMBDA(a,b,[c],[d],IF(ISOMITTED(c),UST.F(a,b),IF(ISOMITTED(d),UST.F(a,b,c),UST.F(a,b,c,d))))` */
export function aliasFormula(f: FunctionMeta): string {
  const params = f.parameters ?? [];
  const required = params.filter((p) => !p.optional && !p.repeating).map((p) => lambdaParam(p.name));
  const optional = params
    .filter((p) => p.optional || p.repeating)
    .flatMap((p) => (p.repeating ? Array.from({ length: REPEAT_SLOTS }, (_, i) => lambdaParam(`${p.name}${i + 1}`)) : [lambdaParam(p.name)]));
  const call = (args: string[]): string => `UST.${f.id}(${args.join(",")})`;
  let body = call([...required, ...optional]);
  for (let i = optional.length - 1; i >= 0; i--) body = `IF(ISOMITTED(${optional[i]}),${call([...required, ...optional.slice(0, i)])},${body})`;
  return `=LAMBDA(${[...required, ...optional.map((o) => `[${o}]`), body].join(",")})`;
}

/** Name definitions for every basis-family function in the metadata. */
export function aliasNames(meta: { functions: FunctionMeta[] }): NameDef[] {
  return meta.functions
    .filter((f) => f.id.toUpperCase().startsWith(ALIAS_PREFIX))
    .map((f) => ({ name: f.id.toUpperCase(), formula: aliasFormula(f), comment: `Short name for =UST.${f.id.toUpperCase()} (added by the UST add-in)` }));
}
