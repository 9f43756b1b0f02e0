import type { Lang } from "../core/messages";
import { formatBatch } from "./pemda/batchReport";
import { runBatch } from "./pemda/runBatch";
import { EXIT, type CliIo } from "./io";

/** The formats of a check of several workbooks. */
export type BatchFormat = "text" | "json" | "jsonl";

/**
 * `pokin check A.xlsx B.xlsx … [--rpd RPD.xlsx] [--format text|json|jsonl]` (SPEC §8, §11):
 * every file checked on its own in a pool of worker threads, then the cross-workbook rules
 * POKIN040–046. Every finding carries `file` (and `opd` when the file names its Perangkat
 * Daerah). `jsonl` writes each file's findings as soon as the file is done, one JSON object
 * per line, then the cross-workbook findings. Each file's `Catatan Reviu` notes are applied by
 * the batch action (SPEC §13): excepted findings are left out and counted, or with `all` marked.
 * @param files the OPD workbooks
 * @param options the RPD workbook, the format, the language and `all` (keep excepted findings, marked)
 * @param io where to write
 * @returns 0 without error findings, 1 with one or more, 2 when no file could be read
 * @example await runCheckMany(["a.xlsx", "b.xlsx"], { format: "jsonl", lang: "id" }, processIo)
 */
export async function runCheckMany(
  files: readonly string[],
  options: {
    readonly rpd?: string;
    readonly format: BatchFormat;
    readonly lang: Lang;
    readonly all?: boolean;
  },
  io: CliIo,
): Promise<number> {
  const { format, lang } = options;
  const outcome = await runBatch(files, {
    lang,
    ...(options.rpd !== undefined ? { rpd: options.rpd } : {}),
    withSheets: false,
    ...(options.all ? { all: true } : {}),
    ...(format === "jsonl"
      ? { onFindings: (list) => io.stdout.write(list.map((f) => `${JSON.stringify(f)}\n`).join("")) }
      : {}),
  });
  if (format === "jsonl") io.stdout.write(outcome.cross.map((f) => `${JSON.stringify(f)}\n`).join(""));
  else if (format === "json") io.stdout.write(`${JSON.stringify(outcome.findings, null, 2)}\n`);
  else io.stdout.write(formatBatch(outcome.files, outcome.findings, lang, outcome.excepted));
  if (outcome.readable === 0) {
    io.stderr.write(
      `pokin: ${lang === "en" ? "no file could be read" : "tidak ada berkas yang dapat dibaca"}\n`,
    );
    return EXIT.failure;
  }
  return outcome.fails ? EXIT.findings : EXIT.ok;
}
