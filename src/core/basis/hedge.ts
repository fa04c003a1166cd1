/**
 * DV01 hedge of a Treasury position with futures. The futures' DV01 is the CTD's DV01 divided by its
 * conversion factor, so hedge ratio HR = CF × DV01(bond) / DV01(CTD) futures face per bond face, and
 * contracts = HR × face / contract face.
 * Source: Burghardt et al., *The Treasury Bond Basis* (2005), ch. 4 ("Hedging with Treasury futures").
 */
import { badArg } from "../errors";

export interface Hedge {
  ratio: number;
  contracts: number;
}

/**
 * @example hedge(0.05954, 0.06895, 0.91, 20_000_000, 100_000) //=> { ratio: 0.78581, contracts: 157.16 }
 */
export function hedge(dv01Bond: number, dv01Ctd: number, cf: number, face: number, contractFace: number): Hedge {
  if (!(dv01Ctd > 0)) throw badArg("dv01_ctd", `must be a DV01 > 0 (got ${dv01Ctd})`);
  if (!(cf > 0)) throw badArg("cf", `must be a conversion factor > 0 (got ${cf})`);
  const ratio = (cf * dv01Bond) / dv01Ctd;
  return { ratio, contracts: (ratio * face) / contractFace };
}
