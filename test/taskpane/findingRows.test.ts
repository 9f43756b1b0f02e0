import ExcelJS from "exceljs";
import { applyPlan } from "../../src/adapters/xlsx/applyPlan";
import { workbookToData } from "../../src/adapters/xlsx/readWorkbook";
import { checkAction, findingGroups, templateAction } from "../../src/core/actions";
import type { Finding } from "../../src/core/rules/types";
import { findingRows } from "../../src/taskpane/findingRows";
import { markKey } from "../../src/taskpane/markedUpdate";

/** The Banjarnegara sample as the pane opens it, checked. */
function sampleFindings(): Finding[] {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, templateAction({ sample: true, lang: "id" }).plan);
  return checkAction(workbookToData(wb), { lang: "id", now: new Date(Date.UTC(2026, 10, 1)) }).findings;
}

describe("findingRows: Periksa's list grouped by rule and indicator", () => {
  const findings = sampleFindings();

  test("one group per rule as the report has them, one row per indicator, every finding in exactly one row", () => {
    const groups = findingRows(findings, "id");
    const core = findingGroups(findings, "id");
    expect(groups.map((g) => [g.rule, g.countLabel, g.rows.length])).toEqual(
      core.map((g) => [g.rule, g.countLabel, g.items.length]),
    );
    const all = groups.flatMap((g) => g.rows.flatMap((r) => r.findings));
    expect(all).toHaveLength(findings.length);
    expect(new Set(all).size).toBe(findings.length);
    for (const row of groups.flatMap((g) => g.rows)) {
      expect(row.first).toBe(row.findings[0]);
      expect(row.findings.map((f) => f.cell)).toEqual(row.cells);
      expect(row.findings.every((f) => f.rule === row.rule && f.sheet === row.sheet)).toBe(true);
    }
    // A per-year rule reads once per indicator.
    const target = groups.find((g) => g.rule === "POKIN011")!.rows[0]!;
    expect(target.message).toMatch(/Target \d{4}–\d{4} kosong/);
    expect(target.findings.length).toBeGreaterThan(1);
  });

  test("live marks: a row is new when one of its findings is; findings that went form struck rows, not counted", () => {
    const target = findingRows(findings, "id").find((g) => g.rule === "POKIN011")!.rows[0]!;
    const [goneOne, ...rest] = target.findings;
    const marks = new Map([
      [markKey(goneOne!), "gone" as const],
      [markKey(rest[0]!), "new" as const],
    ]);
    const groups = findingRows(findings, "id", marks, markKey);
    const group = groups.find((g) => g.rule === "POKIN011")!;
    const rows = group.rows.filter((r) => r.findings.some((f) => target.findings.includes(f)));
    expect(rows.map((r) => [r.mark ?? null, r.findings.length])).toEqual([
      ["new", rest.length],
      ["gone", 1],
    ]);
    const counted = findings.filter((f) => f.rule === "POKIN011").length - 1;
    expect(group.countLabel).toMatch(new RegExp(`^${counted} temuan`));
  });
});
