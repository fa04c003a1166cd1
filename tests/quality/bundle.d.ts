/** Types for bundle.js (the built functions bundle as the quality gates see it). */

export interface ParamMeta {
  name: string;
  description?: string;
  type?: "number" | "string" | "boolean" | "any";
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParamMeta[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: Record<string, boolean>;
}

export interface Metadata {
  functions: FunctionMeta[];
}

export type AdapterFn = (...args: unknown[]) => unknown;

export interface LoadedBundle {
  metadata: Metadata;
  functions: Map<string, AdapterFn>;
  /** compiles an expression beside the bundle, with the same CustomFunctions and Office in scope */
  evaluate(src: string): unknown;
  loadMs: number;
  codeBytes: number;
}

export interface SampleRow {
  formula: string;
  family: string;
  expected: number | string | boolean;
  tol?: number;
  at?: [number, number];
  /** calls/s target of this formula when it differs from its family's (null: none) */
  target?: number | null;
  /** why the row's target differs from its family's */
  target_note?: string;
  source: string;
}

export interface SampleTable {
  families: Record<string, { label: string; target: number | null }>;
  rows: SampleRow[];
}

export declare const ROOT: string;
export declare const DIST_DIR: string;
export declare const NAMESPACE: string;
export declare const ERROR_CODES: Record<string, string>;
export declare class CustomFunctionsError extends Error {
  constructor(code: string, message?: string);
  code: string;
}
export declare function readMetadata(dist?: string): Metadata;
export declare function loadFunctionsBundle(dist?: string, options?: { isolated?: boolean }): LoadedBundle;
export declare function isExcelError(v: unknown): v is CustomFunctionsError;
export declare function describeValue(v: unknown): string;
export declare function describeThrown(e: unknown): string;
export declare function resultProblem(result: unknown): string | null;
export declare function safetyNetHit(result: unknown): string | null;
export declare function invoke(fn: AdapterFn, meta: FunctionMeta, args: unknown[]): Promise<{ value?: unknown; threw?: unknown }>;
export declare function parseFormula(formula: string): { id: string; args: unknown[] };
export declare function padArgs(meta: FunctionMeta, args: unknown[]): unknown[];
export declare function readSamples(): SampleTable;
export declare function pick(value: unknown, at?: [number, number]): unknown;
export declare function matchesExpected(actual: unknown, sample: SampleRow): boolean;
