import ExcelJS from "exceljs";
import type { WorkbookData } from "../../src/core/sheet";
import type { CliIo } from "../../src/cli/io";

/** Writes plain workbook values to an .xlsx file, as a user's workbook would hold them. */
export async function writeWorkbook(data: WorkbookData, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of data.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined)
          ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
  }
  await wb.xlsx.writeFile(file);
}

/** An io that keeps what a command writes. */
export function captureIo(): { io: CliIo; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
    },
    out: () => out,
    err: () => err,
  };
}
