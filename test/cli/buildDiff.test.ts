import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { MARK_FILLS } from "../../src/core/layout/boxMarks";
import { DIAGRAM_SHEET } from "../../src/core/sheets";
import { cleanWorkbook } from "../helpers/workbook";
import { addRow, edit } from "../core/diff/edits";
import { captureIo, writeWorkbook } from "./cliFiles";

let dir: string;
let oldFile: string;
let newFile: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-build-diff-"));
  oldFile = path.join(dir, "lama.xlsx");
  newFile = path.join(dir, "baru.xlsx");
  const old = cleanWorkbook();
  let revised = edit(old, "Program", "1.1.1", "Target 2026", 15);
  revised = addRow(revised, "Sub Kegiatan", {
    Kode: "1.1.1.1.3",
    "Kode Induk": "1.1.1.1",
    Uraian: "Penyediaan Alat Bantu",
    Indikator: "Jumlah alat bantu",
    Satuan: "unit",
    Polaritas: "Positif",
    "Kode Nomenklatur": "1.06.04.2.01.0003",
    "Target 2025": 10,
    "Target 2026": 20,
    "Target 2027": 30,
  });
  await writeWorkbook(old, oldFile);
  await writeWorkbook(revised, newFile);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every non-empty cell of the diagram sheet as [text, fill]. */
async function diagramCells(file: string): Promise<[string, string | undefined][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: [string, string | undefined][] = [];
  wb.getWorksheet(DIAGRAM_SHEET)!.eachRow((row) =>
    row.eachCell((cell) => {
      const fill = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
      // A merged range reports its value in every cell: keep its top-left one.
      if (typeof cell.value === "string" && cell.master.address === cell.address)
        out.push([cell.value, fill?.slice(2)]);
    }),
  );
  return out;
}

describe("pokin build NEW.xlsx --diff OLD.xlsx", () => {
  it("tags the added and changed boxes in the Pohon Kinerja sheet, coloured, with a legend", async () => {
    const out = path.join(dir, "laporan.xlsx");
    const cap = captureIo();
    const code = await main(["build", newFile, "-o", out, "--diff", oldFile, "--lang", "en"], cap.io);
    expect([code, cap.err()]).toEqual([0, ""]);
    expect(cap.out()).toContain(`2 rows marked as changed since '${oldFile}'.`);
    const cells = await diagramCells(out);
    const fill = (k: keyof typeof MARK_FILLS) => MARK_FILLS[k].slice(1).toUpperCase();
    expect(cells.filter(([t]) => t === "NEW" || t === "CHANGED" || t === "MOVED")).toEqual([
      ["CHANGED", fill("changed")],
      ["NEW", fill("added")],
    ]);
    expect(cells).toContainEqual(["NEW = row added", fill("added")]);
    expect(cells).toContainEqual(["CHANGED = content or Kode changed", fill("changed")]);
  });

  it("without --diff nothing is tagged; an unreadable OLD exits 2 with one line", async () => {
    const out = path.join(dir, "polos.xlsx");
    expect(await main(["build", newFile, "-o", out, "--lang", "en"], captureIo().io)).toBe(0);
    expect((await diagramCells(out)).some(([t]) => /^(NEW|CHANGED|MOVED)\b/.test(t))).toBe(false);
    const cap = captureIo();
    const missing = path.join(dir, "tidak-ada.xlsx");
    expect(await main(["build", newFile, "-o", out, "--diff", missing, "--lang", "en"], cap.io)).toBe(2);
    expect(cap.err().trim().split("\n")).toHaveLength(1);
  });
});
