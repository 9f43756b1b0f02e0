import { axisBreaks } from "../../../src/core/layout/pageBreaks";

describe("axisBreaks", () => {
  test("a page ends at the last index that fits and cuts no span", () => {
    // Pages of 25: 0–1 fit, but a break at 2 would cut the span 1–3, so the page ends at 1.
    expect(axisBreaks([10, 10, 10, 10], [{ start: 1, end: 3 }], 25)).toEqual({ breaks: [1, 3], cut: [] });
  });

  test("without spans, pages are filled greedily; the first page may hold less", () => {
    expect(axisBreaks(Array(10).fill(10), [], 30).breaks).toEqual([3, 6, 9]);
    expect(axisBreaks(Array(10).fill(10), [], 30, 10).breaks).toEqual([1, 4, 7]);
  });

  test("a span longer than a page is cut where the fewest spans are, and reported", () => {
    const long = { start: 0, end: 6 };
    const short = { start: 3, end: 5 };
    const { breaks, cut } = axisBreaks(Array(8).fill(10), [long, short], 45);
    expect(breaks[0]).toBe(3); // 4 would cut both spans, 3 only the long one
    expect(cut).toEqual([long]);
  });

  test("on random spans every page fits, and a break cuts a span only inside a run of spans longer than a page", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run++) {
      const sizes = Array.from({ length: 200 }, () => 5 + Math.floor(rand() * 20));
      const spans = Array.from({ length: 40 }, () => {
        const start = Math.floor(rand() * 195);
        return { start, end: start + 1 + Math.floor(rand() * 6) };
      });
      const { breaks, cut } = axisBreaks(sizes, spans, 300);
      // A break cuts only where the nearest uncut positions on either side are more than a page apart.
      const blocked = (b: number) => spans.some((s) => s.start < b && b < s.end);
      for (const b of breaks.filter(blocked)) {
        let [lo, hi] = [b, b];
        while (lo > 0 && blocked(lo)) lo--;
        while (hi < sizes.length && blocked(hi)) hi++;
        expect(sizes.slice(lo, hi).reduce((x, y) => x + y, 0)).toBeGreaterThan(300);
      }
      const edges = [0, ...breaks, sizes.length];
      for (let p = 0; p + 1 < edges.length; p++) {
        const height = sizes.slice(edges[p], edges[p + 1]).reduce((a, b) => a + b, 0);
        expect(height).toBeLessThanOrEqual(300);
      }
      // Every span a break goes through is reported.
      for (const b of breaks)
        for (const s of spans.filter((s) => s.start < b && b < s.end)) expect(cut).toContain(s);
    }
  });
});
