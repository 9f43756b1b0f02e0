import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { HELD_BACK } from "./heldBackFiles";
import { expectClean, limited } from "./limited";

// A file Pokin's reader reads but ExcelJS cannot load whole (an inline string nested 100,000
// elements deep): build and import, which load it whole to write it back, stop with one
// sentence and a code, never with ExcelJS's own "Cannot read properties of undefined".

jest.setTimeout(300_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-unreadable-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, "nested.xlsx");
beforeAll(async () => {
  fs.writeFileSync(file, await HELD_BACK["an inline string nested 100,000 elements deep"]!());
});

test.each([
  ["build", ["build", file, "-o", path.join(dir, "out.xlsx")], "id"],
  ["import", ["import", file, "--sheet", "Tempel", "-o", path.join(dir, "imp.xlsx"), "--lang", "en"], "en"],
] as const)("pokin %s says in one sentence why the file cannot be loaded", (_, args, lang) => {
  const r = limited(args);
  expectClean(r);
  const line =
    lang === "id"
      ? `pokin: '${file}': Isi berkas tidak dapat dimuat utuh oleh pustaka .xlsx (XLSX_UNREADABLE); buka berkas di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.\n`
      : `pokin: '${file}': The .xlsx library cannot load the file's content whole (XLSX_UNREADABLE); open the file in Excel, save it again as .xlsx, then retry.\n`;
  expect([r.code, r.err]).toEqual([2, line]);
  expect(fs.existsSync(path.join(dir, "out.xlsx")) || fs.existsSync(path.join(dir, "imp.xlsx"))).toBe(false);
});
