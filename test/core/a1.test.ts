import fc from "fast-check";
import { a1, columnLetters, parseA1 } from "../../src/core/a1";

describe("A1 addresses", () => {
  test("columns are spelled as Excel spells them, the same on every call", () => {
    const cols = [0, 25, 26, 51, 701, 702, 16383];
    const spelled = ["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"];
    expect(cols.map(columnLetters)).toEqual(spelled);
    expect(cols.map(columnLetters)).toEqual(spelled);
  });

  test("property: a1 and parseA1 are inverse over Excel's grid", () => {
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16383), (row, col) => {
        expect(parseA1(a1(row, col))).toEqual({ row, col });
      }),
    );
  });
});
