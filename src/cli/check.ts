import { isReadFailure, readXlsxFile } from "../adapters/xlsx/readFile";
import { buildModel } from "../core/model/buildModel";
import { failsCheck, reviewedCheck } from "../core/review/reviewedCheck";
import { formatFindings } from "./checkReport";
import { EXIT, fail, parseCommand, readLang, type CliIo } from "./io";
import { CHECK_USAGE } from "./usage";

/**
 * `pokin check FILE.xlsx [--format text|json] [--all] [--lang id|en]` (SPEC §8, §13): prints the findings
 * of the consistency check, as text for a reviewer or as the JSON array of SPEC §7.
 * @param args the arguments after `check`
 * @param io where to write
 * @returns 0 without error findings, 1 with at least one, 2 when the file cannot be read or
 *   the arguments are wrong (with one line on stderr)
 * @example await runCheck(["pokin.xlsx", "--format", "json"], processIo) // 0 | 1 | 2
 */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      format: { type: "string" },
      lang: { type: "string" },
      all: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    CHECK_USAGE,
    io,
  );
  if (!parsed) return EXIT.failure;
  if (parsed.values.help) {
    io.stdout.write(CHECK_USAGE);
    return EXIT.ok;
  }
  const lang = readLang(parsed.values.lang);
  if (!lang)
    return fail(io, { id: "--lang harus 'id' atau 'en'.", en: "--lang must be 'id' or 'en'." }, undefined);
  const format = parsed.values.format ?? "text";
  if (format !== "text" && format !== "json") {
    return fail(
      io,
      { id: "--format harus 'text' atau 'json'.", en: "--format must be 'text' or 'json'." },
      lang,
    );
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr.write(
      `pokin: ${lang === "en" ? "give exactly one .xlsx file" : "sebutkan tepat satu berkas .xlsx"}\n\n${CHECK_USAGE}`,
    );
    return EXIT.failure;
  }

  const read = await readXlsxFile(file);
  if (isReadFailure(read)) return fail(io, read.message, lang);
  // Catatan Reviu (SPEC §13): excepted findings are left out and counted, or with --all marked.
  const { findings, excepted } = reviewedCheck(buildModel(read), { lang, all: parsed.values.all === true });
  io.stdout.write(
    format === "json" ? `${JSON.stringify(findings, null, 2)}\n` : formatFindings(findings, lang, excepted),
  );
  return failsCheck(findings) ? EXIT.findings : EXIT.ok;
}
