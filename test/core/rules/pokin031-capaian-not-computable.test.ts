import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, settingsSheet, withSheet, type RowSpec } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN031"], lang: "en" });
const withRumus = (rumus: string, spec: Partial<RowSpec>) =>
  withSheet(
    cleanWorkbook((l) => Object.assign(l[4]![0]!, spec)),
    settingsSheet([
      ["Tahun Awal", 2025],
      ["Tahun Akhir", 2027],
      ["Rumus Negatif", rumus],
    ]),
  );

describe("POKIN031 a capaian cannot be computed although target and realisasi are given", () => {
  test("POKIN031 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN031 fires as info at the Realisasi cell of a Negatif indicator with realisasi 0 under Rasio", () => {
    expect(check(withRumus("Rasio", { polaritas: "Negatif", realisasi: { 2025: 0, 2026: 4 } }))).toEqual([
      {
        rule: "POKIN031",
        severity: "info",
        sheet: "Sub Kegiatan",
        cell: "M2",
        kode: "1.1.1.1.1",
        message:
          "[1.1.1.1.1] Realisasi 2025 is 0: the Negatif Rasio formula (Target / Realisasi) cannot compute a capaian.",
      },
    ]);
  });

  test("POKIN031 stays silent under Standar, for Positif, and for a missing realisasi or target", () => {
    expect(check(withRumus("Standar", { polaritas: "Negatif", realisasi: { 2025: 0 } }))).toEqual([]);
    expect(check(withRumus("Rasio", { polaritas: "Positif", realisasi: { 2025: 0 } }))).toEqual([]);
    expect(check(withRumus("Rasio", { polaritas: "Negatif", realisasi: { 2025: "" } }))).toEqual([]);
    const noTarget = {
      polaritas: "Negatif",
      targets: { 2025: "", 2026: 5, 2027: 4 },
      realisasi: { 2025: 0 },
    };
    expect(check(withRumus("Rasio", noTarget))).toEqual([]);
  });
});
