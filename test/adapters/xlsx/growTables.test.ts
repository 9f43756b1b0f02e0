import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { applyPlan } from "../../../src/adapters/xlsx/applyPlan";
import { templatePlan } from "../../../src/core/plans/templatePlan";
import type { SheetPlan } from "../../../src/core/plans/types";
import { EMPTY_TEMPLATE } from "../../../src/core/sample";
import { hasSoffice, libreOfficeCsv } from "../../helpers/libreOffice";

if (!hasSoffice)
  console.warn("[skip] soffice (LibreOffice) is not installed: the file-validity check is skipped.");

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function load(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return wb;
}

/** Every table of a saved file as written in its XML: name → ref (and the filter's ref). */
async function tableRefs(data: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out: Record<string, string> = {};
  for (const file of Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))) {
    const xml = await zip.file(file)!.async("string");
    const name = /<table [^>]*\bname="([^"]+)"/.exec(xml)?.[1] ?? file;
    const ref = /<table [^>]*\bref="([^"]+)"/.exec(xml)?.[1];
    const filter = /<autoFilter [^>]*\bref="([^"]+)"/.exec(xml)?.[1];
    out[name] = `${ref} / ${filter}`;
  }
  return out;
}

/** Two rows appended under the header of the empty template's Program sheet, and one far below. */
const APPEND: SheetPlan = {
  name: "Program",
  mode: "update",
  blocks: [
    { row: 2, col: 0, values: [["1.1", "1", "Program A", "Indikator A", "%"]] },
    { row: 3, col: 0, values: [["1.2", "1", "Program B"]] },
    { row: 9, col: 0, values: [["catatan lepas"]] },
  ],
};

describe("applyPlan: rows an update writes directly below a table join it", () => {
  test("the table of a level sheet made by the template reaches the appended rows, in the saved file's XML", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, templatePlan(EMPTY_TEMPLATE, "id"));
    const before = await tableRefs(await bytes(wb));
    const [name, ref] = Object.entries(before).find(([n]) => /Program/.test(n))!;
    // The empty template's table: the header and one empty row, A1:?2.
    const right = /^A1:([A-Z]+)2 /.exec(ref)![1]!;

    // As a user would: the file is saved and opened again before the import.
    const reopened = await load(await bytes(wb));
    applyPlan(reopened, { sheets: [APPEND] });
    const after = await tableRefs(await bytes(reopened));
    expect(after[name]).toBe(`A1:${right}4 / A1:${right}4`);
    // Other tables are untouched.
    for (const [other, r] of Object.entries(before)) if (other !== name) expect(after[other]).toBe(r);
  });

  test("a table made in the same session (the pane's sample) grows the same way", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, templatePlan(EMPTY_TEMPLATE, "id"));
    applyPlan(wb, { sheets: [APPEND] });
    const refs = await tableRefs(await bytes(wb));
    const program = Object.entries(refs).find(([n]) => /Program/.test(n))![1];
    expect(program).toMatch(/^A1:[A-Z]+4 \/ A1:[A-Z]+4$/);
  });

  test("rows written further down, or a create plan, leave the table as it was", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, templatePlan(EMPTY_TEMPLATE, "id"));
    const before = await tableRefs(await bytes(wb));
    applyPlan(wb, {
      sheets: [{ name: "Program", mode: "update", blocks: [{ row: 5, col: 0, values: [["jauh"]] }] }],
    });
    expect(await tableRefs(await bytes(wb))).toEqual(before);
  });

  (hasSoffice ? test : test.skip)(
    "LibreOffice opens the grown table and its backup copy, with every appended row",
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-grow-"));
      try {
        const wb = new ExcelJS.Workbook();
        applyPlan(wb, templatePlan(EMPTY_TEMPLATE, "id"));
        applyPlan(wb, { sheets: [{ name: "Cadangan Program", mode: "create", copyOf: "Program" }, APPEND] });
        const file = path.join(dir, "grown.xlsx");
        fs.writeFileSync(file, await bytes(wb));
        const sheets = libreOfficeCsv(file, dir);
        const csv = (sheet: string) => (sheets.get(sheet) ?? "").split("\n");
        expect(
          csv("Program")
            .slice(2, 4)
            .map((l) => l.split(",").slice(0, 3).join(",")),
        ).toEqual(["1.1,1,Program A", "1.2,1,Program B"]);
        expect(csv("Program")[9]!.split(",")[0]).toBe("catatan lepas");
        expect(csv("Cadangan Program")[0]).toBe(csv("Program")[0]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
