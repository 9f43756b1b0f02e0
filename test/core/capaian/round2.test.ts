import { round2 } from "../../../src/core/capaian/round2";

describe("round2(x)", () => {
  test.each([
    [90.005, 90.01],
    [89.995, 90],
    [89.999, 90],
    [75.005, 75.01],
    [1.005, 1.01],
    [2.675, 2.68],
    [0.125, 0.13],
    [233.3333333, 233.33],
    [100, 100],
    [0, 0],
    [-2.345, -2.35],
    [-0.004, 0],
    [-150, -150],
    [(0.1 + 0.2) * 100, 30],
    [(90.005 / 100) * 100, 90.01],
    [1e-9, 0],
    [123456789012.345, 123456789012.35],
  ])("round2(%p) is %p (half away from zero, on the decimal digits)", (x, expected) => {
    expect(round2(x)).toBe(expected);
  });

  test("round2 never returns negative zero", () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(Object.is(round2(-0), 0)).toBe(true);
  });

  test("round2 returns non-finite input unchanged", () => {
    expect(round2(Infinity)).toBe(Infinity);
    expect(Number.isNaN(round2(NaN))).toBe(true);
  });
});
