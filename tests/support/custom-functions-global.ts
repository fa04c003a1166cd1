/**
 * The `CustomFunctions` runtime global, as Excel provides it, for tests running in Node: the same
 * `Error(code, message)` class and `ErrorCode` values as the quality gates' bundle loader
 * (tests/quality/bundle.js). `associate` does nothing here: the metadata plugin appends the
 * `associate` calls to the built bundle only, which tests/build and tests/quality load themselves.
 */
import { CustomFunctionsError, ERROR_CODES } from "../quality/bundle";

const stub = {
  Error: CustomFunctionsError,
  ErrorCode: { ...ERROR_CODES },
  associate(): void {},
};

(globalThis as unknown as { CustomFunctions: typeof stub }).CustomFunctions = stub;
