import fc from "fast-check";
import { buildModel } from "../../../src/core/model/buildModel";
import { checkWorkbook } from "../../../src/core/rules";
import { nameKey } from "../../../src/core/text";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN019"], lang: "en" });

describe("POKIN019 the same Indikator appears twice under the same parent", () => {
  test("POKIN019 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN019 fires at the later Indikator cell, matching case- and space-insensitively", () => {
    const wb = cleanWorkbook((l) => {
      l[4]![1]!.indikator = "JUMLAH orang yang  mendapatkan\u00A0permakanan ";
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN019",
        severity: "warning",
        sheet: "Sub Kegiatan",
        cell: "D3",
        kode: "1.1.1.1.2",
        message:
          "[1.1.1.1.2] Indikator 'JUMLAH orang yang mendapatkan permakanan' already appears under the same parent at Kode 1.1.1.1.1.",
      },
    ]);
  });

  test("POKIN019 treats all level-1 rows as siblings, whatever their Kode Induk", () => {
    const wb = cleanWorkbook((l) => {
      l[0]!.push({ kode: "2", induk: "Misi 2", indikator: "Persentase penanganan PPKS", satuan: "%" });
    });
    expect(check(wb).map((f) => [f.sheet, f.cell, f.kode])).toEqual([["Tujuan RPD", "D3", "2"]]);
  });

  test("POKIN019 does not fire for the same Indikator under different parents", () => {
    const wb = cleanWorkbook((l) => {
      l[3]!.push({ kode: "1.1.1.2", induk: "1.1.1", indikator: "Jumlah lembaga" });
      l[4]!.push({
        kode: "1.1.1.2.1",
        induk: "1.1.1.2",
        indikator: "Jumlah orang yang mendapatkan permakanan",
      });
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN019 does not fire for two empty Indikator cells (POKIN009 reports those)", () => {
    const wb = cleanWorkbook((l) => {
      l[4]![0]!.indikator = " ";
      l[4]![1]!.indikator = "";
    });
    expect(check(wb)).toEqual([]);
  });

  test.each([6, 30])(
    "POKIN019 compares every row of a family of %i, case-folding any script, and an empty row matches nothing",
    (size) => {
      // A few siblings are compared row by row; a large family through a map of keys.
      const wb = cleanWorkbook((l) => {
        l[4]!.length = 0;
        const add = (i: number | string, indikator: string) =>
          l[4]!.push({ kode: `1.1.1.1.${i}`, induk: "1.1.1.1", indikator, satuan: "orang" });
        add(0, "");
        add("a", "Jumlah ÉLÈVES");
        add("b", "Jumlah anak");
        for (let i = 1; i <= size - 5; i++) add(i, `Jumlah anak ${i}`);
        add("c", "jumlah élèves");
        add("d", "JUMLAH  ANAK 1");
        add("e", "Jumlah anak 1 dan 2");
      });
      expect(check(wb).map((f) => [f.kode, f.message.match(/Kode (\S+)\.$/)?.[1]])).toEqual([
        ["1.1.1.1.c", "1.1.1.1.a"],
        ["1.1.1.1.d", "1.1.1.1.1"],
      ]);
    },
  );

  test("property: POKIN019 names exactly the rows whose lower-cased Indikator came earlier under the same Kode Induk", () => {
    // Letters whose case folds differently (İ, Σ/σ/ς, É), spaces, and Kode Induk values that
    // link, point at a missing parent or at the wrong level, over families small and large.
    const letter = fc.constantFrom("a", "A", "b", "É", "é", "İ", "i", "\u0307", "Σ", "σ", "ς", " ", "  ");
    const text = fc.array(letter, { maxLength: 4 }).map((xs) => xs.join(""));
    const induk = fc.constantFrom("1.1.1.1", "1.1.1.2", "9.9", "1.1", "");
    const rows = fc.array(fc.record({ induk, text }), { maxLength: 70 });
    fc.assert(
      fc.property(rows, (specs) => {
        const wb = cleanWorkbook((l) => {
          l[3]!.push({ kode: "1.1.1.2", induk: "1.1.1", indikator: "Kegiatan kedua" });
          l[4]!.length = 0;
          specs.forEach((r, i) => l[4]!.push({ kode: `5.${i}`, induk: r.induk, indikator: r.text }));
        });
        const seen = new Map<string, string>();
        const expected: [string, string][] = [];
        for (const ind of buildModel(wb).levels[4]!.indicators) {
          const key = `${ind.kodeInduk}\u0000${nameKey(ind.indikator)}`;
          if (nameKey(ind.indikator) === "") continue;
          const first = seen.get(key);
          if (first) expected.push([ind.kode, first]);
          else seen.set(key, ind.kode);
        }
        const found = check(wb).map((f) => [f.kode!, f.message.match(/Kode (\S+)\.$/)![1]!]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
