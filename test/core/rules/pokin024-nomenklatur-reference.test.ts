import { checkWorkbook } from "../../../src/core/rules";
import type { SheetData, WorkbookData } from "../../../src/core/sheet";
import { ANNEX_HEADER } from "../../helpers/annexHeader";
import { cleanWorkbook, type RowSpec } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN024"], lang: "en" });

/** Code in one column, under a title row, as some Bappeda hand it out. */
const SINGLE: SheetData = {
  name: "Referensi Nomenklatur",
  values: [
    ["Lampiran Kepmendagri 900.1.15.5-1317 Tahun 2023"],
    ["Kode", "Nomenklatur", "Kinerja", "Indikator", "Satuan"],
    ["1.06.04", "Program Rehabilitasi Sosial", "", "", ""],
    ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Terpenuhinya permakanan", "Jumlah orang", "Orang"],
    ["1.06.04.2.01.0002", "Penyediaan Sandang", "Terpenuhinya sandang", "Jumlah paket", "Paket"],
  ],
};

/** Code split over five cells with numbers stored as numbers, as in the Kepmendagri annex. */
const SPLIT: SheetData = {
  name: "referensi  nomenklatur",
  values: [
    [...ANNEX_HEADER],
    [
      "X",
      "XX",
      1,
      "2.01",
      1,
      "Penyusunan Dokumen Perencanaan",
      "Tersusunnya dokumen",
      "Jumlah dokumen",
      "Dokumen",
    ],
    [1, 6, 4, null, null, "PROGRAM REHABILITASI SOSIAL"],
    [1, 6, 4, "2.01", 1, "Penyediaan  Permakanan", "Terpenuhinya permakanan", "Jumlah orang", "Orang"],
    [1, 6, 4, 2.01, 2, "Penyediaan Sandang", "Terpenuhinya sandang", "Jumlah orang", "Orang"],
  ],
};

const withReference = (ref: SheetData, edit?: (subs: RowSpec[]) => void): WorkbookData => {
  const wb = cleanWorkbook((l) => edit?.(l[4]!));
  return { sheets: [...wb.sheets, ref] };
};

describe("POKIN024 a Sub Kegiatan's Kode Nomenklatur or Satuan disagrees with Referensi Nomenklatur", () => {
  test("POKIN024 gives nothing on the clean workbook, which has no reference sheet", () => {
    expect(check(cleanWorkbook((l) => (l[4]![0]!.nomenklatur = "9.99.99.9.99.9999")))).toEqual([]);
  });

  test("POKIN024 fires at the Satuan cell when the unit differs from the reference (one-column codes)", () => {
    expect(check(withReference(SINGLE))).toEqual([
      {
        rule: "POKIN024",
        severity: "warning",
        sheet: "Sub Kegiatan",
        cell: "E3",
        kode: "1.1.1.1.2",
        message:
          "[1.1.1.1.2] Satuan 'orang' differs from the reference for 1.06.04.2.01.0002 Penyediaan Sandang: 'Paket'.",
      },
    ]);
  });

  test("POKIN024 fires at the Kode Nomenklatur cell of a code the reference does not list", () => {
    const wb = withReference(SPLIT, (subs) => {
      subs[1]!.nomenklatur = "1.06.04.2.01.0099";
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN024",
        severity: "warning",
        sheet: "Sub Kegiatan",
        cell: "H3",
        kode: "1.1.1.1.2",
        message: "[1.1.1.1.2] Kode Nomenklatur '1.06.04.2.01.0099' is not in sheet referensi  nomenklatur.",
      },
    ]);
  });

  test("POKIN024 reads five-cell codes with numeric cells and matches units case-insensitively", () => {
    expect(check(withReference(SPLIT))).toEqual([]);
  });

  test("POKIN024 matches a support-program code against the X.XX placeholders of the reference", () => {
    const wb = withReference(SPLIT, (subs) => {
      subs[0]!.nomenklatur = "1.06.01.2.01.0001";
      subs[0]!.satuan = "dokumen";
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN024 checks only the lowest level and skips empty codes and empty units", () => {
    const wb = cleanWorkbook((l) => {
      l[3]![0]!.nomenklatur = "1.06.04.2.09";
      l[4]![0]!.nomenklatur = "";
      l[4]![1]!.satuan = "";
    });
    expect(check({ sheets: [...wb.sheets, SINGLE] })).toEqual([]);
  });

  test("POKIN024 gives one finding at A1 of a reference sheet without a recognisable header", () => {
    const bad: SheetData = {
      name: "Referensi Nomenklatur",
      values: [
        ["A", "B"],
        ["1.06.04.2.01.0001", "Orang"],
      ],
    };
    expect(check(withReference(bad)).map((f) => [f.sheet, f.cell, f.kode])).toEqual([
      ["Referensi Nomenklatur", "A1", undefined],
    ]);
  });
});
