/**
 * CBOT Treasury futures contracts: face value and the conversion-factor month rounding.
 * Source: CME Group, "Calculating U.S. Treasury Futures Conversion Factors" (2024) and the contract
 * specifications of each contract (cmegroup.com, chapters 18–21 and 40–43 of the CBOT rulebook), as of 2024.
 */
import { badArg } from "../errors";

/** "month": z = whole months beyond n (TU, 3YR, FV); "quarter": z rounded down to a quarter (TY, TN, US, UB). */
export type MonthRounding = "month" | "quarter";

export interface ContractSpec {
  name: string;
  /** face value of one contract, USD */
  face: number;
  rounding: MonthRounding;
  source: string;
  asOf: string;
}

const CME_CF = "CME Group, Calculating U.S. Treasury Futures Conversion Factors (2024); CBOT contract specifications";

export const CONTRACTS = {
  TU: { name: "2-Year T-Note", face: 200_000, rounding: "month", source: CME_CF, asOf: "2024" },
  Z3N: { name: "3-Year T-Note", face: 100_000, rounding: "month", source: CME_CF, asOf: "2024" },
  FV: { name: "5-Year T-Note", face: 100_000, rounding: "month", source: CME_CF, asOf: "2024" },
  TY: { name: "10-Year T-Note", face: 100_000, rounding: "quarter", source: CME_CF, asOf: "2024" },
  TN: { name: "Ultra 10-Year T-Note", face: 100_000, rounding: "quarter", source: CME_CF, asOf: "2024" },
  US: { name: "T-Bond", face: 100_000, rounding: "quarter", source: CME_CF, asOf: "2024" },
  UB: { name: "Ultra T-Bond", face: 100_000, rounding: "quarter", source: CME_CF, asOf: "2024" },
} as const satisfies Record<string, ContractSpec>;

export type ContractCode = keyof typeof CONTRACTS;

/** Other names traders use for the same contracts (CME Globex codes; "3YR" as in CME's CF tables). */
const ALIASES: Record<string, ContractCode> = { "3YR": "Z3N", ZT: "TU", ZF: "FV", ZN: "TY", ZB: "US" };

export const CONTRACT_NAMES = [...Object.keys(CONTRACTS), ...Object.keys(ALIASES)];

/** Resolves a contract code or alias, case-insensitive. @example contract("3yr").name //=> "3-Year T-Note" */
export function contract(code: string): ContractSpec {
  const key = code.trim().toUpperCase();
  const resolved = key in CONTRACTS ? (key as ContractCode) : ALIASES[key];
  if (resolved === undefined) throw badArg("contract", `"${code}" is not a Treasury futures contract; use one of ${CONTRACT_NAMES.join(", ")}`);
  return CONTRACTS[resolved];
}
