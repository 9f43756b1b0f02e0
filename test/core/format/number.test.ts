import { formatCount, formatNumber, isSingular } from "../../../src/core/format/number";

describe("formatNumber: numbers as people read them, in the workbook's language", () => {
  test("halves round up on the decimal a person sees, where toFixed rounds the double down", () => {
    // The doubles nearest 1.005, 2.675 and 90.005 lie just below them: toFixed gives 1.00, 2.67, 90.00.
    expect([1.005, 2.675, 90.005, 1.045].map((n) => (n as number).toFixed(2))).toEqual([
      "1.00",
      "2.67",
      "90.00",
      "1.04",
    ]);
    expect([1.005, 2.675, 90.005, 1.045].map((n) => formatNumber(n, "id"))).toEqual([
      "1,01",
      "2,68",
      "90,01",
      "1,05",
    ]);
    expect([1.005, 2.675, 90.005, 1.045].map((n) => formatNumber(n, "en"))).toEqual([
      "1.01",
      "2.68",
      "90.01",
      "1.05",
    ]);
  });

  test("Indonesian and English notation: grouping, decimals, trailing zeros dropped, sign", () => {
    const values = [1234.5, 1000000, 0.125, -2.5, 80, 0.1 + 0.2, 12345678.905, 99.999];
    expect(values.map((n) => formatNumber(n, "id"))).toEqual([
      "1.234,5",
      "1.000.000",
      "0,13",
      "-2,5",
      "80",
      "0,3",
      "12.345.678,91",
      "100",
    ]);
    expect(values.map((n) => formatNumber(n, "en"))).toEqual([
      "1,234.5",
      "1,000,000",
      "0.13",
      "-2.5",
      "80",
      "0.3",
      "12,345,678.91",
      "100",
    ]);
  });

  test("a negative that rounds to zero is 0, not -0; non-finite values give nothing", () => {
    expect([-0.001, -0, -0.004].map((n) => formatNumber(n, "id"))).toEqual(["0", "0", "0"]);
    expect([-0.005].map((n) => formatNumber(n, "en"))).toEqual(["-0.01"]);
    expect([NaN, Infinity, -Infinity].map((n) => formatNumber(n, "en"))).toEqual(["", "", ""]);
  });

  test("other precisions and counts", () => {
    expect(formatNumber(2.6751, "en", 3)).toBe("2.675");
    expect(formatCount(12000, "id")).toBe("12.000");
    expect(formatCount(12000, "en")).toBe("12,000");
    expect(formatCount(2.5, "en")).toBe("3");
  });

  test("English counts take the singular only for one; Indonesian never inflects", () => {
    expect([0, 1, 2, 21, 1.5].map((n) => isSingular(n, "en"))).toEqual([false, true, false, false, false]);
    expect([0, 1, 2].map((n) => isSingular(n, "id"))).toEqual([false, false, false]);
  });
});
