import fc from "fast-check";
import { isPercentFormat, parseNumberText, readNumber } from "../../../src/core/values/number";

describe("readNumber(value) on empty and no-value cells", () => {
  test.each([null, undefined, "", "   ", "\u00A0", "-", "–", "—", "n/a", "N/A", "na", " - "])(
    "readNumber(%p) is empty",
    (value) => {
      expect(readNumber(value)).toEqual({ state: "empty" });
    },
  );
});

describe("readNumber(value) on real numbers", () => {
  test.each([0, 42, -3.5, 1234.5])("readNumber(%p) is that number", (value) => {
    expect(readNumber(value)).toEqual({ state: "number", value });
  });

  test("readNumber(NaN or Infinity) is invalid, not a number", () => {
    expect(readNumber(Number.NaN)).toEqual({ state: "invalid" });
    expect(readNumber(Number.POSITIVE_INFINITY)).toEqual({ state: "invalid" });
  });
});

describe("readNumber(text) reads numbers stored as text", () => {
  test.each<[string, number]>([
    ["12", 12],
    [" 12 ", 12],
    ["1.234,5", 1234.5],
    ["1.234.567,89", 1234567.89],
    ["1.234.567", 1234567],
    ["1.234", 1234],
    ["1,5", 1.5],
    ["1,234", 1.234],
    ["0.123", 0.123],
    ["12.5", 12.5],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["1,234,567.25", 1234567.25],
    ["75,5%", 75.5],
    ["75.5 %", 75.5],
    ["-5", -5],
    ["+5", 5],
    ["(5)", -5],
    ["Rp 1.500.000", 1500000],
    ["Rp. 2.500,50", 2500.5],
    ["1\u00A0234", 1234],
  ])("readNumber(%p) is text read as %p", (text, value) => {
    expect(readNumber(text)).toEqual({ state: "text", value });
  });

  test("Indonesian notation wins for a lone separator: '.' before three digits groups, ',' is the decimal mark", () => {
    expect([readNumber("2.500").value, readNumber("2,500").value]).toEqual([2500, 2.5]);
  });
});

describe("readNumber(value) on values that are no number", () => {
  test.each<unknown>([
    "abc",
    "12 orang",
    "sekitar 20",
    "1.2.3",
    "1,2,3",
    "1.234,5,6",
    ".",
    ",",
    "%",
    "Rp",
    true,
    false,
    new Date(Date.UTC(2025, 0, 1)),
    {},
    [1],
  ])("readNumber(%p) is invalid", (value) => {
    expect(readNumber(value)).toEqual({ state: "invalid" });
  });
});

describe("readNumber(value) on Excel error values", () => {
  test.each(["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#value!"])(
    "readNumber(%p) is an error, not invalid text",
    (value) => {
      expect(readNumber(value)).toEqual({ state: "error" });
    },
  );
});

describe("readNumber(value, format, percentUnit) scales percent-formatted numbers", () => {
  test("a cell formatted as % counts as 75.5 when the unit is %", () => {
    expect(readNumber(0.755, "0.0%", true)).toEqual({ state: "number", value: 75.5 });
  });

  test("scaling leaves no floating-point dust: 0.07 formatted 0% is exactly 7", () => {
    expect(readNumber(0.07, "0%", true)).toEqual({ state: "number", value: 7 });
    expect(readNumber(0.035, "0.00%", true)).toEqual({ state: "number", value: 3.5 });
  });

  test("no scaling when the unit is not % or the format is no percentage", () => {
    expect(readNumber(0.755, "0.0%", false)).toEqual({ state: "number", value: 0.755 });
    expect(readNumber(0.755, "0.000", true)).toEqual({ state: "number", value: 0.755 });
    expect(readNumber(0.755, undefined, true)).toEqual({ state: "number", value: 0.755 });
    expect(readNumber(75.5, '0.0"%"', true)).toEqual({ state: "number", value: 75.5 });
  });

  test("percent text is never scaled: '75,5%' is 75.5 whatever the format", () => {
    expect(readNumber("75,5%", "0%", true)).toEqual({ state: "text", value: 75.5 });
  });
});

describe("isPercentFormat(format)", () => {
  test.each<[string | undefined, boolean]>([
    ["0%", true],
    ["0.00%", true],
    ["#,##0.0%;[Red]-#,##0.0%", true],
    ['0.0"%"', false],
    ["0\\%", false],
    ["General", false],
    ["0.00", false],
    [undefined, false],
  ])("isPercentFormat(%p) is %p", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

describe("parseNumberText(text) against Intl's own formatting", () => {
  const ID = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
  const EN = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const amount = fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }))
    .map(([int, cents]) => Number(`${int}.${String(cents).padStart(2, "0")}`));

  test("every number Indonesian notation prints reads back as itself", () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(parseNumberText(ID.format(n))).toBe(n);
      }),
    );
  });

  test("every English-notation number with a decimal part reads back as itself", () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(parseNumberText(EN.format(n))).toBe(n);
      }),
    );
  });
});
