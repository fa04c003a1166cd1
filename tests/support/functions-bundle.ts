/**
 * Loads the built `dist/functions.js` the way Excel's custom-functions runtime sees it: a plain
 * JavaScript context whose only globals are `CustomFunctions` and `Office` (no window, no document),
 * recording every `CustomFunctions.associate` call.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const DIST_DIR = path.resolve(__dirname, "..", "..", "dist");

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Array<{ name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }>;
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

export interface LoadedBundle {
  /** id (upper case) → the registered JavaScript function */
  functions: Map<string, (...args: unknown[]) => unknown>;
  metadata: FunctionMetadata[];
  /** the CustomFunctions stub the bundle saw */
  CustomFunctions: { Error: new (code: string, message?: string) => Error & { code: string } };
}

export function loadFunctionsBundle(distDir = DIST_DIR): LoadedBundle {
  const code = fs.readFileSync(path.join(distDir, "functions.js"), "utf8");
  const metadata = (JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8")) as { functions: FunctionMetadata[] }).functions;
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  // Reuse the jest global stub's Error class so `instanceof CustomFunctions.Error` works across contexts.
  const cf = (globalThis as unknown as { CustomFunctions: LoadedBundle["CustomFunctions"] & Record<string, unknown> }).CustomFunctions;
  const sandbox = {
    CustomFunctions: {
      ...cf,
      associate(id: string | Record<string, (...a: unknown[]) => unknown>, fn?: (...a: unknown[]) => unknown) {
        if (typeof id === "string") functions.set(id.toUpperCase(), fn as (...a: unknown[]) => unknown);
        else for (const [k, f] of Object.entries(id)) functions.set(k.toUpperCase(), f);
      },
    },
    Office: { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) },
  };
  vm.runInNewContext(code, sandbox, { filename: "functions.js" });
  return { functions, metadata, CustomFunctions: cf };
}
