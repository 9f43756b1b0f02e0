import { existsSync } from "node:fs";
import ExcelJS from "exceljs";
import { applyPlan } from "../adapters/xlsx/applyPlan";
import { writeXlsxFile } from "../adapters/xlsx/writeFile";
import { templateAction } from "../core/actions";
import { EXIT, fail, oneLine, parseCommand, readLang, type CliIo } from "./io";
import { INIT_USAGE } from "./usage";

/**
 * `pokin init OUT.xlsx [--sample] [--force] [--lang id|en]` (SPEC §8): writes a new structured
 * workbook, empty or holding the Banjarnegara sample. An existing file is kept unless `--force`.
 * @param args the arguments after `init`
 * @param io where to write
 * @returns 0 when written, 2 when not (file exists, bad arguments, cannot write), with one line on stderr
 * @example await runInit(["pokin.xlsx", "--sample"], processIo) // 0
 */
export async function runInit(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      sample: { type: "boolean" },
      force: { type: "boolean" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    INIT_USAGE,
    io,
  );
  if (!parsed) return EXIT.failure;
  if (parsed.values.help) {
    io.stdout.write(INIT_USAGE);
    return EXIT.ok;
  }
  const lang = readLang(parsed.values.lang);
  if (!lang)
    return fail(io, { id: "--lang harus 'id' atau 'en'.", en: "--lang must be 'id' or 'en'." }, undefined);
  const [out, ...extra] = parsed.positionals;
  if (out === undefined || extra.length > 0) {
    io.stderr.write(
      `pokin: ${lang === "en" ? "give exactly one output file" : "sebutkan tepat satu berkas keluaran"}\n\n${INIT_USAGE}`,
    );
    return EXIT.failure;
  }
  if (!/\.xlsx$/i.test(out)) {
    return fail(
      io,
      {
        id: `Nama berkas keluaran harus berakhiran .xlsx: '${out}'.`,
        en: `The output file must end in .xlsx: '${out}'.`,
      },
      lang,
    );
  }
  const force = parsed.values.force === true;
  const exists = {
    id: `Berkas '${out}' sudah ada; tidak ditimpa (pakai --force untuk menimpanya).`,
    en: `The file '${out}' already exists; not overwritten (use --force to replace it).`,
  };
  if (!force && existsSync(out)) return fail(io, exists, lang);

  const sample = parsed.values.sample === true;
  const template = templateAction({ sample, lang, reviewSheet: true });
  const wb = new ExcelJS.Workbook();
  wb.creator = "Pokin";
  // With the reviewer's notes sheet (SPEC §13), empty, with its drop-downs.
  const warnings = applyPlan(wb, template.plan);
  try {
    await writeXlsxFile(wb, out, { overwrite: force });
  } catch (err) {
    if ((err as { code?: unknown })?.code === "EEXIST") return fail(io, exists, lang);
    return fail(
      io,
      {
        id: `Berkas '${out}' tidak dapat ditulis (${oneLine(err)}).`,
        en: `Cannot write '${out}' (${oneLine(err)}).`,
      },
      lang,
    );
  }
  for (const w of warnings) io.stderr.write(`pokin: ${w.sheet}: ${w.message[lang]}\n`);
  const count = template.indicators;
  io.stdout.write(
    sample
      ? lang === "en"
        ? `Wrote the Banjarnegara sample (${count} indicators) to '${out}'.\n`
        : `Contoh Banjarnegara (${count} indikator) ditulis ke '${out}'.\n`
      : lang === "en"
        ? `Wrote an empty template to '${out}'.\n`
        : `Templat kosong ditulis ke '${out}'.\n`,
  );
  return EXIT.ok;
}
