import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN019"], lang: "en" });

describe("POKIN019 the same Indikator appears twice under the same parent", () => {
  test("POKIN019 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN019 fires at the later Indikator cell, matching case- and space-insensitively", () => {
    const wb = cleanWorkbook((l) => {
      l[4]![1]!.indikator = "JUMLAH orang yang  mendapatkan\u00A0permakanan ";
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN019",
        severity: "warning",
        sheet: "Sub Kegiatan",
        cell: "D3",
        kode: "1.1.1.1.2",
        message:
          "[1.1.1.1.2] Indikator 'JUMLAH orang yang mendapatkan permakanan' already appears under the same parent at Kode 1.1.1.1.1.",
      },
    ]);
  });

  test("POKIN019 treats all level-1 rows as siblings, whatever their Kode Induk", () => {
    const wb = cleanWorkbook((l) => {
      l[0]!.push({ kode: "2", induk: "Misi 2", indikator: "Persentase penanganan PPKS", satuan: "%" });
    });
    expect(check(wb).map((f) => [f.sheet, f.cell, f.kode])).toEqual([["Tujuan RPD", "D3", "2"]]);
  });

  test("POKIN019 does not fire for the same Indikator under different parents", () => {
    const wb = cleanWorkbook((l) => {
      l[3]!.push({ kode: "1.1.1.2", induk: "1.1.1", indikator: "Jumlah lembaga" });
      l[4]!.push({
        kode: "1.1.1.2.1",
        induk: "1.1.1.2",
        indikator: "Jumlah orang yang mendapatkan permakanan",
      });
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN019 does not fire for two empty Indikator cells (POKIN009 reports those)", () => {
    const wb = cleanWorkbook((l) => {
      l[4]![0]!.indikator = " ";
      l[4]![1]!.indikator = "";
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN019 compares every row of a large family, and an empty first row matches nothing", () => {
    // 20 children of one parent: past a handful, siblings are kept by key, not listed.
    const wb = cleanWorkbook((l) => {
      l[4]!.length = 0;
      l[4]!.push({ kode: "1.1.1.1.0", induk: "1.1.1.1", indikator: "", satuan: "orang" });
      for (let i = 1; i <= 20; i++) {
        const indikator = i === 19 ? "JUMLAH  ANAK 3" : i === 20 ? "jumlah anak 18" : `Jumlah anak ${i}`;
        l[4]!.push({ kode: `1.1.1.1.${i}`, induk: "1.1.1.1", indikator, satuan: "orang" });
      }
    });
    expect(check(wb).map((f) => [f.cell, f.kode, f.message.match(/Kode (\S+)\.$/)?.[1]])).toEqual([
      ["D21", "1.1.1.1.19", "1.1.1.1.3"],
      ["D22", "1.1.1.1.20", "1.1.1.1.18"],
    ]);
  });
});
