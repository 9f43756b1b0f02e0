import { buildModel, type Model } from "../../../src/core/model/buildModel";
import { CAPAIAN_HEADER_ROW, capaianPlan } from "../../../src/core/plans/capaianPlan";
import { DEFAULT_ROW_HEIGHT } from "../../../src/core/plans/rowHeights";
import type { SheetPlan } from "../../../src/core/plans/types";
import { bigWorkbookData } from "../../helpers/bigWorkbook";
import type { RowSpec } from "../../helpers/workbook";
import { twoLevels } from "../capaian/build";

const AT = new Date(2025, 0, 31);
const FIRST = CAPAIAN_HEADER_ROW + 1;
const LONG = "Meningkatnya kualitas pelayanan kesejahteraan sosial bagi pemerlu pelayanan di daerah";

/** Two levels: `parents` rows, then `children` rows spread over them; every fifth Uraian wraps. */
function tree(parents: number, children: number): Model {
  const uraian = (i: number) => (i % 5 === 4 ? `${LONG} ${LONG}` : `Uraian ${i + 1}`);
  const induk: RowSpec[] = Array.from({ length: parents }, (_, i) => ({
    kode: `${i + 1}`,
    uraian: uraian(i),
  }));
  const anak: RowSpec[] = Array.from({ length: children }, (_, i) => ({
    kode: `${(i % parents) + 1}.${Math.floor(i / parents) + 1}`,
    induk: `${(i % parents) + 1}`,
    uraian: uraian(i),
  }));
  return twoLevels(induk, anak);
}

/** A plan's rows as the printed pages see them: headings, sections, heights, what a page holds. */
function printed(plan: SheetPlan) {
  const body = plan.blocks!.find((b) => b.row === FIRST)!.values;
  const labels = body.flatMap((values, i) => (values.length === 1 ? [FIRST + i] : []));
  const tableEnd = FIRST + body.length;
  const title = plan.blocks!.find((b) => b.values[0]?.[0] === "Ringkasan Predikat")!.row;
  const end = Math.max(...plan.blocks!.map((b) => b.row + b.values.length));
  const sections = [
    ...labels.map((start, i) => ({ start, heading: 1, end: labels[i + 1] ?? tableEnd })),
    { start: title, heading: 2, end },
  ];
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  const height = (r: number) => heights.get(r) ?? DEFAULT_ROW_HEIGHT;
  const sum = (from: number, to: number) => {
    let total = 0;
    for (let r = from; r < to; r++) total += height(r);
    return total;
  };
  // Landscape A4 less 0.75 in top and bottom, at the scale that fits the width on 0.5-in margins.
  const width = (plan.columnWidths ?? []).reduce((s, w) => s + (7 * w.width + 5) * 0.75, 0);
  const room = (595.28 - 108) / Math.min(1, (841.89 - 72) / width);
  const breaks = plan.print?.rowBreaks ?? [];
  const pages = [0, ...breaks].map((start, p) => ({ start, end: breaks[p] ?? end }));
  return { sections, height, sum, room, breaks, pages, end };
}

/** What a page holds of its rows, the repeated header included on every page after the first. */
const used = (p: ReturnType<typeof printed>, page: { start: number; end: number }) =>
  p.sum(page.start, page.end) + (page.start === 0 ? 0 : p.height(CAPAIAN_HEADER_ROW));

describe("capaianPlan(model, …).print.rowBreaks", () => {
  // 25–45 parents put the second level's label at every place on the first page's foot.
  const cases = [10, 120].flatMap((children) =>
    Array.from({ length: 21 }, (_, k) => ({ parents: 25 + k, children })),
  );
  const plans = [
    ...cases.map(({ parents, children }) => ({
      name: `${parents} + ${children}`,
      plan: capaianPlan(tree(parents, children), 2025, "id", AT),
    })),
    { name: "a 600-indicator tree", plan: capaianPlan(buildModel(bigWorkbookData(600)), 2025, "id", AT) },
  ];

  test("the cases put a level's label last on a page when pages are simply filled", () => {
    // Without planned breaks a host fills each page: count the labels that would end one.
    const stranded = plans.filter(({ plan }) => {
      const p = printed(plan);
      const starts = p.sections.map((s) => s.start);
      for (let r = 0, room = p.room; ; room = p.room - p.height(CAPAIAN_HEADER_ROW)) {
        let fill = 0;
        while (r < p.end && fill + p.height(r) <= room) fill += p.height(r++);
        if (r >= p.end) return false;
        // The page ends with a label, or with a label and one row of its level.
        if (starts.includes(r - 1) || starts.includes(r - 2)) return true;
      }
    });
    expect(stranded.length).toBeGreaterThan(0);
  });

  test.each(plans.map(({ name, plan }) => [name, plan] as const))(
    "%s: every page fits, no heading ends a page, and a heading keeps its first two rows",
    (_, plan) => {
      const p = printed(plan);
      expect(p.breaks.length).toBeGreaterThan(0);
      for (const page of p.pages)
        expect({ page, fits: used(p, page) <= p.room }).toEqual({ page, fits: true });
      for (const s of p.sections) {
        const kept = Math.min(s.end, s.start + s.heading + 2);
        const inside = p.breaks.filter((b) => s.start < b && b < kept);
        expect({ section: s, inside }).toEqual({ section: s, inside: [] });
      }
    },
  );

  test.each(plans.map(({ name, plan }) => [name, plan] as const))(
    "%s: a section that fits on a page prints on one, and a page ends early only before a section",
    (_, plan) => {
      const p = printed(plan);
      const next = p.room - p.height(CAPAIAN_HEADER_ROW);
      // The first page holds less (the title): a first section too long for it breaks there.
      const fits = (s: { start: number; end: number }) =>
        p.sum(s.start, s.end) <= next * 0.95 && (s.start > FIRST || p.sum(0, s.end) <= p.room * 0.95);
      for (const s of p.sections.filter(fits)) {
        const inside = p.breaks.filter((b) => s.start < b && b < s.end);
        expect({ section: s, inside }).toEqual({ section: s, inside: [] });
      }
      const starts = new Set(p.sections.map((s) => s.start));
      p.pages.slice(0, -1).forEach((page) => {
        // Full: the next row would not have fitted (within the few percent left for rounding).
        const full = used(p, page) + p.height(page.end) > 0.9 * p.room;
        expect({ page, full: full || starts.has(page.end) }).toEqual({ page, full: true });
      });
    },
  );
});
