import * as path from "node:path";
import { writePlanXlsx } from "../adapters/xlsx/writer/writePlanXlsx";
import { gabungAction } from "../core/actions/gabungAction";
import type { Lang, Msg } from "../core/messages";
import type { WorkbookPlan } from "../core/plans/types";
import { EXIT, fail, oneLine, parseCommand, readLang, type CliIo } from "./io";
import { runBatch } from "./pemda/runBatch";
import { GABUNG_USAGE } from "./usage";
import { outputProblem } from "./workbookFile";

/**
 * `pokin gabung A.xlsx B.xlsx … [--rpd RPD.xlsx] -o PEMDA.xlsx [--lang id|en]` (SPEC §8, §11):
 * reads every OPD workbook on the worker pool, writes the Pemda workbook (Pengaturan, the
 * merged level sheets, Rekap Perangkat Daerah) with Pokin's own .xlsx writer, then checks it.
 * The sources are only read; an unreadable one is reported (POKIN040) and left out.
 * @param args the arguments after `gabung`
 * @param io where to write
 * @returns 0 when the Pemda workbook checks without error, 1 with errors, 2 when nothing was written
 * @example await runGabung(["a.xlsx", "b.xlsx", "-o", "pemda.xlsx"], processIo)
 */
export async function runGabung(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      out: { type: "string", short: "o" },
      rpd: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    GABUNG_USAGE,
    io,
  );
  if (!parsed) return EXIT.failure;
  if (parsed.values.help) {
    io.stdout.write(GABUNG_USAGE);
    return EXIT.ok;
  }
  const lang = readLang(parsed.values.lang);
  if (!lang)
    return fail(io, { id: "--lang harus 'id' atau 'en'.", en: "--lang must be 'id' or 'en'." }, undefined);
  const out = parsed.values.out;
  const files = parsed.positionals;
  if (typeof out !== "string" || files.length === 0) {
    io.stderr.write(
      `pokin: ${lang === "en" ? "give the OPD workbooks and -o PEMDA.xlsx" : "sebutkan berkas OPD dan -o PEMDA.xlsx"}\n\n${GABUNG_USAGE}`,
    );
    return EXIT.failure;
  }
  const bad = outputProblem(out);
  if (bad) return fail(io, bad, lang);
  const rpd = typeof parsed.values.rpd === "string" ? parsed.values.rpd : undefined;
  const sources = [...files, ...(rpd ? [rpd] : [])].map((f) => path.resolve(f));
  if (sources.includes(path.resolve(out))) {
    return fail(
      io,
      {
        id: `Berkas keluaran '${out}' adalah salah satu sumber; sumber tidak pernah diubah.`,
        en: `The output '${out}' is one of the sources; sources are never changed.`,
      },
      lang,
    );
  }

  const built = await consolidate(files, rpd, lang, io);
  if ("problem" in built) return fail(io, built.problem, lang);
  try {
    await writePlanXlsx(built.plan, out);
  } catch (err) {
    return fail(
      io,
      {
        id: `Berkas '${out}' tidak dapat ditulis (${oneLine(err)}).`,
        en: `Cannot write '${out}' (${oneLine(err)}).`,
      },
      lang,
    );
  }
  const { errors, warnings, perLevel, total, opds } = built;
  io.stdout.write(
    lang === "en"
      ? `Wrote the Pemda workbook '${out}': ${opds} Perangkat Daerah, ${total} indicators (${perLevel.join(" / ")} per level). Its check: ${errors} errors, ${warnings} warnings.\n`
      : `Buku kerja Pemda '${out}' ditulis: ${opds} Perangkat Daerah, ${total} indikator (${perLevel.join(" / ")} per level). Hasil periksa: ${errors} kesalahan, ${warnings} peringatan.\n`,
  );
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * Checks the batch and builds the Pemda plan, returning only the plan and the counts: the
 * sources' values, the merged values and the model are garbage before the writer starts, so
 * the collector does not trace them again and again while the file is written.
 */
async function consolidate(
  files: readonly string[],
  rpd: string | undefined,
  lang: Lang,
  io: CliIo,
): Promise<
  | { problem: Msg }
  | {
      plan: WorkbookPlan;
      opds: number;
      errors: number;
      warnings: number;
      perLevel: readonly number[];
      total: number;
    }
> {
  const batch = await runBatch(files, { lang, ...(rpd ? { rpd } : {}), withSheets: true });
  for (const f of batch.cross.filter((x) => x.rule === "POKIN040")) {
    io.stderr.write(`pokin: ${f.rule}: ${f.message}\n`);
  }
  const gabung = gabungAction(batch, {}, { lang, now: new Date() });
  if (gabung.problem) return { problem: gabung.problem.message };
  const { plan, errors, warnings, perLevel, total } = gabung;
  return { plan, opds: batch.opds.length, errors, warnings, perLevel, total };
}
