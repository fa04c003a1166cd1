/**
 * Cross-check of the reported view against the data pack CSVs in ../shared/data (developers and CI
 * only): every row of every quarter is the number the publisher printed, read here independently of
 * the snapshot build (OFS-2 columns, TIC mfhhis01, H.4.1 TREAST last weekly level in the quarter).
 */
import * as fs from "fs";
import * as path from "path";
import { SHARED_DIR, describeWithShared } from "../../support/shared-dir";
import { embeddedStore } from "../../../src/core/data/snapshot";
import { holderSource } from "../../../src/core/holders/source";
import { reportedTable } from "../../../src/core/holders/views";
import { holdingOf } from "../../../src/core/holders/table";
import { formatISO } from "../../../src/core/dates";

/** date → series → value, from the first three columns; rows flagged old_series_comparison_only are skipped. */
function readPack(file: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const line of fs.readFileSync(path.join(SHARED_DIR, "data", file), "utf8").split("\n").slice(1)) {
    const [date, series, value] = line.split(",");
    if (!date || !series || value === undefined || line.includes("old_series_comparison_only")) continue;
    if (!out.has(date)) out.set(date, new Map());
    out.get(date)?.set(series, Number(value));
  }
  return out;
}

const OFS2_SECTOR: Record<string, string> = {
  depository: "Depository institutions",
  savings_bonds: "U.S. savings bonds",
  private_pensions: "Pension funds - private",
  sl_pensions: "Pension funds - state and local governments",
  insurers: "Insurance companies",
  mutual_funds: "Mutual funds (incl. money market funds)",
  sl_governments: "State and local governments",
};

describeWithShared("reported view = the data pack, every quarter", () => {
  const ofs2 = readPack("ofs2_estimated_ownership.csv");
  const tic = readPack("tic_major_foreign_holders.csv");
  const treast = [...readPack("fred_series.csv").entries()].filter(([, m]) => m.has("TREAST")).map(([d, m]) => [d, m.get("TREAST") as number] as const);
  const source = holderSource(embeddedStore());

  it("Treasury Bulletin OFS-2, TIC mfhhis01 and H.4.1 TREAST at each of the 90 quarters", () => {
    for (const q of source.quarters()) {
      const iso = formatISO(q);
      const t = reportedTable(source.inputsAt(q));
      const col = ofs2.get(iso);
      expect(t.total).toBe(col?.get("Total public debt"));
      for (const [id, series] of Object.entries(OFS2_SECTOR)) expect(holdingOf(t, id)).toBe(col?.get(series));
      expect(holdingOf(t, "foreign")).toBeCloseTo(col?.get("Foreign and international") as number, 9);
      expect(holdingOf(t, "foreign_official")).toBe(tic.get(iso)?.get("Of which: Foreign Official"));
      const cayman = tic.get(iso)?.get("Cayman Islands");
      if (cayman === undefined) expect(t.rows.some((r) => r.id === "cayman")).toBe(false);
      else expect(holdingOf(t, "cayman")).toBe(cayman);
      const soma = treast.filter(([d]) => d <= iso).pop();
      expect(holdingOf(t, "fed")).toBeCloseTo((soma?.[1] as number) / 1000, 9);
      expect(holdingOf(t, "fed") + holdingOf(t, "govt_accounts")).toBeCloseTo(col?.get("Federal Reserve and Government accounts (SOMA + intragovernmental)") as number, 9);
    }
  });
});
