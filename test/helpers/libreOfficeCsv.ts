import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** Whether LibreOffice's soffice runs here; tests that need it skip (with a notice) when not. */
export const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

/**
 * Converts every sheet of an .xlsx to CSV with LibreOffice, in a private profile under dir
 * (TOOLCHAIN.md's filter: UTF-8, every sheet, formulas as their values).
 * @param file the .xlsx
 * @param dir a scratch folder of the test's (the profile and the CSV files go there)
 * @returns sheet name → CSV text
 * @example libreOfficeCsv(file, dir).get("Program")?.split("\n")[0]
 */
export function libreOfficeCsv(file: string, dir: string): Map<string, string> {
  const out = path.join(dir, "csv");
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 60_000 },
  );
  const base = path.basename(file, ".xlsx");
  return new Map(
    fs
      .readdirSync(out)
      .map((f) => [f.slice(base.length + 1, -4), fs.readFileSync(path.join(out, f), "utf8")]),
  );
}
