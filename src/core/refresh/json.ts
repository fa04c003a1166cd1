/** Result of reading untrusted text: the value, or precise errors and nothing else. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Parses JSON text; a cut-off document is reported as truncated rather than as a syntax error. */
export function parseJsonText(text: string, what: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const trimmed = text.trimEnd();
    const truncated = trimmed === "" || !/[}\]]$/.test(trimmed);
    return { ok: false, errors: [truncated ? `${what} is truncated (the JSON ends before it is complete, ${text.length} characters received)` : `${what} is not valid JSON: ${(e as Error).message}`] };
  }
}

