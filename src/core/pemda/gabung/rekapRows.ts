import { capaianOf } from "../../capaian/capaianOf";
import { PREDIKAT_BANDS, type Predikat } from "../../capaian/predikat";
import { isNumeric } from "../../capaian/realisasi";
import type { Model } from "../../model/buildModel";
import type { FileFinding, OpdFile } from "../types";

/** One row of the Rekap Perangkat Daerah sheet. */
export interface RekapRow {
  readonly opd: string;
  readonly file: string;
  readonly prefix: string;
  /** Indicators per level, from the OPD's own workbook. */
  readonly perLevel: readonly number[];
  readonly errors: number;
  readonly warnings: number;
  /** Share (0–1) of the period's target cells that hold a number, or undefined without any. */
  readonly targetsFilled?: number;
  /** Share (0–1) of the OPD's indicators per predikat in the report year, and without capaian. */
  readonly predikat: Readonly<Record<Predikat, number>>;
  readonly noCapaian: number;
}

/**
 * The numbers of the Rekap (SPEC §11), per OPD: indicators per level (its own workbook),
 * errors and warnings (its own check and the cross-workbook rules), and, over the rows it owns
 * in the Pemda workbook (the Pemda's period and report year), the share of targets filled and
 * the share of indicators per predikat.
 * @param model the Pemda workbook's model
 * @param opds the OPD summaries, in the order given
 * @param prefixes OPD file → Kode prefix
 * @param findings every finding of the batch
 * @returns one row per OPD
 * @example rekapRows(buildModel(pemda), opds, prefixes, findings)[0].targetsFilled // 0.8
 */
export function rekapRows(
  model: Model,
  opds: readonly OpdFile[],
  prefixes: ReadonlyMap<string, string>,
  findings: readonly FileFinding[],
): RekapRow[] {
  const { years, reportYear } = model.settings;
  const byPrefix = new Map<string, Model["indicators"][number][]>();
  for (const ind of model.indicators) {
    const i = ind.kode.indexOf(":");
    if (ind.level === 0 || i < 0) continue;
    const p = ind.kode.slice(0, i);
    const list = byPrefix.get(p);
    if (list) list.push(ind);
    else byPrefix.set(p, [ind]);
  }
  const byFile = new Map<string, FileFinding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  return opds.map((opd) => {
    const prefix = prefixes.get(opd.file) ?? "";
    const own = byPrefix.get(prefix) ?? [];
    let filled = 0;
    let noCapaian = 0;
    const counts = Object.fromEntries(PREDIKAT_BANDS.map((b) => [b.predikat, 0])) as Record<Predikat, number>;
    for (const ind of own) {
      for (const y of years) if (isNumeric(ind.targets.get(y))) filled++;
      const p = reportYear === undefined ? undefined : capaianOf(ind, reportYear, model.settings).predikat;
      if (p) counts[p]++;
      else noCapaian++;
    }
    const share = (n: number) => (own.length === 0 ? 0 : n / own.length);
    const mine = byFile.get(opd.file) ?? [];
    const expected = own.length * years.length;
    return {
      opd: opd.perangkatDaerah,
      file: opd.file,
      prefix,
      perLevel: opd.counts.perLevel,
      errors: mine.filter((f) => f.severity === "error").length,
      warnings: mine.filter((f) => f.severity === "warning").length,
      ...(expected > 0 ? { targetsFilled: filled / expected } : {}),
      predikat: Object.fromEntries(
        PREDIKAT_BANDS.map((b) => [b.predikat, share(counts[b.predikat])]),
      ) as Record<Predikat, number>,
      noCapaian: share(noCapaian),
    };
  });
}
