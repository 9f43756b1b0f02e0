import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { HELD_BACK } from "./heldBackFiles";
import { base } from "./hostileFiles";
import { expectClean, limited, type LimitedRun } from "./limited";
import { maskStamps } from "../helpers/stamps";

// Held-back files (issue 8 "Done means"): odd writers and hostile files the reader was not
// written against. Each goes through pokin build, import and check twice, in a child process
// with 1 GB of heap and 10 s of CPU: it ends cleanly (exit 0/1/2, one-line messages) and the
// second run says exactly what the first said.

jest.setTimeout(900_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-held-back-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const COMMANDS = {
  build: (f: string) => ["build", f, "-o", `${f}.out.xlsx`],
  import: (f: string) => ["import", f, "--sheet", "Tempel", "-o", `${f}.imp.xlsx`],
  check: (f: string) => ["check", f, "--lang", "en"],
} as const;

/**
 * One run with fresh outputs, its file name replaced by FILE and the backup sheet's time stamp
 * (`Cadangan Program 20261129-0954`, to the minute) by STAMP, so that runs compare.
 */
function run(cmd: keyof typeof COMMANDS, file: string): LimitedRun {
  for (const out of [`${file}.out.xlsx`, `${file}.imp.xlsx`]) fs.rmSync(out, { force: true });
  const r = limited(COMMANDS[cmd](file));
  const plain = (s: string) => maskStamps(s.split(file).join("FILE"));
  return { ...r, out: plain(r.out), err: plain(r.err) };
}

/** What `pokin check --lang en` must say of each file (the base workbook's findings where it is read right). */
const CHECK: Record<string, (r: LimitedRun) => void> = {
  "two zip entries with the first sheet's name": (r) =>
    expect([r.code, r.err]).toEqual([
      2,
      "pokin: The file 'FILE' cannot be read as .xlsx: its zip archive is damaged.\n",
    ]),
  "ZIP64 entries with sizes after the data (a streaming writer)": (r) => expect(r).toEqual(baseCheck),
  "an encrypted workbook (OLE compound file) named .xlsx": (r) =>
    expect([r.code, r.err]).toEqual([
      2,
      "pokin: The file 'FILE' is encrypted or an old .xls; open it in Excel, remove its password (if any) and save it as .xlsx.\n",
    ]),
  "Strict OOXML namespaces": (r) => expect(r).toEqual(baseCheck),
  "1,000,000 tiny shared strings": (r) => expect(r).toEqual(baseCheck),
  // The nested text's Kode (2) is read: row 3 is an indicator of its own.
  "an inline string nested 100,000 elements deep": (r) =>
    expect(r.out).toMatch(/\n {2}Program!B3 +\[2\] Kode Induk is empty/),
  "a 1 MB string in an Uraian cell": (r) =>
    expect(r.out).toMatch(/\n {2}Program!B3 +\[2\] Kode Induk is empty/),
  "an error value (#REF!) as a Kode": (r) =>
    expect(r.out).toMatch(
      /\nERROR +POKIN023 +1 finding\n {2}Program!A3 +The cell holds the Excel error value #REF!/,
    ),
};

let baseCheck: LimitedRun;
beforeAll(async () => {
  const file = path.join(dir, "base.xlsx");
  fs.writeFileSync(file, await (await base()).generateAsync({ type: "uint8array" }));
  baseCheck = run("check", file);
  expect(baseCheck.code).toBe(1);
});

test("every held-back file has its own expectation", () => {
  expect(Object.keys(CHECK).sort()).toEqual(Object.keys(HELD_BACK).sort());
});

describe.each(Object.keys(HELD_BACK))("held-back file: %s", (name) => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, `${name.replace(/[^a-z0-9]+/gi, "-")}.xlsx`);
    fs.writeFileSync(file, await HELD_BACK[name]!());
  });

  test.each(Object.keys(COMMANDS) as (keyof typeof COMMANDS)[])(
    "pokin %s ends cleanly within the limits, and the same way twice",
    (cmd) => {
      const first = run(cmd, file);
      expectClean(first);
      const second = run(cmd, file);
      expect(second).toEqual(first);
      if (cmd === "check") CHECK[name]!(first);
    },
  );
});
