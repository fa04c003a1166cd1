/**
 * A small Excel workbook behind office-addin-mock objects, installed as the `Office`, `Excel` and
 * `OfficeRuntime` globals that src/taskpane/office.ts uses. Every object the add-in touches is an
 * `OfficeMockObject` (properties must be `load()`ed and `sync()`ed as in Office.js); the plain
 * `FakeWorkbook` behind them is what tests assert on.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface FakeSheet {
  id: string;
  name: string;
  /** formulas written, by top-left address */
  writes: Record<string, unknown>;
  charts: { type: string; title: string }[];
  /** a sheet the user made (the add-in must never change it) */
  user?: boolean;
}

export interface FakeWorkbook {
  /** document settings: saved with the workbook */
  settings: Map<string, unknown>;
  /** custom XML parts by namespace */
  parts: Map<string, string>;
  sheets: FakeSheet[];
  names: Map<string, { formula: string; comment: string }>;
  /** per-user storage (OfficeRuntime.storage): not part of the workbook */
  userStorage: Map<string, string>;
  calculations: number;
  hasLambda: boolean;
}

export function newWorkbook(init: Partial<FakeWorkbook> = {}): FakeWorkbook {
  return { settings: new Map(), parts: new Map(), sheets: [], names: new Map(), userStorage: new Map(), calculations: 0, hasLambda: true, ...init };
}

type Mock = OfficeMockObject & Record<string, unknown>;

/** An office-addin-mock object; `isNullObject` is set directly (Office.js exposes it without load). */
function mock(data: Record<string, unknown>, isNull = false): Mock {
  const m = new OfficeMockObject(data) as Mock;
  m.isNullObject = isNull;
  return m;
}

function requestContext(wb: FakeWorkbook): Mock {
  const created: Mock[] = [];
  const track = (m: Mock): Mock => (created.push(m), m);
  let sheetSeq = wb.sheets.length;

  const sheetMock = (s: FakeSheet): Mock => {
    const sheet = mock({
      id: s.id,
      name: s.name,
      activate: () => undefined,
      delete: () => void wb.sheets.splice(wb.sheets.indexOf(s), 1),
      getRange: (address: string) => {
        if (s.user) throw new Error(`the add-in wrote into the user's sheet ${s.name}`);
        const range = track(mock({ values: [[wb.hasLambda ? 2 : "#NAME?"]] }));
        return new Proxy(range, {
          set: (target, prop, value) => {
            if (prop === "formulas") s.writes[address] = value;
            return Reflect.set(target, prop, value);
          },
        });
      },
    });
    // child mocks are attached after construction (populate would walk into their internals)
    sheet.charts = mock({
      add: (type: string) => {
        const chart = { type, title: "" };
        s.charts.push(chart);
        return { title: { set text(t: string) { chart.title = t; } }, setPosition: () => undefined };
      },
    });
    return track(sheet);
  };

  const worksheets = mock({
    getItemOrNullObject: (key: string) => {
      const s = wb.sheets.find((x) => x.id === key || x.name.toLowerCase() === key.toLowerCase());
      return s ? sheetMock(s) : track(mock({ name: "" }, true));
    },
    add: (name: string) => {
      if (wb.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw new Error(`a sheet named ${name} exists`);
      const s: FakeSheet = { id: `{sheet-${++sheetSeq}}`, name, writes: {}, charts: [] };
      wb.sheets.push(s);
      return sheetMock(s);
    },
  });
  // `load("items/name")`: the collection's items are the sheets at the time of the load.
  worksheets.load = function (this: Mock) {
    this.items = wb.sheets.map((s) => ({ name: s.name }));
    return this;
  } as Mock["load"];

  const partOf = (ns: string): Mock => {
    const xml = wb.parts.get(ns);
    return track(mock({ getXml: () => ({ value: wb.parts.get(ns) }), setXml: (x: string) => void wb.parts.set(ns, x) }, xml === undefined));
  };

  const ctx = mock({
    workbook: {
      customXmlParts: {
        getByNamespace: (ns: string) => ({ getOnlyItemOrNullObject: () => partOf(ns) }),
        add: (xml: string) => {
          const ns = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "";
          if (wb.parts.has(ns)) throw new Error("a second part of this namespace");
          wb.parts.set(ns, xml);
        },
      },
      application: { calculate: (type: string) => void (type === "Full" && wb.calculations++) },
      names: {
        getItemOrNullObject: (name: string) => {
          const n = wb.names.get(name);
          const item = track(mock({ formula: n?.formula ?? "" }, n === undefined));
          return new Proxy(item, {
            set: (target, prop, value) => {
              if (prop === "formula") wb.names.set(name, { formula: value as string, comment: n?.comment ?? "" });
              return Reflect.set(target, prop, value);
            },
          });
        },
        add: (name: string, formula: string, comment: string) => void wb.names.set(name, { formula, comment }),
      },
    },
  });
  (ctx.workbook as Mock).worksheets = worksheets;
  // context.sync(): syncs every object this request created, like one Office.js round trip.
  ctx.sync = async () => {
    for (const m of created) await m.sync();
  };
  return ctx;
}

/** Installs the globals; returns the workbook the add-in now sees. */
export function installOffice(wb: FakeWorkbook = newWorkbook()): FakeWorkbook {
  const g = globalThis as Record<string, unknown>;
  g.Office = mock({
    HostType: { Excel: "Excel" },
    onReady: async () => ({ host: "Excel" }),
    context: {
      document: {
        settings: {
          get: (k: string) => (wb.settings.has(k) ? structuredClone(wb.settings.get(k)) : null),
          set: (k: string, v: unknown) => void wb.settings.set(k, structuredClone(v)),
          remove: (k: string) => void wb.settings.delete(k),
          saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
        },
      },
    },
  });
  g.Excel = { run: async <T>(body: (ctx: unknown) => Promise<T>) => body(requestContext(wb)) };
  g.OfficeRuntime = {
    storage: {
      getItem: async (k: string) => wb.userStorage.get(k) ?? null,
      setItem: async (k: string, v: string) => void wb.userStorage.set(k, v),
      removeItem: async (k: string) => void wb.userStorage.delete(k),
    },
  };
  return wb;
}

/** Forgets the shared runtime state (as a fresh Excel session would). */
export function resetRuntime(): void {
  delete (globalThis as Record<string, unknown>).__ustAddinState__;
}
