import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isReadFailure, readXlsxFile } from "../../src/adapters/xlsx/readFile";
import { main } from "../../src/cli/main";
import { buildBoxes, type StatementBox } from "../../src/core/layout/boxes";
import { buildModel } from "../../src/core/model/buildModel";
import { checkWorkbook } from "../../src/core/rules/runChecks";
import { BANJARNEGARA, CONTOH_BAGIAN_ORGANISASI, CONTOH_DINKES, CONTOH_RPD } from "../../src/core/sample";
import { REKAP_SHEET } from "../../src/core/sheets";
import { captureIo } from "./cliFiles";
import { writeSampleSet } from "./pemdaFiles";

let dir: string;
let set: Awaited<ReturnType<typeof writeSampleSet>>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-gabung-"));
  set = await writeSampleSet(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("pokin gabung A.xlsx B.xlsx … --rpd RPD.xlsx -o PEMDA.xlsx", () => {
  it("writes the Pemda workbook: rows add up, Kodes unique by OPD, RPD rows once, no structural error, sources untouched", async () => {
    const sources = [set.dinsos, set.dinkes, set.org, set.rpd];
    const before = sources.map((f) => fs.readFileSync(f));
    const out = path.join(dir, "pemda.xlsx");
    const cap = captureIo();
    const code = await main(
      ["gabung", set.dinsos, set.dinkes, set.org, "--rpd", set.rpd, "-o", out, "--lang", "en"],
      cap.io,
    );
    // The Banjarnegara sample has no targets (POKIN011), so the Pemda workbook has errors: exit 1.
    expect([code, cap.err()]).toEqual([1, ""]);
    expect(cap.out()).toMatch(
      /^Wrote the Pemda workbook '.*pemda\.xlsx': 3 Perangkat Daerah, 102 indicators \(4 \/ 12 \/ 16 \/ 18 \/ 52 per level\)\./,
    );
    sources.forEach((f, i) => expect(fs.readFileSync(f).equals(before[i]!)).toBe(true));

    // In Indonesian the summary says "kesalahan", as `pokin check` and the pane do (not "galat").
    const id = captureIo();
    const outId = path.join(dir, "pemda-id.xlsx");
    await main(["gabung", set.dinsos, set.dinkes, set.org, "--rpd", set.rpd, "-o", outId], id.io);
    expect(id.out()).toMatch(/Hasil periksa: \d+ kesalahan, \d+ peringatan\.\n$/);

    const read = await readXlsxFile(out);
    if (isReadFailure(read)) throw new Error(read.message.en);
    const model = buildModel(read);
    const opds = [BANJARNEGARA, CONTOH_DINKES, CONTOH_BAGIAN_ORGANISASI];
    // Level 1 holds the RPD's rows once; every other level adds up the OPDs' rows.
    expect(model.levels.map((l) => l.indicators.length)).toEqual(
      [0, 1, 2, 3, 4].map((i) =>
        i === 0 ? CONTOH_RPD.levels[0]!.rows.length : opds.reduce((n, c) => n + c.levels[i]!.rows.length, 0),
      ),
    );
    expect(model.levels[0]!.indicators.map((i) => [i.kode, i.perangkatDaerah])).toEqual(
      ["1", "2", "3", "4"].map((k) => [k, "RPD"]),
    );
    const dinkes = model.indicators.find((i) => i.kode === "DK:1.2")!;
    expect([dinkes.kodeInduk, dinkes.perangkatDaerah, dinkes.parent?.kode]).toEqual([
      "1",
      "Dinas Kesehatan",
      "1",
    ]);
    expect(model.byKode.get("DSPPPA:1.1.1.1")?.kodeInduk).toBe("DSPPPA:1.1.1");
    const structural = checkWorkbook(read).filter((f) => /^POKIN00[1-7]$/.test(f.rule));
    expect(structural).toEqual([]);

    // The boxes say which OPD owns them; the RPD is at the root.
    const roots = buildBoxes(model, { lang: "id" });
    expect(roots.map((b) => b.sections[0]!.text.endsWith("[RPD]"))).toEqual([true, true, true, true]);
    const below = (b: StatementBox) => b.children.map((c) => c.sections[0]!.text.replace(/^.* \[/, "["));
    expect(below(roots[0]!)).toEqual([
      "[Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak]",
      "[Dinas Kesehatan]",
    ]);

    // The Rekap: one row per OPD, with colour scales and data bars.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rekap = wb.getWorksheet(REKAP_SHEET)!;
    const header = (rekap.getRow(4).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(["No", "Perangkat Daerah", "File", "Kode prefix"]);
    const names = [5, 6, 7].map((r) => rekap.getCell(r, 2).value);
    expect(names).toEqual([
      "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
      "Dinas Kesehatan",
      "Bagian Organisasi Sekretariat Daerah",
    ]);
    const filled = header.indexOf("% targets filled") + 1;
    // Dinas Sosial has no target at all; the invented OPDs have all theirs.
    expect([5, 6, 7].map((r) => rekap.getCell(r, filled).value)).toEqual([0, 1, 1]);
    const cf = (rekap as unknown as { conditionalFormattings: { rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(cf.flatMap((c) => c.rules.map((r) => r.type)).sort()).toEqual([
      "colorScale",
      "colorScale",
      "colorScale",
      "dataBar",
      "dataBar",
      "dataBar",
    ]);
  });

  it("refuses to write over a source, and exits 2 when no OPD workbook can be read", async () => {
    const cap = captureIo();
    expect(await main(["gabung", set.dinkes, set.org, "-o", set.org], cap.io)).toBe(2);
    expect(cap.err()).toMatch(/^pokin: Berkas keluaran .* adalah salah satu sumber/);
    const none = captureIo();
    expect(
      await main(["gabung", path.join(dir, "tidak-ada.xlsx"), "-o", path.join(dir, "x.xlsx")], none.io),
    ).toBe(2);
    expect(none.err()).toMatch(/POKIN040/);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});
