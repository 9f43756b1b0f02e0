import { stackedPick } from "../../../src/core/import/read/stackedPick";

describe("stackedPick(cell, indicators, index)", () => {
  test("pairs values stacked per line or by ';' with the indicators in order", () => {
    expect([stackedPick("80%\n85%", 2, 1), stackedPick("80; 120", 2, 0)]).toEqual([
      { value: "85%", how: "paired", parts: 2 },
      { value: "80", how: "paired", parts: 2 },
    ]);
  });

  test("gives a cell that is not stacked to every indicator, numbers included", () => {
    expect([stackedPick("65", 3, 2), stackedPick(65, 3, 2)]).toEqual([
      { value: "65", how: "one", parts: 1 },
      { value: 65, how: "one", parts: 1 },
    ]);
  });

  test("reads a stacked cell whose count disagrees as a mismatch, never as one glued number", () => {
    expect([stackedPick("60\n70", 3, 0), stackedPick("60\n70", 1, 0)]).toEqual([
      { value: undefined, how: "mismatch", parts: 2 },
      { value: undefined, how: "mismatch", parts: 2 },
    ]);
  });
});
