/**
 * The production build in headless Chromium, as Excel's shared runtime loads it: dist/taskpane.html (which
 * carries the functions and taskpane bundles) served from 127.0.0.1, office.js replaced by a local stub.
 * Every id of dist/functions.json must be registered, the sample formulas must give their published values,
 * and the page must log no errors and reach for no other host.
 */
import { Browser } from "playwright-core";
import { CustomFunctionsError, DIST_DIR, describeValue, padArgs, parseFormula, pick, readMetadata, readSamples, resultProblem, matchesExpected } from "../quality/bundle";
import { AddinPage, describeWithChromium, launchChromium, openAddinPage, serveDir } from "../support/browser";

type Wire = { error: string; message: string } | { value: unknown };

describeWithChromium("production build in headless Chromium (office.js stubbed)", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let addin: AddinPage;
  const metadata = readMetadata();

  beforeAll(async () => {
    server = await serveDir(DIST_DIR);
    browser = await launchChromium();
    addin = await openAddinPage(browser, `${server.url}/taskpane.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Calls a registered function inside the page; errors come back as { error, message }. */
  async function callInPage(id: string, args: unknown[]): Promise<unknown> {
    const wire: Wire = await addin.page.evaluate(
      async ([fid, fargs]) => {
        const w = window as unknown as { __associated: Record<string, (...a: unknown[]) => unknown>; CustomFunctions: { Error: new () => Error } };
        const toWire = (v: unknown): unknown => (v instanceof w.CustomFunctions.Error ? { __error: (v as Error & { code: string }).code, message: v.message } : Array.isArray(v) ? v.map(toWire) : v);
        const fn = w.__associated[fid as string];
        if (!fn) return { error: "missing", message: `${fid} is not registered` };
        return { value: toWire(await fn(...(fargs as unknown[]))) };
      },
      [id, args] as const,
    );
    if ("error" in wire) throw new Error(wire.message);
    const fromWire = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(fromWire);
      const e = v as { __error?: string; message?: string } | null;
      return e && typeof e === "object" && e.__error !== undefined ? new CustomFunctionsError(e.__error, e.message) : v;
    };
    return fromWire(wire.value);
  }

  it("registers every id of dist/functions.json, and only those", async () => {
    const registered = await addin.page.evaluate(() => Object.keys((window as unknown as { __associated: object }).__associated).sort());
    expect(registered).toEqual(metadata.functions.map((f) => f.id.toUpperCase()).sort());
  });

  it.each(readSamples().rows.map((r) => [r.formula, r] as const))("%s gives the published value in the browser", async (_f, row) => {
    const { id, args } = parseFormula(row.formula);
    const meta = metadata.functions.find((f) => f.id.toUpperCase() === id);
    if (!meta) throw new Error(`UST.${id} is not in this build`);
    const value = await callInPage(id, padArgs(meta, args));
    expect(resultProblem(value)).toBeNull();
    if (!matchesExpected(value, row)) throw new Error(`${row.formula} = ${describeValue(pick(value, row.at))} in Chromium, expected ${row.expected} ± ${row.tol ?? 0} (${row.source})`);
  });

  it("returns an Excel error with a message for a bad argument, in the browser too", async () => {
    const value = await callInPage("BASIS.MAXLEV", ["2%", 0.01]);
    expect(value).toBeInstanceOf(CustomFunctionsError);
    expect((value as CustomFunctionsError).code).toBe("#VALUE!");
    expect((value as CustomFunctionsError).message).toMatch(/^haircut: /);
  });

  it("logs no console errors, throws no page errors and contacts no host but 127.0.0.1", () => {
    expect({ errors: addin.errors, blocked: addin.blocked }).toEqual({ errors: [], blocked: [] });
  });
});
