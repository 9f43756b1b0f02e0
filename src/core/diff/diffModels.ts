import { a1 } from "../a1";
import { buildModel, type Model } from "../model/buildModel";
import type { Indicator } from "../model/indicator";
import type { WorkbookData } from "../sheet";
import { fieldValues, type DiffYears, type FieldContext } from "./fieldValues";
import { matchIndicators } from "./matchIndicators";
import { sortChanges } from "./sortChanges";
import type { Change, ChangeCell, DiffOptions } from "./types";

/**
 * What changed between two versions of a workbook (SPEC §12).
 * @param oldData the earlier version's values
 * @param newData the later version's values
 * @param options `all`: also Realisasi and Keterangan
 * @returns the changes, sorted by level, then Kode; the same two workbooks always give the same list
 * @example diffWorkbooks(old, edited).map((c) => c.kind) // ["changed"]
 */
export function diffWorkbooks(
  oldData: WorkbookData,
  newData: WorkbookData,
  options: DiffOptions = {},
): Change[] {
  return diffModels(buildModel(oldData), buildModel(newData), options);
}

/**
 * What changed between two models: rows paired by Kode, then by text (re-coded); a changed
 * Kode Induk is `moved` unless it only follows its parent's re-code; then one `changed` per
 * field whose value, read as the engine reads it, differs.
 * @param oldModel the earlier version
 * @param newModel the later version
 * @param options `all`: also Realisasi and Keterangan
 * @returns the changes, sorted by level, then Kode
 * @example diffModels(buildModel(a), buildModel(b)).length // 0 for the same workbook
 */
export function diffModels(oldModel: Model, newModel: Model, options: DiffOptions = {}): Change[] {
  const all = options.all === true;
  const years = diffYears(oldModel, newModel);
  const m = matchIndicators(oldModel.indicators, newModel.indicators);
  const changes: Change[] = [];
  const levelName = (model: Model, ind: Indicator) => model.levels[ind.level]?.name ?? ind.sheet;
  const kodeCell = (model: Model, ind: Indicator, field: "kode" | "kodeInduk"): ChangeCell =>
    at(ind, model.levels[ind.level]?.columns?.fields[field] ?? 0);
  const order: number[] = [];
  const push = (c: Change, level: number) => {
    changes.push(c);
    order.push(level);
  };

  for (const ind of m.added) {
    push(
      {
        kind: "added",
        level: levelName(newModel, ind),
        kode: ind.kode,
        newCell: kodeCell(newModel, ind, "kode"),
      },
      ind.level,
    );
  }
  for (const ind of m.removed) {
    push(
      {
        kind: "removed",
        level: levelName(oldModel, ind),
        kode: ind.kode,
        oldCell: kodeCell(oldModel, ind, "kode"),
      },
      ind.level,
    );
  }
  for (const { old, new: nu, recoded } of m.pairs) {
    const level = levelName(newModel, nu);
    const base = { level, kode: nu.kode, ...(recoded ? { oldKode: old.kode } : {}) };
    if (recoded) {
      push(
        {
          kind: "recoded",
          ...base,
          field: "Kode",
          old: old.kode,
          new: nu.kode,
          oldCell: kodeCell(oldModel, old, "kode"),
          newCell: kodeCell(newModel, nu, "kode"),
        },
        nu.level,
      );
    }
    if (old.kodeInduk !== nu.kodeInduk && (m.kodeMap.get(old.kodeInduk) ?? old.kodeInduk) !== nu.kodeInduk) {
      push(
        {
          kind: "moved",
          ...base,
          field: "Kode Induk",
          old: old.kodeInduk || null,
          new: nu.kodeInduk || null,
          oldCell: kodeCell(oldModel, old, "kodeInduk"),
          newCell: kodeCell(newModel, nu, "kodeInduk"),
        },
        nu.level,
      );
    }
    const before = fieldValues(old, context(oldModel, old, years, nu.satuan, all));
    const after = fieldValues(nu, context(newModel, nu, years, nu.satuan, all));
    after.forEach((a, i) => {
      const b = before[i];
      if (!b || a.key === b.key) return;
      push(
        {
          kind: "changed",
          ...base,
          field: a.field,
          old: b.value,
          new: a.value,
          ...(b.col !== undefined ? { oldCell: at(old, b.col) } : {}),
          ...(a.col !== undefined ? { newCell: at(nu, a.col) } : {}),
        },
        nu.level,
      );
    });
  }
  return sortChanges(changes, order);
}

function context(model: Model, ind: Indicator, years: DiffYears, satuan: string, all: boolean): FieldContext {
  const row = model.levels[ind.level]?.sheet?.values[ind.row];
  return { columns: model.levels[ind.level]?.columns, years, satuan, all, rawAt: (col) => row?.[col] };
}

function at(ind: Indicator, col: number): ChangeCell {
  return { sheet: ind.sheet, cell: a1(ind.row, col) };
}

/** Every year with a Target, Realisasi or quarter column on any level of either version. */
function diffYears(a: Model, b: Model): DiffYears {
  const collect = (
    pick: (c: NonNullable<Model["levels"][number]["columns"]>) => ReadonlyMap<number, unknown>,
  ) => {
    const set = new Set<number>();
    for (const model of [a, b])
      for (const l of model.levels) if (l.columns) for (const y of pick(l.columns).keys()) set.add(y);
    return [...set].sort((x, y) => x - y);
  };
  return {
    targets: collect((c) => c.targets),
    realisasi: collect((c) => c.realisasi),
    quarters: collect((c) => c.quarters),
  };
}
