import fs from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * A copy of a built .xlsx that prints only `sheet` (LibreOffice prints no hidden sheet), made
 * in the zip: every part but workbook.xml is the file Pokin wrote, byte for byte — a copy
 * through ExcelJS would drop the column breaks and rewrite the print setup.
 * @example onlySheet("built.xlsx", "Cascading", "print-cascading.xlsx")
 */
export function onlySheet(built: string, sheet: string, out: string): void {
  const files = unzipSync(fs.readFileSync(built));
  let k = -1;
  let i = 0;
  const wb = strFromU8(files["xl/workbook.xml"]!).replace(/<sheet\b[^>]*\/>/g, (s) => {
    const me = /name="([^"]*)"/.exec(s)![1] === sheet;
    if (me) k = i;
    i++;
    const plain = s.replace(/\sstate="[^"]*"/, "");
    return me ? plain : plain.replace("<sheet ", '<sheet state="hidden" ');
  });
  if (k < 0) throw new Error(`no sheet '${sheet}' in ${built}`);
  files["xl/workbook.xml"] = strToU8(
    wb.replace(/activeTab="\d+"/, `activeTab="${k}"`).replace(/firstSheet="\d+"/, `firstSheet="${k}"`),
  );
  fs.writeFileSync(out, zipSync(files));
}
