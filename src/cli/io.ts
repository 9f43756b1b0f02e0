import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang, Msg } from "../core/messages";

/** Where a command writes: the process's streams, or buffers in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** A command of the `pokin` command line: its arguments (after the command name) → exit code. */
export type CommandRunner = (args: string[], io: CliIo) => Promise<number>;

/**
 * Control characters a terminal acts on (C0 but tab and newlines, DEL, C1, which can carry escape
 * sequences) and the bidirectional marks and overrides (which can show a Kode reversed).
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;

/**
 * Text as it may reach a terminal: every unsafe character written as its `\uXXXX` escape, which
 * shows what the cell holds and is also the JSON escape of the same character (so JSON output
 * stays valid and parses to the cell's text).
 * @example terminalSafe("1.1\u202E") // "1.1\\u202E"
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** The process's own streams, with workbook text made safe for a terminal. */
export const processIo: CliIo = {
  stdout: { write: (text: string) => process.stdout.write(terminalSafe(text)) },
  stderr: { write: (text: string) => process.stderr.write(terminalSafe(text)) },
};

/** Exit codes of SPEC §8. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

/** A message in the chosen language, or both when the language is not known yet. */
export function say(msg: Msg, lang: Lang | undefined): string {
  return lang ? msg[lang] : `${msg.id} / ${msg.en}`;
}

/** Writes one line to stderr, prefixed with the program's name. */
export function fail(io: CliIo, msg: Msg, lang: Lang | undefined): number {
  io.stderr.write(`pokin: ${say(msg, lang)}\n`);
  return EXIT.failure;
}

/** The first line of an error, never its stack. */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split(/\r?\n/)[0] ?? "").trim() || "?";
}

/** `--lang`: "id" (default) or "en"; undefined when the value is neither. */
export function readLang(value: unknown): Lang | undefined {
  if (value === undefined) return "id";
  return value === "id" || value === "en" ? value : undefined;
}

/** A command's parsed arguments. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments strictly (an unknown flag is an error), or writes the reason
 * and the command's usage to stderr and returns undefined.
 */
export function parseCommand(
  args: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  usage: string,
  io: CliIo,
): ParsedArgs | undefined {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (err) {
    io.stderr.write(`pokin: ${say(argumentProblem(err), undefined)}\n\n${usage}`);
    return undefined;
  }
}

/** Node's parseArgs errors (English only) as one bilingual sentence. */
export function argumentProblem(err: unknown): Msg {
  const code = (err as { code?: unknown } | null)?.code;
  const text = oneLine(err);
  // The quoted part names the option: '--bogus', '--year <value>' or '-h, --help'.
  const option = (/'([^']*)'/.exec(text)?.[1] ?? "").match(/-{1,2}[\w-]+/g)?.at(-1) ?? "?";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return { id: `opsi tidak dikenal: '${option}'`, en: `unknown option: '${option}'` };
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /does not take/.test(text)
      ? { id: `opsi '${option}' tidak menerima nilai`, en: `option '${option}' takes no value` }
      : { id: `opsi '${option}' perlu nilai`, en: `option '${option}' needs a value` };
  }
  // Anything else parseArgs explains in a sentence or two; the first is what the user needs.
  const reason = text.split(/\.\s/)[0]!.replace(/\.$/, "");
  return { id: `argumen tidak sah (${reason})`, en: `invalid arguments (${reason})` };
}
