import { EMPTY_TEMPLATE } from "../../../src/core/sample";

describe("EMPTY_TEMPLATE", () => {
  test("it has the five default levels, top to bottom, without rows", () => {
    expect(EMPTY_TEMPLATE.levels).toEqual([
      { name: "Tujuan RPD", rows: [] },
      { name: "Tujuan OPD", rows: [] },
      { name: "Program", rows: [] },
      { name: "Kegiatan", rows: [] },
      { name: "Sub Kegiatan", rows: [] },
    ]);
  });

  test("its settings plan 2025–2029 and leave the names of the region and agency to fill in", () => {
    expect(EMPTY_TEMPLATE.settings).toEqual([
      ["Pemerintah Daerah", ""],
      ["Perangkat Daerah", ""],
      ["Tahun Awal", 2025],
      ["Tahun Akhir", 2029],
      ["Rumus Negatif", "Standar"],
    ]);
  });
});
