/**
 * Treasury price quotes in 32nds: "99-16" = 99 + 16/32; "99-16+" = 99 + 16.5/32; a third digit counts
 * eighths of a 32nd ("99-162" = 99 + 16.25/32, "99-166" = 99 + 16.75/32); "99-16 1/4" = 99 + 16.25/32.
 * Source: SIFMA / Federal Reserve Bank of New York quoting conventions for Treasury coupon securities;
 * CME Treasury futures price quotation ("points and fractions of 32nds").
 */
import { badArg } from "../errors";

const QUOTE = /^\s*(\d+)\s*[-:]\s*(\d{1,2})(?:(\+)|([0-7])|\s+(\d)\/(2|4|8))?\s*$/;

/**
 * Parses a 32nds quote into a decimal price.
 * @example from32("99-16+") //=> 99.515625 ; from32("125-082") //=> 125.2578125
 */
export function from32(quote: string, arg = "text"): number {
  const m = QUOTE.exec(quote);
  if (!m) throw badArg(arg, `"${quote.slice(0, 40)}" is not a 32nds quote; write e.g. "99-16", "99-16+", "99-162" or "99-16 1/4"`);
  const thirtySeconds = Number(m[2]);
  if (thirtySeconds > 31) throw badArg(arg, `"${quote}": the 32nds part must be 0 to 31`);
  const fraction = m[3] ? 0.5 : m[4] ? Number(m[4]) / 8 : m[5] ? Number(m[5]) / Number(m[6]) : 0;
  if (fraction >= 1) throw badArg(arg, `"${quote}": the fraction of a 32nd must be below 1`);
  return Number(m[1]) + (thirtySeconds + fraction) / 32;
}

/** A price argument: a number, or text that is a decimal number or a 32nds quote. */
export function readPrice(value: number | string, arg: string): number {
  if (typeof value === "number") return value;
  return /^\s*[+-]?\d*\.?\d+\s*$/.test(value) ? Number(value) : from32(value, arg);
}

export const PRECISIONS = [1, 2, 4, 8] as const;
export type Precision32 = (typeof PRECISIONS)[number];

/**
 * Formats a price in 32nds, rounded to the nearest 1/precision of a 32nd: precision 1 → "99-16",
 * 2 → "99-16+", 4 → "99-162"/"99-16+"/"99-166", 8 → third digit 1–7 ("+" for 4, none for 0).
 * @example to32(99.515625, 2) //=> "99-16+" ; to32(99.5078125, 4) //=> "99-162"
 */
export function to32(price: number, precision: Precision32): string {
  if (!Number.isFinite(price) || price < 0) throw badArg("price", `must be a price ≥ 0 (got ${price})`);
  const ticks = Math.round(price * 32 * precision);
  const handle = Math.floor(ticks / (32 * precision));
  const rest = ticks - handle * 32 * precision;
  const whole = Math.floor(rest / precision);
  const eighths = ((rest - whole * precision) * 8) / precision;
  const suffix = eighths === 0 ? "" : eighths === 4 ? "+" : String(eighths);
  return `${handle}-${String(whole).padStart(2, "0")}${suffix}`;
}
