import { mergePieces } from "../../../src/core/plans/mergePieces";

describe("mergePieces", () => {
  test("a merge inside one page stays whole", () => {
    expect(mergePieces(5, 3, [20, 40])).toEqual([[5, 3]]);
  });
  test("a merge across page starts is cut at each, pieces covering it exactly", () => {
    expect(mergePieces(5, 40, [8, 20, 45, 60])).toEqual([
      [5, 3],
      [8, 12],
      [20, 25],
    ]);
  });
  test("a merge that starts on a page start is not cut there", () => {
    expect(mergePieces(20, 5, [8, 20, 22])).toEqual([
      [20, 2],
      [22, 3],
    ]);
  });
});
