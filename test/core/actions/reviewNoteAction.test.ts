import ExcelJS from "exceljs";
import { applyPlan } from "../../../src/adapters/xlsx/applyPlan";
import { workbookToData } from "../../../src/adapters/xlsx/readWorkbook";
import { checkAction, reviewNoteAction, templateAction } from "../../../src/core/actions";
import type { Finding } from "../../../src/core/rules/types";
import { REVIEW_SHEET } from "../../../src/core/sheets";

const NOW = new Date(2026, 5, 1);
const ctx = { lang: "id" as const, now: NOW };

/** The Banjarnegara sample in a real ExcelJS workbook, without a notes sheet (as the pane opens it). */
function sample() {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, templateAction({ sample: true, lang: "id" }).plan);
  return wb;
}

const sameKey = (a: Finding, b: Finding) => a.rule === b.rule && a.kode === b.kode;

describe("reviewNoteAction(data, request, context)", () => {
  test("Kecualikan on a workbook without Catatan Reviu creates the sheet (table, drop-downs) with the note in its first row; the check then leaves the finding out and counts it", () => {
    const wb = sample();
    const before = checkAction(workbookToData(wb), ctx);
    const target = before.findings.find((f) => f.kode && f.severity !== "info")!;
    const out = reviewNoteAction(
      workbookToData(wb),
      { finding: target, kind: "excepted", catatan: "Disepakati dengan Bappeda", oleh: "Inspektorat" },
      ctx,
    );
    expect(out.problem).toBeUndefined();
    expect(out.row).toBe(1);
    expect(out.plan!.sheets).toHaveLength(1);
    applyPlan(wb, out.plan!);
    const ws = wb.getWorksheet(REVIEW_SHEET)!;
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getRow(2).getCell(c).value)).toEqual([
      target.rule,
      target.kode,
      target.sheet,
      "Dikecualikan",
      "Disepakati dengan Bappeda",
      "Inspektorat",
    ]);
    expect(ws.getRow(2).getCell(7).value).toBe(46174); // 2026-06-01
    const lists = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model;
    expect(lists["D2:D501"]?.formulae).toEqual(['"Dikecualikan,Perlu Perbaikan,Selesai"']);
    const after = checkAction(workbookToData(wb), ctx);
    const covered = before.findings.filter((f) => sameKey(f, target)).length;
    expect(after.excepted).toBe(covered);
    expect(after.findings).toHaveLength(before.findings.length - covered);
    expect(after.findings.some((f) => sameKey(f, target))).toBe(false);
    const all = checkAction(workbookToData(wb), { ...ctx, all: true });
    expect(all.findings.filter((f) => f.excepted).map((f) => [f.rule, f.kode, f.catatan])).toEqual(
      Array.from({ length: covered }, () => [target.rule, target.kode, "Disepakati dengan Bappeda"]),
    );
  });

  test("a second note goes to the next free row; Tandai perlu perbaikan keeps the finding listed", () => {
    const wb = sample();
    const findings = checkAction(workbookToData(wb), ctx).findings.filter((f) => f.kode);
    const [a, b] = [findings[0]!, findings.find((f) => !sameKey(f, findings[0]!))!];
    applyPlan(wb, reviewNoteAction(workbookToData(wb), { finding: a, kind: "fix", catatan: "" }, ctx).plan!);
    const second = reviewNoteAction(
      workbookToData(wb),
      { finding: b, kind: "fix", catatan: " cek lagi\n" },
      ctx,
    );
    expect(second.row).toBe(2);
    expect(second.plan!.sheets[0]!.mode).toBe("update");
    applyPlan(wb, second.plan!);
    const ws = wb.getWorksheet(REVIEW_SHEET)!;
    expect([ws.getCell("A3").value, ws.getCell("D3").value, ws.getCell("E3").value]).toEqual([
      b.rule,
      "Perlu Perbaikan",
      "cek lagi",
    ]);
    const after = checkAction(workbookToData(wb), ctx);
    expect(after.excepted).toBe(0);
    expect(after.findings.some((f) => sameKey(f, b))).toBe(true);
  });

  test("a reason that looks like a formula is written as text", () => {
    const wb = sample();
    const f = checkAction(workbookToData(wb), ctx).findings[0]!;
    const reason = '=HYPERLINK("http://x","klik")';
    applyPlan(
      wb,
      reviewNoteAction(workbookToData(wb), { finding: f, kind: "excepted", catatan: reason }, ctx).plan!,
    );
    expect(wb.getWorksheet(REVIEW_SHEET)!.getCell("E2").value).toBe(reason);
  });

  test.each([
    ["an exception without a reason", { kind: "excepted" as const, catatan: "  \n " }, "review.reason"],
    [
      "a note about a note (POKIN048)",
      { kind: "fix" as const, catatan: "x", rule: "POKIN048" },
      "review.noteFinding",
    ],
  ])("%s is refused with a coded bilingual problem", (_name, req, code) => {
    const finding = { rule: "rule" in req ? req.rule : "POKIN011", sheet: "Program", kode: "1.1" };
    const out = reviewNoteAction(
      workbookToData(sample()),
      { finding, kind: req.kind, catatan: req.catatan },
      ctx,
    );
    expect(out.plan).toBeUndefined();
    expect(out.problem?.code).toBe(code);
    expect(out.problem?.message.id).not.toBe(out.problem?.message.en);
  });
});
