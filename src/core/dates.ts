/**
 * Dates in the core are integer day numbers: days since 1970-01-01 (UTC, proleptic Gregorian).
 * No local-time `Date` arithmetic anywhere (see date-fns' DST fix): calendar conversion is integer
 * arithmetic, so a day is a day whatever the user's time zone.
 *
 * Excel serial 25569 = 1970-01-01. Excel's serial 60 is the fictitious 1900-02-29 (Lotus bug);
 * `fromExcelSerial` rejects it, and serials below 61 are shifted by one day as Excel does.
 */
export type Day = number;

/** Excel serial of 1970-01-01 (1900 date system). */
export const EXCEL_EPOCH_OFFSET = 25569;

/**
 * Calendar date → day number, by integer arithmetic (H. Hinnant, "chrono-compatible low-level date
 * algorithms", days_from_civil): no Date object, so it is fast and independent of the time zone.
 * Out-of-range months and days roll over as with `Date.UTC` (month 13 = January of the next year).
 */
export function ymd(year: number, month: number, day: number): Day {
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = m0 - 12 * Math.floor(m0 / 12) + 1;
  const ya = m <= 2 ? y - 1 : y;
  const era = Math.floor(ya / 400);
  const yoe = ya - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Day number → calendar date (Hinnant's civil_from_days). */
export function toYMD(d: Day): YMD {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 30;
}

/** Last calendar day of the month containing `d`. */
export function endOfMonth(d: Day): Day {
  const { year, month } = toYMD(d);
  return ymd(year, month, daysInMonth(year, month));
}

/** Last calendar day of the quarter containing `d`. */
export function endOfQuarter(d: Day): Day {
  const { year, month } = toYMD(d);
  const qEndMonth = Math.ceil(month / 3) * 3;
  return ymd(year, qEndMonth, daysInMonth(year, qEndMonth));
}

/** Dec-31 of the year containing `d`. */
export function endOfYear(d: Day): Day {
  return ymd(toYMD(d).year, 12, 31);
}

/**
 * Add `n` months to `d`. The day of month is clamped to the target month's length
 * (Jan-31 + 1 month = Feb-28/29); with `endOfMonthRule` a month-end date stays at month end.
 */
export function addMonths(d: Day, n: number, endOfMonthRule = false): Day {
  return monthShifter(d, endOfMonthRule)(n);
}

/**
 * `n => addMonths(d, n, endOfMonthRule)` with `d`'s calendar date read once: for coupon schedules,
 * which step the same maturity back many times.
 */
export function monthShifter(d: Day, endOfMonthRule = false): (n: number) => Day {
  const { year, month, day } = toYMD(d);
  const keepEom = endOfMonthRule && day === daysInMonth(year, month);
  return (n) => {
    const total = year * 12 + (month - 1) + n;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    const dim = daysInMonth(y, m);
    return ymd(y, m, keepEom ? dim : Math.min(day, dim));
  };
}

/** ISO `YYYY-MM-DD`. */
export function formatISO(d: Day): string {
  const { year, month, day } = toYMD(d);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Parses `YYYY-MM-DD` (also `YYYY/MM/DD`) strictly; returns null when it is not a real calendar date. */
export function parseISO(text: string): Day | null {
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return ymd(year, month, day);
}

/** Excel serial (1900 system) → day number; null for serials Excel cannot show as dates or the fictitious 1900-02-29. */
export function fromExcelSerial(serial: number): Day | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  return (whole < 60 ? whole + 1 : whole) - EXCEL_EPOCH_OFFSET;
}

/** Day number → Excel serial (1900 system). */
export function toExcelSerial(d: Day): number {
  const serial = d + EXCEL_EPOCH_OFFSET;
  return serial < 61 ? serial - 1 : serial;
}
