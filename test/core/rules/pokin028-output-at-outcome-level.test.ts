import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, levelSheet, settingsSheet } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN028"], lang: "en" });

describe("POKIN028 an output-worded indicator on a level above Kegiatan", () => {
  test("POKIN028 gives nothing on the clean workbook (its 'Jumlah …' indicators sit on Kegiatan and Sub Kegiatan)", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN028 fires at the Indikator cell of an output on Program and on Tujuan OPD", () => {
    const wb = cleanWorkbook((l) => {
      Object.assign(l[2]![0]!, { indikator: "Terselenggaranya rehabilitasi sosial", satuan: "kegiatan" });
      Object.assign(l[1]![0]!, { indikator: "Tersedianya data PMKS", satuan: "dokumen" });
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN028",
        severity: "warning",
        sheet: "Tujuan OPD",
        cell: "D2",
        kode: "1.1",
        message:
          "[1.1] Indicator 'Tersedianya …' is an output; indicators of level 'Tujuan OPD' should be outcomes.",
      },
      {
        rule: "POKIN028",
        severity: "warning",
        sheet: "Program",
        cell: "D2",
        kode: "1.1.1",
        message:
          "[1.1.1] Indicator 'Terselenggaranya …' is an output; indicators of level 'Program' should be outcomes.",
      },
    ]);
  });

  test("POKIN028 finds the Kegiatan level by name when Pengaturan names the levels", () => {
    const wb: WorkbookData = {
      sheets: [
        settingsSheet([
          ["Level 1", "Sasaran"],
          ["Level 2", "Program"],
          ["Level 3", "Kegiatan"],
          ["Level 4", "Sub Kegiatan"],
          ["Level 5", "Aksi"],
        ]),
        levelSheet("Sasaran", [{ kode: "1", indikator: "Jumlah kunjungan wisata" }]),
        levelSheet("Program", [{ kode: "1.1", induk: "1", indikator: "Persentase layanan" }]),
        levelSheet("Kegiatan", [{ kode: "1.1.1", induk: "1.1", indikator: "Jumlah layanan" }]),
        levelSheet("Sub Kegiatan", [{ kode: "1.1.1.1", induk: "1.1.1", indikator: "Terlaksananya layanan" }]),
        levelSheet("Aksi", [{ kode: "1.1.1.1.1", induk: "1.1.1.1", indikator: "Banyaknya kunjungan" }]),
      ],
    };
    expect(check(wb).map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Sasaran!D2"]);
  });

  test("POKIN028 stays silent on outcomes above Kegiatan and on a word that only starts like one", () => {
    const wb = cleanWorkbook((l) => {
      Object.assign(l[2]![0]!, { indikator: "Meningkatnya jumlah penerima layanan", satuan: "%" });
      Object.assign(l[1]![0]!, { indikator: "Jumlahan indeks", satuan: "indeks" });
    });
    expect(check(wb)).toEqual([]);
  });
});
