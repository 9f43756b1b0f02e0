import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN018"], lang: "en" });

describe("POKIN018 Polaritas is neither Positif nor Negatif", () => {
  test("POKIN018 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN018 fires at the Polaritas cell, saying it is read as Positif and what is accepted", () => {
    const wb = cleanWorkbook((l) => {
      l[4]![1]!.polaritas = "Tinggi";
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN018",
        severity: "warning",
        sheet: "Sub Kegiatan",
        cell: "F3",
        kode: "1.1.1.1.2",
        message:
          "[1.1.1.1.2] Polaritas 'Tinggi' is not recognised and is read as Positif. Accepted: Positif, Negatif, +, -, Naik, Turun, Maksimal, Minimal, Max, Min.",
      },
    ]);
  });

  test("POKIN018 does not fire on the accepted words, whatever their case and spacing, nor on empty", () => {
    const words = ["NEGATIF ", "Naik", "−", "+", "", " minimal"];
    const wb = cleanWorkbook((l) => {
      l[0]![0]!.polaritas = words[0];
      l[1]![0]!.polaritas = words[1];
      l[2]![0]!.polaritas = words[2];
      l[3]![0]!.polaritas = words[3];
      l[4]![0]!.polaritas = words[4];
      l[4]![1]!.polaritas = words[5];
    });
    expect(check(wb)).toEqual([]);
  });
});
