import ExcelJS from "exceljs";
import { applyPlan } from "../../../src/adapters/xlsx/applyPlan";
import { workbookToData } from "../../../src/adapters/xlsx/readWorkbook";
import { templateAction } from "../../../src/core/actions";
import { BANJARNEGARA } from "../../../src/core/sample";
import { cellText } from "../../../src/core/text";

const LEVELS = BANJARNEGARA.levels.map((l) => l.name);
const NOW = new Date(2026, 10, 29, 9, 45);

/** A workbook (real ExcelJS) holding the sample, with one Uraian edited by the planner. */
function edited(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, templateAction({ sample: true, lang: "id" }).plan);
  wb.getWorksheet("Program")!.getCell("C2").value = "Uraian milik perencana";
  return wb;
}
const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ws.name);

describe("templateAction(choice) with the workbook's sheets", () => {
  test("in an empty workbook it writes Pengaturan and every level, keeps nothing, backs up nothing", () => {
    const out = templateAction({ sample: true, lang: "id", existing: [] });
    expect(out.written).toEqual(["Pengaturan", ...LEVELS]);
    expect([out.kept, out.backups]).toEqual([[], []]);
    expect(out.plan.sheets.map((s) => [s.name, s.mode])).toEqual(out.written.map((n) => [n, "create"]));
  });

  test("over existing level sheets it writes nothing and names every sheet it kept", () => {
    const wb = edited();
    const out = templateAction({ sample: true, lang: "id", existing: names(wb) });
    expect(out.written).toEqual([]);
    expect(out.kept).toEqual(["Pengaturan", ...LEVELS]);
    expect(out.plan.sheets).toEqual([]);
  });

  test("only the missing sheets are written when some exist (names matched as Excel does, ignoring case)", () => {
    const out = templateAction({ sample: false, lang: "en", existing: ["PROGRAM", "Lain"] });
    expect(out.kept).toEqual(["PROGRAM"]);
    expect(out.written).toEqual(["Pengaturan", ...LEVELS.filter((l) => l !== "Program")]);
  });

  test("replace copies each existing sheet whole into a Cadangan sheet, then writes the template over it", () => {
    const wb = edited();
    const out = templateAction({ sample: true, lang: "id", existing: names(wb), replace: NOW });
    expect(out.kept).toEqual([]);
    expect(out.backups.map((b) => b.sheet)).toEqual(["Pengaturan", ...LEVELS]);
    expect(out.backups.find((b) => b.sheet === "Program")!.backup).toBe("Cadangan Program 20261129-0945");
    applyPlan(wb, out.plan);

    const data = workbookToData(wb);
    const sheet = (name: string) => data.sheets.find((s) => s.name === name)!.values;
    // The planner's edit survives in the backup; the level sheet holds the sample again.
    expect(cellText(sheet("Cadangan Program 20261129-0945")[1]![2])).toBe("Uraian milik perencana");
    expect(cellText(sheet("Program")[1]![2])).toBe(BANJARNEGARA.levels[2]!.rows[0]!.uraian);
    expect(names(wb).filter((n) => n.startsWith("Cadangan "))).toHaveLength(1 + LEVELS.length);
    // A second replace in the same minute does not reuse a backup's name.
    const again = templateAction({ sample: true, lang: "id", existing: names(wb), replace: NOW });
    expect(again.backups.find((b) => b.sheet === "Program")!.backup).toBe("Cadangan Progra~2 20261129-0945");
  });
});
