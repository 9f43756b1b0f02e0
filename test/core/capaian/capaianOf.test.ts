import { capaianOf, NO_CAPAIAN_REASONS } from "../../../src/core/capaian/capaianOf";
import type { RowSpec } from "../../helpers/workbook";
import { oneIndicator } from "./build";

function of(spec: RowSpec, rumus?: string): unknown {
  const { model, ind } = oneIndicator(spec, {
    quarters: true,
    settings: rumus ? [["Rumus Negatif", rumus]] : [],
  });
  return capaianOf(ind, 2025, model.settings);
}

const t = (target: unknown, realisasi?: unknown): RowSpec => ({
  targets: { 2025: target },
  ...(realisasi !== undefined ? { realisasi: { 2025: realisasi } } : {}),
});

describe("capaianOf(indicator, year, settings)", () => {
  test.each<[string, RowSpec, unknown]>([
    [
      "band edge 90 is Tinggi",
      t(100, 90),
      { target: 100, realisasi: 90, realisasiFrom: "realisasi", capaian: 90, predikat: "Tinggi" },
    ],
    [
      "band edge 90.01 is Sangat Tinggi",
      t(100, 90.01),
      {
        target: 100,
        realisasi: 90.01,
        realisasiFrom: "realisasi",
        capaian: 90.01,
        predikat: "Sangat Tinggi",
      },
    ],
    [
      "89.999 rounds to 90: Tinggi",
      t(100, 89.999),
      { target: 100, realisasi: 89.999, realisasiFrom: "realisasi", capaian: 90, predikat: "Tinggi" },
    ],
    [
      "band edge 75 is Sedang",
      t(200, 150),
      { target: 200, realisasi: 150, realisasiFrom: "realisasi", capaian: 75, predikat: "Sedang" },
    ],
    [
      "band edge 75.01 is Tinggi",
      t(100, 75.01),
      { target: 100, realisasi: 75.01, realisasiFrom: "realisasi", capaian: 75.01, predikat: "Tinggi" },
    ],
    [
      "band edge 65 is Rendah",
      t(100, 65),
      { target: 100, realisasi: 65, realisasiFrom: "realisasi", capaian: 65, predikat: "Rendah" },
    ],
    [
      "band edge 65.01 is Sedang",
      t(100, 65.01),
      { target: 100, realisasi: 65.01, realisasiFrom: "realisasi", capaian: 65.01, predikat: "Sedang" },
    ],
    [
      "band edge 50 is Sangat Rendah",
      t(10, 5),
      { target: 10, realisasi: 5, realisasiFrom: "realisasi", capaian: 50, predikat: "Sangat Rendah" },
    ],
    [
      "band edge 50.01 is Rendah",
      t(100, 50.01),
      { target: 100, realisasi: 50.01, realisasiFrom: "realisasi", capaian: 50.01, predikat: "Rendah" },
    ],
    [
      "no cap: 233.33 stays",
      t(30, 70),
      { target: 30, realisasi: 70, realisasiFrom: "realisasi", capaian: 233.33, predikat: "Sangat Tinggi" },
    ],
    [
      "target 0 has no capaian",
      t(0, 5),
      { target: 0, realisasi: 5, realisasiFrom: "realisasi", reason: "targetZero" },
    ],
    [
      "empty target has no capaian",
      t("", 5),
      { realisasi: 5, realisasiFrom: "realisasi", reason: "noTarget" },
    ],
    [
      "unreadable target has no capaian",
      t("banyak", 5),
      { realisasi: 5, realisasiFrom: "realisasi", reason: "targetNotNumeric" },
    ],
    ["missing realisasi has no capaian", t(10), { target: 10, reason: "noRealisasi" }],
    ["unreadable realisasi has no capaian", t(10, "#DIV/0!"), { target: 10, reason: "realisasiNotNumeric" }],
    [
      "a target stored as text gives no capaian, as a spreadsheet formula gives none (POKIN013 says so)",
      t("100", 75.5),
      { realisasi: 75.5, realisasiFrom: "realisasi", reason: "targetText" },
    ],
    [
      "a realisasi stored as text gives no capaian either",
      t(100, "75,5"),
      { target: 100, reason: "realisasiText" },
    ],
    [
      "Kumulatif quarters with gaps (TW1 + TW3) feed the capaian",
      { sifat: "Kumulatif", targets: { 2025: 40 }, quarters: { 2025: [10, "", 20, ""] } },
      { target: 40, realisasi: 30, realisasiFrom: "quarters", capaian: 75, predikat: "Sedang" },
    ],
    [
      "Akhir quarters with gaps (TW3) feed the capaian",
      { sifat: "Akhir", targets: { 2025: 40 }, quarters: { 2025: [10, "", 20, ""] } },
      { target: 40, realisasi: 20, realisasiFrom: "quarters", capaian: 50, predikat: "Sangat Rendah" },
    ],
  ])("%s", (_name, spec, expected) => {
    expect(of(spec)).toEqual(expected);
  });

  test.each<[string, string | undefined, unknown, unknown]>([
    ["Standar by default", undefined, 15, { capaian: 50, predikat: "Sangat Rendah" }],
    ["Standar when set", "Standar", 8, { capaian: 120, predikat: "Sangat Tinggi" }],
    ["Standar below 0", "Standar", 25, { capaian: -50, predikat: "Sangat Rendah" }],
    ["Rasio when set", "Rasio", 8, { capaian: 125, predikat: "Sangat Tinggi" }],
    ["Rasio at 20 of 10 is 50", "Rasio", 20, { capaian: 50, predikat: "Sangat Rendah" }],
  ])("a Negatif indicator of target 10 uses %s", (_name, rumus, realisasi, expected) => {
    const result = of({ polaritas: "Negatif", ...t(10, realisasi) }, rumus);
    expect(result).toEqual({ target: 10, realisasi, realisasiFrom: "realisasi", ...(expected as object) });
  });

  test("a Negatif indicator under Rasio with realisasi 0 has no capaian", () => {
    expect(of({ polaritas: "Turun", ...t(10, 0) }, "Rasio")).toEqual({
      target: 10,
      realisasi: 0,
      realisasiFrom: "realisasi",
      reason: "realisasiZero",
    });
  });

  test("every reason has an Indonesian and an English message", () => {
    for (const m of Object.values(NO_CAPAIAN_REASONS)) {
      expect(m.id.length).toBeGreaterThan(0);
      expect(m.en.length).toBeGreaterThan(0);
      expect(m.id).not.toBe(m.en);
    }
  });
});
