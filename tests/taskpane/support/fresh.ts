import { resetRuntime } from "./fake-office";

/**
 * A new Excel session: empty shared runtime state and fresh copies of the taskpane modules that keep
 * state (data-sync's refresh records, the shared runtime state). Call after `installOffice()`.
 */
export async function freshModules() {
  resetRuntime();
  jest.resetModules();
  // As on the taskpane page: functions.js loads first and provides the embedded data snapshot.
  await import("../../../src/functions/store");
  const [sync, state, fetch, upstream, settings] = await Promise.all([
    import("../../../src/taskpane/data-sync"),
    import("../../../src/shared/state"),
    import("../../../src/taskpane/fetch"),
    import("../../../src/taskpane/upstream"),
    import("../../../src/taskpane/settings"),
  ]);
  return { sync, state, fetch, upstream, settings };
}

export type Modules = Awaited<ReturnType<typeof freshModules>>;
