import { applyPlan } from "../adapters/xlsx/applyPlan";
import { isReadFailure, readXlsxFile } from "../adapters/xlsx/readFile";
import { buildAction, diffAction } from "../core/actions";
import { diffMarks } from "../core/diff/diffMarks";
import { drawingsIn } from "./drawingsIn";
import { EXIT, fail, parseCommand, readLang, type CliIo } from "./io";
import { loadForWriting, outputProblem, saveWorkbook, warn } from "./workbookFile";

const BUILD_USAGE = `Penggunaan / Usage: pokin build FILE.xlsx -o OUT.xlsx [--year YYYY] [--orientation down|right] [--root KODE] [--depth N] [--diff OLD.xlsx] [--lang id|en]
`;

/**
 * `pokin build FILE.xlsx -o OUT.xlsx [--year YYYY] [--orientation down|right] [--root KODE]
 * [--depth N] [--diff OLD.xlsx] [--lang id|en]` (SPEC §8): writes the generated sheets of SPEC
 * §3.3 — the diagram drawn in cells, Cascading, Capaian YYYY, Hasil Pemeriksaan — into a copy
 * of the workbook. With `--diff`, the diagram marks the boxes added, moved and changed since
 * OLD (SPEC §12), with a legend. Level sheets and every other sheet are kept; generated sheets are rewritten whole.
 * Shapes and charts in the input, which ExcelJS cannot keep, are reported on stderr.
 * @param args the arguments after `build`
 * @param io where to write
 * @returns 0 when written and the check found no error, 1 when written with error findings,
 *   2 when the file cannot be read or written or the options are wrong (one line on stderr)
 * @example await runBuild(["pokin.xlsx", "-o", "out.xlsx", "--year", "2025"], processIo) // 0 | 1 | 2
 */
export async function runBuild(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      output: { type: "string", short: "o" },
      year: { type: "string" },
      orientation: { type: "string" },
      root: { type: "string" },
      depth: { type: "string" },
      diff: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    BUILD_USAGE,
    io,
  );
  if (!parsed) return EXIT.failure;
  if (parsed.values.help) {
    io.stdout.write(BUILD_USAGE);
    return EXIT.ok;
  }
  const v = parsed.values;
  const lang = readLang(v.lang);
  if (!lang)
    return fail(io, { id: "--lang harus 'id' atau 'en'.", en: "--lang must be 'id' or 'en'." }, undefined);
  const [file, ...extra] = parsed.positionals;
  const out = typeof v.output === "string" ? v.output : undefined;
  if (file === undefined || extra.length > 0 || out === undefined) {
    const what =
      lang === "en" ? "give one .xlsx file and -o OUT.xlsx" : "sebutkan satu berkas .xlsx dan -o OUT.xlsx";
    io.stderr.write(`pokin: ${what}\n\n${BUILD_USAGE}`);
    return EXIT.failure;
  }
  const badOut = outputProblem(out);
  if (badOut) return fail(io, badOut, lang);
  const orientation = v.orientation ?? "down";
  if (orientation !== "down" && orientation !== "right") {
    return fail(
      io,
      { id: "--orientation harus 'down' atau 'right'.", en: "--orientation must be 'down' or 'right'." },
      lang,
    );
  }
  const year = wholeNumber(v.year);
  if (v.year !== undefined && (year === undefined || year < 1900 || year > 2200)) {
    return fail(
      io,
      {
        id: `--year harus tahun, mis. 2025; terbaca '${v.year}'.`,
        en: `--year must be a year, e.g. 2025; found '${v.year}'.`,
      },
      lang,
    );
  }
  const depth = wholeNumber(v.depth);
  if (v.depth !== undefined && (depth === undefined || depth < 1)) {
    return fail(
      io,
      {
        id: `--depth harus bilangan bulat ≥ 1; terbaca '${v.depth}'.`,
        en: `--depth must be a whole number ≥ 1; found '${v.depth}'.`,
      },
      lang,
    );
  }

  const read = await readXlsxFile(file);
  if (isReadFailure(read)) return fail(io, read.message, lang);
  const root = typeof v.root === "string" ? v.root : undefined;
  let marks;
  if (typeof v.diff === "string") {
    const old = await readXlsxFile(v.diff);
    if (isReadFailure(old)) return fail(io, old.message, lang);
    marks = diffMarks(diffAction(old, read, {}, { lang, now: new Date() }).changes);
  }
  const built = buildAction(
    read,
    { year, orientation, root, depth, ...(marks ? { marks } : {}) },
    { lang, now: new Date(), shapes: false },
  );
  if (built.problem) return fail(io, built.problem.message, lang);
  for (const note of built.notes) warn(io, lang, note);

  const loaded = await loadForWriting(file, io, lang);
  if (typeof loaded === "number") return loaded;
  const { wb, bytes } = loaded;
  const dropped = await drawingsIn(bytes);
  if (dropped.shapes + dropped.charts > 0) {
    warn(io, lang, {
      id: `'${file}' memuat ${dropped.shapes} bentuk/garis dan ${dropped.charts} grafik yang tidak dapat disimpan oleh pustaka .xlsx; semuanya TIDAK ada di '${out}'. Buat diagram bentuk dari panel Excel.`,
      en: `'${file}' holds ${dropped.shapes} shapes/lines and ${dropped.charts} charts the .xlsx library cannot keep; they are NOT in '${out}'. Draw the shape diagram from the Excel pane.`,
    });
  }
  // A level named like a generated sheet (POKIN022): that sheet is kept, the others written.
  if (built.sheets.length === 0) {
    const kept = built.refused.map((r) => r.sheet).join(", ");
    return fail(
      io,
      {
        id: `Tidak ada lembar yang ditulis ke '${out}': semua lembar yang dibuat bernama seperti lembar level di Pengaturan (${kept}). Ganti nama level itu.`,
        en: `Nothing was written to '${out}': every sheet a build makes is named like a level sheet in Pengaturan (${kept}). Rename those levels.`,
      },
      lang,
    );
  }
  for (const r of built.refused) warn(io, lang, r);
  for (const w of applyPlan(wb, built.plan)) warn(io, lang, w.message, w.sheet);
  // A diagram too big for the sheet is drawn another way; the sheet says so, and so do we.
  for (const s of built.plan.sheets) for (const n of s.notices ?? []) warn(io, lang, n, s.name);
  const unsaved = await saveWorkbook(wb, out, io, lang);
  if (unsaved !== undefined) return unsaved;
  const { errors } = built;
  const names = built.sheets.join(", ");
  io.stdout.write(
    lang === "en"
      ? `Wrote ${names} to '${out}'.${marks ? ` ${marks.size} rows marked as changed since '${v.diff}'.` : ""}${errors > 0 ? ` The check found ${errors} errors: see Hasil Pemeriksaan.` : ""}\n`
      : `${names} ditulis ke '${out}'.${marks ? ` ${marks.size} baris ditandai berubah sejak '${v.diff}'.` : ""}${errors > 0 ? ` Pemeriksaan menemukan ${errors} kesalahan: lihat Hasil Pemeriksaan.` : ""}\n`,
  );
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

function wholeNumber(text: string | boolean | undefined): number | undefined {
  if (typeof text !== "string" || !/^\d{1,9}$/.test(text.trim())) return undefined;
  return Number(text.trim());
}
