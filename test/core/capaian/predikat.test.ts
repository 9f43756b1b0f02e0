import { predikat, predikatLabel, PREDIKAT_BANDS } from "../../../src/core/capaian/predikat";
import { round2 } from "../../../src/core/capaian/round2";

describe("predikat(c)", () => {
  test.each([
    [233, "Sangat Tinggi"],
    [100, "Sangat Tinggi"],
    [90.01, "Sangat Tinggi"],
    [90, "Tinggi"],
    [75.01, "Tinggi"],
    [75, "Sedang"],
    [65.01, "Sedang"],
    [65, "Rendah"],
    [50.01, "Rendah"],
    [50, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-40, "Sangat Rendah"],
  ])("predikat(%p) is %p", (c, expected) => {
    expect(predikat(c)).toBe(expected);
  });

  test.each([
    [89.999, "Tinggi"],
    [90.005, "Sangat Tinggi"],
    [75.004, "Sedang"],
    [50.005, "Rendah"],
  ])("predikat(round2(%p)) judges the rounded value: %p", (c, expected) => {
    expect(predikat(round2(c))).toBe(expected);
  });

  test("predikatLabel gives Indonesian and English labels for every band", () => {
    expect(
      PREDIKAT_BANDS.map((b) => [predikatLabel(b.predikat, "id"), predikatLabel(b.predikat, "en")]),
    ).toEqual([
      ["Sangat Tinggi", "Very High"],
      ["Tinggi", "High"],
      ["Sedang", "Medium"],
      ["Rendah", "Low"],
      ["Sangat Rendah", "Very Low"],
    ]);
  });
});
