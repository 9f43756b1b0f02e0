import { isReadFailure, readXlsxFile } from "../adapters/xlsx/readFile";
import { checkAction } from "../core/actions/checkAction";
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
      rpd: { type: "string" },
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
  const rpd = parsed.values.rpd;
  const many = parsed.positionals.length > 1 || rpd !== undefined;
  if (format !== "text" && format !== "json" && !(many && format === "jsonl")) {
    return fail(
      io,
      many
        ? {
            id: "--format harus 'text', 'json' atau 'jsonl'.",
            en: "--format must be 'text', 'json' or 'jsonl'.",
          }
        : { id: "--format harus 'text' atau 'json'.", en: "--format must be 'text' or 'json'." },
      lang,
    );
  }
  // Several files (or an RPD): the batch check of SPEC §11, in a module of its own.
  if (many && parsed.positionals.length > 0) {
    const { runCheckMany } = await import("./checkMany");
    return runCheckMany(
      parsed.positionals,
      { ...(typeof rpd === "string" ? { rpd } : {}), format, lang, all: parsed.values.all === true },
      io,
    );
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr.write(
      `pokin: ${lang === "en" ? "give one or more .xlsx files" : "sebutkan satu berkas .xlsx atau lebih"}\n\n${CHECK_USAGE}`,
    );
    return EXIT.failure;
  }

  const read = await readXlsxFile(file);
  if (isReadFailure(read)) return fail(io, read.message, lang);
  const all = parsed.values.all === true;
  // Catatan Reviu (SPEC §13): excepted findings are left out and counted, or with --all marked.
  const { findings, excepted, errors } = checkAction(read, { lang, now: new Date(), all });
  io.stdout.write(
    format === "json" ? `${JSON.stringify(findings, null, 2)}\n` : formatFindings(findings, lang, excepted),
  );
  return errors > 0 ? EXIT.findings : EXIT.ok;
}
