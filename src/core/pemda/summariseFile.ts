import { capaianOf } from "../capaian/capaianOf";
import { PREDIKAT_BANDS, type Predikat } from "../capaian/predikat";
import { isNumeric } from "../capaian/realisasi";
import type { Model } from "../model/buildModel";
import type { Indicator } from "../model/indicator";
import { readSettings } from "../model/settings";
import type { Finding } from "../rules/types";
import { SETTINGS_SHEET } from "../sheets";
import { nameKey } from "../text";
import { foldText } from "./fold";
import type { Level1Row, OpdCounts, OpdFile } from "./types";

/**
 * The compact summary of one checked workbook that the cross-workbook rules and the Rekap
 * need (SPEC §11): its Perangkat Daerah, level-1 rows, lowest-level Kode Nomenklatur,
 * Crosscutting entries, folded Indikator texts and counts. A worker thread sends this back
 * instead of the workbook.
 * @param model the workbook's model
 * @param findings the workbook's own findings
 * @param file the path as the user gave it
 * @returns the summary
 * @example summariseFile(buildModel(data), checkWorkbook(data), "dinsos.xlsx").perangkatDaerah
 */
export function summariseFile(model: Model, findings: readonly Finding[], file: string): OpdFile {
  const { settings } = model;
  const opdCell = perangkatDaerahCell(model);
  const top = model.levels[0];
  const lowest = model.levels[model.levels.length - 1];
  const supported = new Set<string>();
  for (const ind of model.levels[1]?.indicators ?? []) if (ind.parent) supported.add(ind.parent.kode);
  return {
    file,
    perangkatDaerah: settings.perangkatDaerah,
    pemerintahDaerah: settings.pemerintahDaerah,
    opdCell,
    levels: model.levels.map((l) => l.sheet?.name ?? l.name),
    ...(settings.tahunAwal !== undefined ? { tahunAwal: settings.tahunAwal } : {}),
    ...(settings.tahunAkhir !== undefined ? { tahunAkhir: settings.tahunAkhir } : {}),
    ...(settings.reportYear !== undefined ? { reportYear: settings.reportYear } : {}),
    rumusNegatif: settings.rumusNegatif,
    level1: (top?.indicators ?? []).map((ind) => level1Row(ind, top?.columns?.fields ?? {})),
    supported: [...supported],
    nomenklatur: (lowest && lowest !== top ? lowest.indicators : [])
      .filter((ind) => ind.kodeNomenklatur !== "")
      .map((ind) => ({
        ...cellOf(ind, lowest?.columns?.fields.kodeNomenklatur),
        kode: ind.kode,
        nomenklatur: ind.kodeNomenklatur.replace(/\s+/g, ""),
        crosscutting: ind.crosscutting,
      })),
    crosscutting: model.indicators
      .filter((ind) => ind.crosscutting.length > 0)
      .map((ind) => ({
        ...cellOf(ind, model.levels[ind.level]?.columns?.fields.crosscutting),
        kode: ind.kode,
        indikator: foldText(ind.indikator),
        names: ind.crosscutting,
      })),
    indikatorKeys: [...new Set(model.indicators.map((i) => foldText(i.indikator)).filter((k) => k !== ""))],
    counts: countsOf(model, findings),
  };
}

function cellOf(ind: Indicator, col: number | undefined): { sheet: string; row: number; col: number } {
  return { sheet: ind.sheet, row: ind.row, col: col ?? 0 };
}

function level1Row(ind: Indicator, fields: Partial<Record<string, number>>): Level1Row {
  const targets: [number, number, number][] = [];
  for (const [year, cell] of ind.targets) if (isNumeric(cell)) targets.push([year, cell.value, cell.col]);
  return {
    ...cellOf(ind, fields.kode),
    kode: ind.kode,
    uraian: ind.uraian,
    indikator: ind.indikator,
    satuan: ind.satuan,
    cols: { uraian: fields.uraian, indikator: fields.indikator, satuan: fields.satuan },
    targets,
  };
}

/** The cell of Pengaturan's Perangkat Daerah value, or A1 of Pengaturan when it has none. */
function perangkatDaerahCell(model: Model): { sheet: string; row: number; col: number } {
  const sheet = model.settingsSheet?.name ?? SETTINGS_SHEET;
  const cell = readSettings(model.settingsSheet).cells.get(nameKey("Perangkat Daerah"));
  return { sheet, row: cell?.row ?? 0, col: cell?.col ?? 0 };
}

function countsOf(model: Model, findings: readonly Finding[]): OpdCounts {
  const { years, reportYear } = model.settings;
  let targetsFilled = 0;
  let noCapaian = 0;
  const predikat = Object.fromEntries(PREDIKAT_BANDS.map((b) => [b.predikat, 0])) as Record<Predikat, number>;
  for (const ind of model.indicators) {
    for (const y of years) if (isNumeric(ind.targets.get(y))) targetsFilled++;
    const p = reportYear === undefined ? undefined : capaianOf(ind, reportYear, model.settings).predikat;
    if (p) predikat[p]++;
    else noCapaian++;
  }
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return {
    perLevel: model.levels.map((l) => l.indicators.length),
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    targetsFilled,
    targetsExpected: model.indicators.length * years.length,
    predikat,
    noCapaian,
  };
}
