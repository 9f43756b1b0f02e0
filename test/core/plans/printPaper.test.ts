import { columnsPoints, MIN_PRINTED_FONT, tablePaper } from "../../../src/core/plans/printPaper";

/** The printed font size of a table fitted to `pages` landscape pages of a paper. */
function printed(widths: number[], fontSize: number, paper: "A4" | "A3", pages = 1): number {
  const printable = { A4: 841.89 - 100.8, A3: 1190.55 - 100.8 }[paper] * pages;
  return Math.min(fontSize, (fontSize * printable) / columnsPoints(widths));
}

describe("tablePaper", () => {
  test("columnsPoints follows Excel's 7 px per character plus 5 px of padding at 96 dpi", () => {
    expect(columnsPoints([10])).toBe(56.25);
    expect(columnsPoints([10, 10])).toBe(112.5);
  });

  test.each([
    ["the Capaian table", [5, 14, 40, 44, 11, 11, 11, 12, 15, 16], 11, { paperSize: "A4", fitToWidth: true }],
    [
      "a five-level Cascading matrix",
      Array(5).fill([8, 17, 20, 8, 7]).flat(),
      10,
      { paperSize: "A3", fitToWidth: true },
    ],
    ["a ten-level matrix", Array(10).fill([8, 17, 20, 8, 7]).flat(), 10, { paperSize: "A3", pagesWide: 2 }],
  ])("%s prints on the smallest paper that keeps its text readable", (_, widths, size, paper) => {
    const plan = tablePaper(widths as number[], size as number);
    expect(plan).toEqual({ landscape: true, ...(paper as object) });
    const sheet = plan.paperSize!;
    expect(printed(widths as number[], size as number, sheet, plan.pagesWide ?? 1)).toBeGreaterThanOrEqual(
      MIN_PRINTED_FONT,
    );
    // One size smaller (or one page fewer) would print the text too small.
    const smaller =
      sheet === "A3" && (plan.pagesWide ?? 1) === 1
        ? printed(widths as number[], size as number, "A4")
        : sheet === "A3"
          ? printed(widths as number[], size as number, "A3", plan.pagesWide! - 1)
          : undefined;
    if (smaller !== undefined) expect(smaller).toBeLessThan(MIN_PRINTED_FONT);
  });
});
