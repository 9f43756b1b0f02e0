import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { applyPlan } from "../../src/adapters/xlsx/applyPlan";
import type { TreeContent } from "../../src/core/model/content";
import { templatePlan } from "../../src/core/plans/templatePlan";
import { BANJARNEGARA, CONTOH_BAGIAN_ORGANISASI, CONTOH_DINKES, CONTOH_RPD } from "../../src/core/sample";

/** Writes a tree's content as the .xlsx `pokin init` would write. */
export async function writeContent(content: TreeContent, file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, templatePlan(content, "id"));
  await wb.xlsx.writeFile(file);
  return file;
}

/** The three sample OPD workbooks and the sample RPD, written into a folder. */
export async function writeSampleSet(
  dir: string,
): Promise<{ dinsos: string; dinkes: string; org: string; rpd: string }> {
  fs.mkdirSync(dir, { recursive: true });
  const at = (name: string) => path.join(dir, name);
  return {
    dinsos: await writeContent(BANJARNEGARA, at("dinsos.xlsx")),
    dinkes: await writeContent(CONTOH_DINKES, at("dinkes.xlsx")),
    org: await writeContent(CONTOH_BAGIAN_ORGANISASI, at("organisasi.xlsx")),
    rpd: await writeContent(CONTOH_RPD, at("rpd.xlsx")),
  };
}
