import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";

describe("writeXlsx(wb)", () => {
  it("asks Excel to recalculate every formula on load, since ExcelJS drops a cached 0", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Capaian 2026").getCell("A1").value = { formula: "1-1", result: 0 };
    const zip = await JSZip.loadAsync(await writeXlsx(wb));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});
