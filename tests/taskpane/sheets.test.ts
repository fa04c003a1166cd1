/**
 * Ready-made sheets and LAMBDA short names through the taskpane code, Excel behind office-addin-mock objects.
 */
import { defaultAssumptions } from "../../src/core/assumptions";
import { aliasFormula, aliasNames } from "../../src/taskpane/aliases";
import { insertTemplate } from "../../src/taskpane/office";
import { sheetTemplates } from "../../src/taskpane/templates";
import { addShortNames } from "../../src/taskpane/ui/tools-panel";
import { FakeWorkbook, installOffice, newWorkbook } from "./support/fake-office";

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installOffice(newWorkbook());
});

const templates = sheetTemplates(defaultAssumptions());
const byId = (id: string) => templates.find((t) => t.id === id) as (typeof templates)[number];

describe("ready-made sheets (office-addin-mock)", () => {
  it("inserting every template twice gives each sheet once", async () => {
    for (const t of templates) expect(await insertTemplate(t)).toEqual({ status: "inserted", name: t.name });
    for (const t of templates) expect(await insertTemplate(t)).toEqual({ status: "present", name: t.name });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Holders dashboard", "Basis monitor", "Unwind scenarios"]);
    expect(wb.sheets.map((s) => s.charts.map((c) => c.type))).toEqual([["AreaStacked100"], [], ["LineMarkers"]]);
  });

  it("never clobbers a user sheet with the same name, and finds ours again after a rename", async () => {
    wb.sheets.push({ id: "{user}", name: "Holders dashboard", writes: {}, charts: [], user: true });
    expect(await insertTemplate(byId("holders"))).toEqual({ status: "inserted", name: "Holders dashboard (2)" });
    expect(wb.sheets[0]?.writes).toEqual({});
    const ours = wb.sheets[1];
    if (!ours) throw new Error("no sheet inserted");
    ours.name = "My dashboard";
    expect(await insertTemplate(byId("holders"))).toEqual({ status: "present", name: "My dashboard" });
    expect(wb.sheets).toHaveLength(2);
  });

  it("re-inserts after the user deleted our sheet", async () => {
    await insertTemplate(byId("unwind"));
    wb.sheets.splice(0, 1);
    expect(await insertTemplate(byId("unwind"))).toEqual({ status: "inserted", name: "Unwind scenarios" });
  });

  it("builds the sheets from UST functions, with inputs from the assumptions in use", async () => {
    await insertTemplate(byId("unwind"));
    await insertTemplate(byId("holders"));
    const [unwind, holders] = wb.sheets;
    expect(unwind?.writes.A3).toEqual([["Basis shock", defaultAssumptions().unwind.shock.value]]);
    expect((unwind?.writes.A7 as string[][])[0]).toEqual([10, '=UST.BASIS.UNWIND($A7,B$6,$B$3,"sales")', '=UST.BASIS.UNWIND($A7,C$6,$B$3,"sales")', '=UST.BASIS.UNWIND($A7,D$6,$B$3,"sales")', '=UST.BASIS.UNWIND($A7,E$6,$B$3,"sales")', '=UST.BASIS.UNWIND($A7,F$6,$B$3,"sales")']);
    const body = holders?.writes.A9 as string[][];
    expect(body).toHaveLength(20);
    expect(body[19]?.[0]).toBe("=EOMONTH($B$4,0)");
    expect(body[0]?.[1]).toBe("=UST.HOLDING(B$8,$A9,$B$5)");
    expect(holders?.writes.Q8).toEqual([['=UST.HOLDERS($B$4,"reported")']]);
  });
});

describe("LAMBDA short names (office-addin-mock)", () => {
  const meta = {
    functions: [
      { id: "BASIS.UNWIND", parameters: [{ name: "leverage" }, { name: "haircut" }, { name: "shock" }, { name: "output", optional: true }, { name: "options", repeating: true }] },
      { id: "BASIS.MAXLEV", parameters: [{ name: "haircut" }, { name: "margin" }] },
      { id: "BASIS.HEDGE", parameters: [{ name: "dv01_bond" }, { name: "dv01" }] },
      { id: "PRICE", parameters: [{ name: "settlement" }] },
    ],
  };

  it("writes LAMBDA formulas that call the UST function with the arguments given", () => {
    expect(aliasFormula({ id: "BASIS.MAXLEV", parameters: [{ name: "haircut" }, { name: "margin" }] })).toBe("=LAMBDA(haircut,margin,UST.BASIS.MAXLEV(haircut,margin))");
    expect(aliasFormula(meta.functions[0] as never)).toBe(
      "=LAMBDA(leverage,haircut,shock,[output],[options1],[options2],IF(ISOMITTED(output),UST.BASIS.UNWIND(leverage,haircut,shock),IF(ISOMITTED(options1),UST.BASIS.UNWIND(leverage,haircut,shock,output),IF(ISOMITTED(options2),UST.BASIS.UNWIND(leverage,haircut,shock,output,options1),UST.BASIS.UNWIND(leverage,haircut,shock,output,options1,options2)))))",
    );
    expect(aliasFormula(meta.functions[2] as never)).toBe("=LAMBDA(dv01_bond,dv01_,UST.BASIS.HEDGE(dv01_bond,dv01_))");
    expect(aliasNames(meta).map((n) => n.name)).toEqual(["BASIS.UNWIND", "BASIS.MAXLEV", "BASIS.HEDGE"]);
  });

  it("adds the names once (a second run updates them) and removes its probe sheet", async () => {
    expect(await addShortNames(async () => meta)).toBe("Short names ready (3 added, 0 updated): BASIS.UNWIND, BASIS.MAXLEV, BASIS.HEDGE.");
    expect(await addShortNames(async () => meta)).toBe("Short names ready (0 added, 3 updated): BASIS.UNWIND, BASIS.MAXLEV, BASIS.HEDGE.");
    expect([...wb.names.keys()]).toEqual(["BASIS.UNWIND", "BASIS.MAXLEV", "BASIS.HEDGE"]);
    expect(wb.names.get("BASIS.MAXLEV")?.formula).toBe("=LAMBDA(haircut,margin,UST.BASIS.MAXLEV(haircut,margin))");
    expect(wb.sheets).toEqual([]);
  });

  it("reports when this Excel has no LAMBDA and adds nothing", async () => {
    wb.hasLambda = false;
    expect(await addShortNames(async () => meta)).toBe("This version of Excel has no LAMBDA with optional arguments (ISOMITTED), so short names cannot be added: use the =UST.BASIS.* names.");
    expect(wb.names.size).toBe(0);
    expect(wb.sheets).toEqual([]);
  });
});
