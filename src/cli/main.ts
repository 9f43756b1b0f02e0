import { EXIT, oneLine, processIo, type CliIo, type CommandRunner } from "./io";
import { USAGE } from "./usage";
import { VERSION } from "./version";

/**
 * The commands of `pokin`, each loaded only when it runs: `--help`, `--version` and a usage
 * error load neither ExcelJS nor the core (issue 15: a CLI that starts like node). A new
 * command is one line here (e.g. `build: async () => (await import("./build")).runBuild`).
 */
const COMMANDS: Readonly<Record<string, () => Promise<CommandRunner>>> = {
  check: async () => (await import("./check")).runCheck,
  build: async () => (await import("./build")).runBuild,
  import: async () => (await import("./import")).runImport,
  init: async () => (await import("./init")).runInit,
  gabung: async () => (await import("./gabung")).runGabung,
  diff: async () => (await import("./diff")).runDiff,
};

/**
 * The `pokin` command line (SPEC §8). Never throws and never prints a stack trace: wrong
 * arguments print the usage on stderr (exit 2); anything unexpected prints one line (exit 2).
 * @param argv the arguments after the program name
 * @param io where to write (the process's streams by default)
 * @returns the exit code
 * @example await main(["check", "pokin.xlsx"]) // 0, 1 or 2
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (command === "--version" || command === "-v" || command === "version") {
    io.stdout.write(`pokin ${VERSION}\n`);
    return EXIT.ok;
  }
  const load = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    const what =
      command === undefined
        ? "perintah tidak disebut / no command given"
        : `perintah tidak dikenal / unknown command: '${command}'`;
    io.stderr.write(`pokin: ${what}\n\n${USAGE}`);
    return EXIT.failure;
  }
  try {
    const run = await load();
    return await run(args, io);
  } catch (err) {
    io.stderr.write(`pokin: kesalahan tak terduga / unexpected error: ${oneLine(err)}\n`);
    return EXIT.failure;
  }
}
