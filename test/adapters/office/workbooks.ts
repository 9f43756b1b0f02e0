import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, type RowSpec } from "../../helpers/workbook";
import { FakeExcel, type FakeExcelOptions } from "./fakeExcel";

/**
 * A clean workbook with `n` indicators: the chain 1 → 1.1 → 1.1.1 → 1.1.1.1 and n − 4
 * Sub Kegiatan under it. `edit` may change each Sub Kegiatan row (to make findings).
 */
export function workbookOf(n: number, edit?: (spec: RowSpec, i: number) => RowSpec): WorkbookData {
  return cleanWorkbook((levels) => {
    const template = levels[4]![0]!;
    levels[4] = Array.from({ length: n - 4 }, (_, i) => {
      const spec = { ...template, kode: `1.1.1.1.${i + 1}`, indikator: `Jumlah penerima ${i + 1}` };
      return edit ? edit(spec, i) : spec;
    });
  });
}

/** A fake Excel holding these sheets. */
export function fakeWith(workbook: WorkbookData, options?: FakeExcelOptions): FakeExcel {
  const excel = new FakeExcel(options);
  for (const sheet of workbook.sheets) excel.addSheet(sheet.name, sheet.values);
  return excel;
}

/** Capabilities of an Excel that has (or lacks) ExcelApi 1.9. */
export const WITH_SHAPES = { excelApi: (minor: number) => minor <= 9 };
export const WITHOUT_SHAPES = { excelApi: (minor: number) => minor <= 7 };
