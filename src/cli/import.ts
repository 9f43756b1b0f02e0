import { applyPlan } from "../adapters/xlsx/applyPlan";
import { isReadFailure, readXlsxFile } from "../adapters/xlsx/readFile";
import { workbookToData } from "../adapters/xlsx/readWorkbook";
import { checkAction, importAction, referenceAction } from "../core/actions";
import { describeMapping, describeRows } from "../core/import";
import { buildModel } from "../core/model/buildModel";
import { isReservedSheet, REFERENCE_SHEET } from "../core/sheets";
import { nameKey } from "../core/text";
import { summary } from "./checkReport";
import { EXIT, fail, parseCommand, readLang, type CliIo } from "./io";
import { loadForWriting, outputProblem, saveWorkbook } from "./workbookFile";
import { sheetMerges } from "../adapters/xlsx/sheetMerges";

const IMPORT_USAGE = `Penggunaan / Usage: pokin import FILE.xlsx --sheet NAME [--range A1:Z99] [--map "F=Target 2025,G=Indikator Program"] [--tahun-awal YYYY] [--reference REF.xlsx] -o OUT.xlsx [--lang id|en]
  --tahun-awal YYYY  tahun 'Target Tahun 1' bila templat dan Pengaturan tidak menyebutnya / the year of 'Target Tahun 1' when neither the template nor Pengaturan says it
`;

/**
 * `pokin import FILE.xlsx --sheet NAME [--range A1:Z99] [--map …] [--tahun-awal YYYY] [--reference REF.xlsx] -o OUT.xlsx`
 * (SPEC §6, §8): reads the template pasted in sheet NAME, prints the mapping it used and what it
 * skipped, backs up and merges the rows into the level sheets, writes OUT.xlsx, then prints the
 * check's summary so the planner sees what the template lacked. `--reference` copies a
 * Kepmendagri list into `Referensi Nomenklatur`.
 * @returns 0 written without error findings, 1 written with error findings, 2 nothing written
 * @example await runImport(["pokin.xlsx", "--sheet", "Renja", "-o", "out.xlsx"], processIo)
 */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const opts = { type: "string" } as const;
  const parsed = parseCommand(
    args,
    {
      sheet: opts,
      range: opts,
      map: opts,
      "tahun-awal": opts,
      reference: opts,
      output: { type: "string", short: "o" },
      lang: opts,
      help: { type: "boolean", short: "h" },
    },
    IMPORT_USAGE,
    io,
  );
  if (!parsed) return EXIT.failure;
  if (parsed.values.help) {
    io.stdout.write(IMPORT_USAGE);
    return EXIT.ok;
  }
  const v = parsed.values as Record<string, string | undefined>;
  const lang = readLang(v.lang);
  if (!lang)
    return fail(io, { id: "--lang harus 'id' atau 'en'.", en: "--lang must be 'id' or 'en'." }, undefined);
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0 || !v.output || !v.sheet) {
    io.stderr.write(
      `pokin: ${lang === "en" ? "give one .xlsx file, --sheet NAME and -o OUT.xlsx" : "sebutkan satu berkas .xlsx, --sheet NAMA dan -o OUT.xlsx"}\n\n${IMPORT_USAGE}`,
    );
    return EXIT.failure;
  }
  const first = v["tahun-awal"];
  if (first !== undefined && !/^(19|20|21)\d\d$/.test(first.trim()))
    return fail(
      io,
      {
        id: `--tahun-awal harus tahun empat angka (mis. 2025), terbaca '${first}'.`,
        en: `--tahun-awal must be a four-digit year (e.g. 2025), found '${first}'.`,
      },
      lang,
    );
  const map = [v.map, first !== undefined ? `Tahun Awal=${first.trim()}` : undefined]
    .filter((m) => m)
    .join(",");
  const badOut = outputProblem(v.output);
  if (badOut) return fail(io, badOut, lang);
  const read = await readXlsxFile(file);
  if (isReadFailure(read)) return fail(io, read.message, lang);
  // A level sheet (or one of Pokin's own) as the source would append its rows into the level above.
  const levelKeys = buildModel(read).levels.map((l) => nameKey(l.name));
  if (isReservedSheet(v.sheet) || levelKeys.includes(nameKey(v.sheet))) {
    return fail(
      io,
      {
        id: `Lembar '${v.sheet}' adalah lembar level atau lembar milik Pokin, bukan templat untuk diimpor; tempel templat di lembar lain.`,
        en: `Sheet '${v.sheet}' is a level sheet or one of Pokin's own sheets, not a template to import; paste the template into another sheet.`,
      },
      lang,
    );
  }
  const loaded = await loadForWriting(file, io, lang);
  if (typeof loaded === "number") return loaded;
  const { wb } = loaded;
  const now = new Date();
  const request = {
    sheet: v.sheet,
    ...(v.range ? { range: v.range } : {}),
    ...(map ? { map } : {}),
    merges: sheetMerges(wb, v.sheet),
  };
  const imported = importAction(read, request, now);
  if (imported.problem) return fail(io, imported.problem.message, lang);
  const { preview } = imported;
  if (preview.mapping) {
    io.stdout.write(
      `${describeMapping(preview.mapping, lang).join("\n")}\n${describeRows(preview, lang).join("\n")}\n`,
    );
  }
  const sheets = [...imported.plan.sheets];
  if (v.reference) {
    const ref = await readXlsxFile(v.reference);
    if (isReadFailure(ref)) return fail(io, ref.message, lang);
    const copy = referenceAction(ref);
    if (copy.problem) return fail(io, copy.problem.message, lang);
    sheets.push(copy.plan);
    io.stdout.write(
      lang === "en"
        ? `${REFERENCE_SHEET}: ${copy.codes} codes copied.\n`
        : `${REFERENCE_SHEET}: ${copy.codes} kode disalin.\n`,
    );
  }
  applyPlan(wb, { sheets });
  const unsaved = await saveWorkbook(wb, v.output, io, lang);
  if (unsaved !== undefined) return unsaved;
  for (const l of imported.levels) {
    const backup = l.backup ? (lang === "en" ? `, backup '${l.backup}'` : `, cadangan '${l.backup}'`) : "";
    io.stdout.write(
      lang === "en"
        ? `${l.level}: ${l.updated} updated, ${l.appended} added${backup}\n`
        : `${l.level}: ${l.updated} diperbarui, ${l.appended} ditambahkan${backup}\n`,
    );
  }
  // Catatan Reviu is kept as it is and honoured: excepted findings do not fail the import.
  const { findings, errors } = checkAction(workbookToData(wb), { lang, now });
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  io.stdout.write(
    `${lang === "en" ? "Check" : "Pemeriksaan"}: ${[...byRule].map(([r, n]) => `${r}×${n}`).join(", ") || "-"}\n${summary(findings, lang)}\n`,
  );
  return errors > 0 ? EXIT.findings : EXIT.ok;
}
