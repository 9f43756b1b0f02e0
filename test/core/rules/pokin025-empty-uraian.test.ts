import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN025"], lang: "en" });

describe("POKIN025 Uraian is empty on a row that has an Indikator", () => {
  test("POKIN025 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN025 fires as an error at the Uraian cell", () => {
    const wb = cleanWorkbook((l) => Object.assign(l[3]![0]!, { uraian: "  " }));
    expect(check(wb)).toEqual([
      {
        rule: "POKIN025",
        severity: "error",
        sheet: "Kegiatan",
        cell: "C2",
        kode: "1.1.1.1",
        message:
          "[1.1.1.1] Uraian is empty: indicator 'Jumlah penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya' has no Kegiatan statement it measures.",
      },
    ]);
  });

  test("POKIN025 does not fire when the Indikator is empty too (POKIN009's), nor without an Uraian column", () => {
    expect(check(cleanWorkbook((l) => Object.assign(l[4]![1]!, { uraian: "", indikator: "" })))).toEqual([]);
    const wb = cleanWorkbook((l) => Object.assign(l[4]![1]!, { uraian: "" }));
    const noColumn = {
      sheets: wb.sheets.map((s) =>
        s.name === "Sub Kegiatan"
          ? { ...s, values: s.values.map((r, i) => (i === 0 ? ["Kode", "Kode Induk", "Nama"] : r)) }
          : s,
      ),
    };
    expect(check(noColumn)).toEqual([]);
  });
});
