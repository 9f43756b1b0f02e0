import { applyPlan } from "../adapters/xlsx/applyPlan";
import { isReadFailure, readXlsxFile } from "../adapters/xlsx/readFile";
import { diffAction } from "../core/actions/diffAction";
import { formatChanges } from "./diffReport";
import { EXIT, fail, parseCommand, readLang, type CliIo } from "./io";
import { DIFF_USAGE } from "./usage";
import { loadForWriting, outputProblem, saveWorkbook, warn } from "./workbookFile";

/**
 * `pokin diff OLD.xlsx NEW.xlsx [--format text|json] [--all] [-o OUT.xlsx] [--lang id|en]`
 * (SPEC §12): what changed between two versions of a workbook. `-` stands for no file (every
 * row of the other is added or removed). `-o` writes a copy of NEW with a `Perubahan` sheet.
 * @param args the arguments after `diff`
 * @param io where to write
 * @returns 0 when nothing changed, 1 when something did, 2 when a file cannot be read or
 *   written or the arguments are wrong (one line on stderr)
 * @example await runDiff(["lama.xlsx", "baru.xlsx", "--format", "json"], processIo) // 0 | 1 | 2
 */
export async function runDiff(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      format: { type: "string" },
      all: { type: "boolean" },
      output: { type: "string", short: "o" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    DIFF_USAGE,
    io,
  );
  if (!parsed) return EXIT.failure;
  const v = parsed.values;
  if (v.help) {
    io.stdout.write(DIFF_USAGE);
    return EXIT.ok;
  }
  const lang = readLang(v.lang);
  if (!lang)
    return fail(io, { id: "--lang harus 'id' atau 'en'.", en: "--lang must be 'id' or 'en'." }, undefined);
  const format = v.format ?? "text";
  if (format !== "text" && format !== "json") {
    return fail(
      io,
      { id: "--format harus 'text' atau 'json'.", en: "--format must be 'text' or 'json'." },
      lang,
    );
  }
  const [oldFile, newFile, ...extra] = parsed.positionals;
  if (oldFile === undefined || newFile === undefined || extra.length > 0) {
    const what =
      lang === "en" ? "give two .xlsx files: OLD and NEW" : "sebutkan dua berkas .xlsx: LAMA dan BARU";
    io.stderr.write(`pokin: ${what}\n\n${DIFF_USAGE}`);
    return EXIT.failure;
  }
  const out = typeof v.output === "string" ? v.output : undefined;
  if (out !== undefined) {
    const badOut = outputProblem(out);
    if (badOut) return fail(io, badOut, lang);
    if (newFile === "-") {
      return fail(
        io,
        {
          id: "-o menulis salinan BARU: BARU harus berkas .xlsx.",
          en: "-o writes a copy of NEW: NEW must be an .xlsx file.",
        },
        lang,
      );
    }
  }

  const [oldData, newData] = await Promise.all([readOrNothing(oldFile), readOrNothing(newFile)]);
  if (isReadFailure(oldData)) return fail(io, oldData.message, lang);
  if (isReadFailure(newData)) return fail(io, newData.message, lang);
  const { changes, sentences, plan } = diffAction(
    oldData,
    newData,
    { all: v.all === true, oldName: oldFile === "-" ? undefined : baseName(oldFile) },
    { lang, now: new Date() },
  );
  if (out !== undefined) {
    const loaded = await loadForWriting(newFile, io, lang);
    if (typeof loaded === "number") return loaded;
    for (const w of applyPlan(loaded.wb, plan)) warn(io, lang, w.message, w.sheet);
    const unsaved = await saveWorkbook(loaded.wb, out, io, lang);
    if (unsaved !== undefined) return unsaved;
  }
  io.stdout.write(
    format === "json" ? `${JSON.stringify(changes, null, 2)}\n` : formatChanges(changes, lang, sentences),
  );
  return changes.length > 0 ? EXIT.findings : EXIT.ok;
}

async function readOrNothing(file: string): ReturnType<typeof readXlsxFile> {
  return file === "-" ? { sheets: [] } : readXlsxFile(file);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
