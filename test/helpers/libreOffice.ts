/**
 * LibreOffice Calc for tests: one `soffice` call per batch of files, in a private profile under
 * the test's scratch folder (TOOLCHAIN.md), optionally recalculating every formula on load, and
 * the CSV it writes read back with csv-parse.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "csv-parse/sync";

/** Whether LibreOffice's soffice runs here; tests that need it skip (with a notice) when not. */
export const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

/** CSV of every sheet (one file per sheet: `<file>-<sheet>.csv`), UTF-8, values as shown. */
export const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** The profile setting that makes Calc recalculate an .xlsx's formulas on load instead of keeping the cached results. */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** `pdf`, `xlsx`, or a filter such as {@link CSV_FILTER} */
  readonly to: string;
  /** Recalculate every formula on load (default: keep the cached results, as Calc does). */
  readonly recalc?: boolean;
  /** Where the converted files go (default `<dir>/out`). */
  readonly outdir?: string;
  readonly timeout?: number;
}

/**
 * Converts files with LibreOffice in one soffice call, in the profile `<dir>/profile`.
 * @returns the folder holding the converted files (named after the inputs)
 * @example convertWithLibreOffice(dir, [a, b], { to: "pdf", recalc: true })
 */
export function convertWithLibreOffice(
  dir: string,
  files: readonly string[],
  options: ConvertOptions,
): string {
  const profile = path.join(dir, "profile");
  if (options.recalc) {
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ON_LOAD);
  }
  const out = options.outdir ?? path.join(dir, "out");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      options.to,
      "--outdir",
      out,
      ...files,
    ],
    { stdio: "pipe", timeout: options.timeout ?? 120_000 },
  );
  return out;
}

/**
 * Opens .xlsx files in LibreOffice with every formula recalculated (one soffice call) and gives
 * each sheet as CSV rows.
 * @returns `<file base>-<sheet>` → rows of cells as text
 * @example recalculatedCsv(dir, [file]).get("book-LKjIP")?.[1]
 */
export function recalculatedCsv(dir: string, files: readonly string[]): Map<string, string[][]> {
  const out = convertWithLibreOffice(dir, files, { to: CSV_FILTER, recalc: true });
  return new Map(
    fs
      .readdirSync(out)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => [f.replace(/\.csv$/, ""), parseCsv(fs.readFileSync(path.join(out, f), "utf8"))]),
  );
}

/**
 * Every sheet of one .xlsx as LibreOffice shows it (cached results kept), as CSV text.
 * @returns sheet name → CSV text
 * @example libreOfficeCsv(file, dir).get("Program")?.split("\n")[0]
 */
export function libreOfficeCsv(file: string, dir: string): Map<string, string> {
  const out = convertWithLibreOffice(dir, [file], {
    to: CSV_FILTER,
    outdir: path.join(dir, "csv"),
    timeout: 60_000,
  });
  const base = path.basename(file, ".xlsx");
  return new Map(
    fs
      .readdirSync(out)
      .map((f) => [f.slice(base.length + 1, -4), fs.readFileSync(path.join(out, f), "utf8")]),
  );
}

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes; LF or CRLF), rows of
 * any length.
 * @example parseCsv('a,"b,c"\n') // [["a", "b,c"]]
 */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true, record_delimiter: ["\r\n", "\n"] }) as string[][];
}
