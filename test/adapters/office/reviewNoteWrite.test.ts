import { readOfficeWorkbook } from "../../../src/adapters/office/readWorkbook";
import { addReviewNoteInExcel } from "../../../src/adapters/office/reviewNoteWrite";
import { checkAction } from "../../../src/core/actions";
import { REVIEW_SHEET } from "../../../src/core/sheets";
import type { FakeContext, FakeExcel } from "./fakeExcel";
import { fakeWith, workbookOf } from "./workbooks";

const NOW = new Date(2026, 5, 1);
const ctx = { lang: "id" as const, now: NOW };
const MODERN = { excelApi: (minor: number) => minor <= 13 };
const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;

/** 20 indicators, three of them with a Kode Induk that does not exist (POKIN006). */
const excelWithFindings = () =>
  fakeWith(workbookOf(20, (spec, i) => (i < 3 ? { ...spec, induk: `9.${i}` } : spec)));
const check = async (excel: FakeExcel, all = false) =>
  checkAction((await excel.run((c) => readOfficeWorkbook(asContext(c)))).workbook, { ...ctx, all });
/** Runs one note write and counts the syncs that carried writes. */
async function note(excel: FakeExcel, request: Parameters<typeof addReviewNoteInExcel>[1]) {
  const [syncs, writes] = [excel.syncs, excel.writes.length];
  const out = await excel.run((c) => addReviewNoteInExcel(asContext(c), request, ctx, MODERN));
  return { out, syncs: excel.syncs - syncs, writes: excel.writes.slice(writes) };
}

describe("addReviewNoteInExcel(context, request, ctx) on the recording fake", () => {
  test("Kecualikan creates Catatan Reviu (table, drop-downs) and writes the note in one sync; the finding leaves the check and is counted", async () => {
    const excel = excelWithFindings();
    const before = await check(excel);
    const target = before.findings.find((f) => f.rule === "POKIN006")!;
    const { out, syncs, writes } = await note(excel, {
      finding: target,
      kind: "excepted",
      catatan: "Induk di OPD lain",
    });
    expect(out).toEqual({ row: 1, writeSyncs: 1 });
    expect(syncs).toBe(3); // 2 reads + 1 write
    const sheet = excel.sheet(REVIEW_SHEET)!;
    expect(sheet.tables.map((t) => t.name)).toEqual(["tbl_CatatanReviu"]);
    expect(sheet.validations.map((v) => v.address)).toEqual([
      `${REVIEW_SHEET}!A2:A501`,
      `${REVIEW_SHEET}!C2:C501`,
      `${REVIEW_SHEET}!D2:D501`,
    ]);
    expect(writes.filter((w) => w === "set values")).toHaveLength(3); // the header, the rule list and the note
    expect(sheet.valueGrid(1, 0, 1, 6)).toEqual([
      ["POKIN006", target.kode, target.sheet, "Dikecualikan", "Induk di OPD lain", ""],
    ]);
    const after = await check(excel);
    expect(after.excepted).toBe(1);
    expect(after.findings).toHaveLength(before.findings.length - 1);
    expect(after.findings).not.toContainEqual(target);
    const all = await check(excel, true);
    expect(all.findings.filter((f) => f.excepted)).toEqual([
      { ...target, excepted: true, catatan: "Induk di OPD lain" },
    ]);
  });

  test("the next note is one row under the last, in one sync, and the table grows over it (ExcelApi 1.13)", async () => {
    const excel = excelWithFindings();
    const [a, b] = (await check(excel)).findings.filter((f) => f.rule === "POKIN006");
    await note(excel, { finding: a!, kind: "excepted", catatan: "alasan A" });
    const { out, syncs, writes } = await note(excel, { finding: b!, kind: "fix", catatan: "" });
    expect(out).toEqual({ row: 2, writeSyncs: 1 });
    expect(syncs).toBe(3);
    // The Kode cell made General (text stays text), one row of values, its Tanggal format, the
    // table grown over it: nothing else.
    expect(writes).toEqual([
      "set numberFormat",
      "set values",
      "set numberFormat",
      "tables.getItem(tbl_CatatanReviu).resize",
    ]);
    expect(excel.sheet(REVIEW_SHEET)!.valueGrid(2, 0, 1, 5)).toEqual([
      ["POKIN006", b!.kode, b!.sheet, "Perlu Perbaikan", ""],
    ]);
    expect(excel.sheet(REVIEW_SHEET)!.tables[0]!.address).toMatch(/A1:G3$/);
    const after = await check(excel);
    expect(after.excepted).toBe(1);
    expect(after.findings).toContainEqual(b);
  });

  test("an exception without a reason writes nothing", async () => {
    const excel = excelWithFindings();
    const f = (await check(excel)).findings[0]!;
    const { out, writes } = await note(excel, { finding: f, kind: "excepted", catatan: " " });
    expect(out.problem?.code).toBe("review.reason");
    expect(writes).toEqual([]);
    expect(excel.sheet(REVIEW_SHEET)).toBeUndefined();
  });
});
