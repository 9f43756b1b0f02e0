import { MAX_SECTION_LINES, measureBox } from "../../../src/core/layout/measureBox";
import { CELL_METRICS, POINT_METRICS } from "../../../src/core/layout/metrics";
import type { StatementBox } from "../../../src/core/layout/boxes";

const box = (uraian: string): StatementBox => ({
  id: "1",
  level: 1,
  uraian,
  indicators: [],
  sections: [
    { kind: "uraian", text: uraian },
    { kind: "indikator", text: "Persentase PPKS tertangani" },
  ],
  children: [],
});

describe("measureBox", () => {
  test("a huge Uraian shows at most MAX_SECTION_LINES lines, the last ending in …, on cells and in points", () => {
    const huge = "Program sangat panjang ".repeat(46_000); // ~1 MB
    for (const metrics of [CELL_METRICS, POINT_METRICS]) {
      const [uraian, indikator] = measureBox(box(huge), metrics).sections;
      expect(uraian!.lines).toHaveLength(MAX_SECTION_LINES);
      expect(uraian!.lines.at(-1)).toMatch(/…$/);
      expect(indikator!.lines).toEqual(["Persentase PPKS tertangani"]);
    }
    expect(measureBox(box(huge), CELL_METRICS).height).toBeLessThanOrEqual(MAX_SECTION_LINES + 2);
  });

  test("an ordinary Uraian keeps all its lines, with no …", () => {
    const [uraian] = measureBox(box("Meningkatnya pelayanan sosial bagi PPKS"), CELL_METRICS).sections;
    expect(uraian!.lines.join(" ")).toBe("Meningkatnya pelayanan sosial bagi PPKS");
  });
});
