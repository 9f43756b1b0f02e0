import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** CSV of every sheet (one file per sheet: `<file>-<sheet>.csv`), UTF-8, values as shown. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Opens .xlsx files in LibreOffice Calc with a profile that recalculates every formula on load
 * (TOOLCHAIN.md), in one soffice call, and gives each sheet as CSV rows.
 * @param dir a scratch folder of the test's (profile and output go there)
 * @param files the .xlsx files
 * @returns `<file base>-<sheet>` → rows of cells as text
 * @example recalculatedCsv(dir, [file]).get("book-LKjIP")?.[1]
 */
export function recalculatedCsv(dir: string, files: readonly string[]): Map<string, string[][]> {
  const profile = path.join(dir, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const out = path.join(dir, "out");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      CSV_FILTER,
      "--outdir",
      out,
      ...files,
    ],
    { stdio: "pipe", timeout: 120000 },
  );
  return new Map(
    fs
      .readdirSync(out)
      .map((f) => [f.replace(/\.csv$/, ""), parseCsv(fs.readFileSync(path.join(out, f), "utf8"))]),
  );
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
