import { computeCapaian, type CapaianInput } from "../../../src/core/capaian/capaian";

describe("computeCapaian({ target, realisasi, polaritas, rumusNegatif })", () => {
  const cases: [string, CapaianInput, number | undefined][] = [
    ["Positif R/T×100", { target: 80, realisasi: 60, polaritas: "Positif" }, 75],
    ["Positif is not capped", { target: 30, realisasi: 70, polaritas: "Positif" }, 233.33],
    ["Positif rounds to two decimals", { target: 3, realisasi: 2, polaritas: "Positif" }, 66.67],
    ["Negatif Standar (2 − R/T)×100", { target: 80, realisasi: 60, polaritas: "Negatif" }, 125],
    [
      "Negatif Standar at target is 100",
      { target: 12.5, realisasi: 12.5, polaritas: "Negatif", rumusNegatif: "Standar" },
      100,
    ],
    [
      "Negatif Standar at twice the target is 0",
      { target: 10, realisasi: 20, polaritas: "Negatif", rumusNegatif: "Standar" },
      0,
    ],
    [
      "Negatif Standar goes below 0",
      { target: 10, realisasi: 25, polaritas: "Negatif", rumusNegatif: "Standar" },
      -50,
    ],
    [
      "Negatif Standar with R = 0 is 200",
      { target: 10, realisasi: 0, polaritas: "Negatif", rumusNegatif: "Standar" },
      200,
    ],
    [
      "Negatif Rasio T/R×100",
      { target: 80, realisasi: 60, polaritas: "Negatif", rumusNegatif: "Rasio" },
      133.33,
    ],
    [
      "Negatif Rasio with R = 0 has none",
      { target: 10, realisasi: 0, polaritas: "Negatif", rumusNegatif: "Rasio" },
      undefined,
    ],
    [
      "Rumus Negatif does not change Positif",
      { target: 80, realisasi: 60, polaritas: "Positif", rumusNegatif: "Rasio" },
      75,
    ],
    ["target 0 has none (not 0, not 100)", { target: 0, realisasi: 5, polaritas: "Positif" }, undefined],
    ["target 0 has none under Negatif", { target: 0, realisasi: 5, polaritas: "Negatif" }, undefined],
    ["missing realisasi has none", { target: 10, polaritas: "Positif" }, undefined],
    ["missing target has none", { realisasi: 10, polaritas: "Positif" }, undefined],
    ["realisasi 0 under Positif is 0", { target: 10, realisasi: 0, polaritas: "Positif" }, 0],
    ["a capaian of 90.005 rounds to 90.01", { target: 100, realisasi: 90.005, polaritas: "Positif" }, 90.01],
    ["a capaian of 89.999 rounds to 90", { target: 100, realisasi: 89.999, polaritas: "Positif" }, 90],
  ];
  test.each(cases)("%s", (_name, input, expected) => {
    expect(computeCapaian(input)).toBe(expected);
  });
});
