import {
  capaianSheetName,
  isGeneratedSheet,
  isReservedSheet,
  pokinSheetOf,
  POKIN_SHEETS,
} from "../../src/core/sheets";

describe("the list of Pokin's own sheets", () => {
  test("isGeneratedSheet knows the sheets of SPEC §3.3, §11, §12 and the backups of §6, nothing else", () => {
    const names = [
      "Pohon  Kinerja",
      "CASCADING",
      "Hasil Pemeriksaan",
      "Capaian 2026",
      "Cadangan Program x",
      "Perubahan",
      "Rekap Perangkat Daerah",
      "Capaian",
      "Capaian 26",
      "Program",
      "Pengaturan",
      "Catatan Reviu",
    ];
    expect(names.map(isGeneratedSheet)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  test("isReservedSheet(name) adds Pokin's input sheets that are not levels", () => {
    expect(
      ["pengaturan", "Referensi  Nomenklatur", "Catatan Reviu", "Cascading", "Program"].map(isReservedSheet),
    ).toEqual([true, true, true, true, false]);
  });

  test("pokinSheetOf(name) gives the entry by its key, and capaianSheetName(year) is found again", () => {
    expect(pokinSheetOf(capaianSheetName(2031))?.key).toBe("capaian");
    expect(pokinSheetOf("Hasil Pemeriksaan")?.key).toBe("report");
    expect(new Set(POKIN_SHEETS.map((s) => s.key)).size).toBe(POKIN_SHEETS.length);
  });
});
