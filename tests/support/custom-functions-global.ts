/**
 * The `CustomFunctions` runtime global, as Excel provides it, for tests running in Node.
 * Same shape as the Office runtime: `Error(code, message)` with `code` and `message`, `ErrorCode`
 * values as Excel shows them, and `associate` recording registrations.
 */
export const associations = new Map<string, unknown>();

class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
    this.message = message ?? "";
  }
}

const stub = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate(idOrMap: string | Record<string, unknown>, fn?: unknown): void {
    if (typeof idOrMap === "string") associations.set(idOrMap.toUpperCase(), fn);
    else for (const [id, f] of Object.entries(idOrMap)) associations.set(id.toUpperCase(), f);
  },
};

(globalThis as unknown as { CustomFunctions: typeof stub }).CustomFunctions = stub;
