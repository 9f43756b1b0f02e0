import type { ChoiceBounds } from "../../core/actions";
import type { Model } from "../../core/model/buildModel";

/**
 * What Buat's options need of the model (the model itself stays in the worker): the period,
 * Tahun Laporan and the levels (to keep a choice valid), and every Kode with its Uraian, first
 * occurrence, in sheet order (the subtree picker's list).
 */
export interface ModelSummary extends ChoiceBounds {
  readonly kodes: readonly { readonly kode: string; readonly uraian: string }[];
}

/**
 * What Buat's options need of a model.
 * @example modelSummary(buildModel(data)).kodes[0]?.kode
 */
export function modelSummary(model: Model): ModelSummary {
  const seen = new Set<string>();
  const kodes: { kode: string; uraian: string }[] = [];
  for (const ind of model.indicators) {
    if (ind.kode === "" || seen.has(ind.kode)) continue;
    seen.add(ind.kode);
    kodes.push({ kode: ind.kode, uraian: ind.uraian });
  }
  const { years, reportYear } = model.settings;
  return {
    settings: { years: [...years], ...(reportYear !== undefined ? { reportYear } : {}) },
    levels: { length: model.levels.length },
    kodes,
  };
}
