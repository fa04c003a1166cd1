/**
 * Fetch with a timeout that covers the whole transfer (headers and body), turning every failure
 * into a `Transfer` the refresh core understands: HTTP error, timeout, or network/CORS refusal.
 */
import { Transfer } from "../core/refresh/outcome";

export const DEFAULT_TIMEOUT_MS = 20000;

/** The URL without its API key, as it may be shown and saved (the key stays in per-user storage only). */
export function redactKey(url: string): string {
  return url.replace(/([?&]api_key=)[^&]*/i, "$1…");
}

export async function fetchText(url: string, timeoutMs = DEFAULT_TIMEOUT_MS, fetchImpl: typeof fetch = fetch): Promise<Transfer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const where = new URL(url).host;
  try {
    const response = await fetchImpl(url, { signal: controller.signal, cache: "no-store" });
    if (!response.ok) return { ok: false, kind: "http", message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""} from ${where}` };
    return { ok: true, text: await response.text(), from: redactKey(url) };
  } catch (e) {
    if (controller.signal.aborted) return { ok: false, kind: "timeout", message: `no complete answer from ${where} within ${timeoutMs / 1000} s` };
    return { ok: false, kind: "network", message: `could not reach ${where} (${(e as Error).message}); if the browser blocks it (CORS), download the file and import it` };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a file the user picked or dropped. */
export async function readFileText(file: File): Promise<Transfer> {
  try {
    return { ok: true, text: await file.text(), from: file.name };
  } catch (e) {
    return { ok: false, kind: "network", message: `could not read ${file.name}: ${(e as Error).message}` };
  }
}
