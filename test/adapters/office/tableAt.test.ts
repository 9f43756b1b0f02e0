import { splitAddress, tableAt } from "../../../src/adapters/office/importRead";

describe("tableAt (a table's place from its range's address, for every Office read)", () => {
  test.each([
    ["Program!$A$1:$K$9", { sheet: "Program", bounds: { top: 0, left: 0, bottom: 8, right: 10 } }],
    [
      "'Program Bu''Ani'!B3:AA40",
      { sheet: "Program Bu'Ani", bounds: { top: 2, left: 1, bottom: 39, right: 26 } },
    ],
    ["'Catatan Reviu'!C5", { sheet: "Catatan Reviu", bounds: { top: 4, left: 2, bottom: 4, right: 2 } }],
  ])("%s", (address, place) => {
    expect(tableAt("tbl", address)).toEqual({ name: "tbl", ...place });
  });

  test("an address naming no cell gives no place", () => {
    expect(tableAt("tbl", "Program")).toBeUndefined();
    expect(splitAddress("Program")).toEqual({ sheet: "Program" });
  });
});
