import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { findReference, readReference } from "../../../src/core/model/reference";
import { checkWorkbook } from "../../../src/core/rules";
import type { SheetData } from "../../../src/core/sheet";
import { ANNEX_HEADER } from "../../helpers/annexHeader";
import { cleanWorkbook } from "../../helpers/workbook";

describe("readReference(sheet) reads the Kepmendagri nomenclature list", () => {
  test("readReference reads a one-column code under title rows, keyed by nomenklaturKey", () => {
    const sheet: SheetData = {
      name: "Referensi Nomenklatur",
      values: [
        ["Daftar Nomenklatur"],
        [],
        ["No", "Kode Sub Kegiatan", "Nomenklatur Sub Kegiatan", "Kinerja", "Indikator", "Satuan"],
        [1, "1.06.04.2.01.0001", "Penyediaan  Permakanan", "K", "I", " Orang "],
        [2, "1.6.4.2.1.1", "Duplicate, ignored", "", "", "Paket"],
        [3, "bukan kode", "Ignored", "", "", ""],
        [4, "2.08.02", "Program Perlindungan Perempuan"],
      ],
    };
    expect(readReference(sheet)).toEqual(
      new Map([
        ["1.6.4.2.1.1", { nomenklatur: "Penyediaan Permakanan", satuan: "Orang", row: 3 }],
        ["2.8.2", { nomenklatur: "Program Perlindungan Perempuan", satuan: "", row: 6 }],
      ]),
    );
  });

  test("readReference joins five code cells up to the first empty one, numbers and placeholders alike", () => {
    const sheet: SheetData = {
      name: "subkeg",
      values: [
        [...ANNEX_HEADER],
        ["X", "XX", 1, null, null, "PROGRAM PENUNJANG"],
        ["X", "XX", 1, "2.01", 1, "Penyusunan Dokumen", "", "", "Dokumen"],
        [1, 6, 4, 2.1, 3, "Stored as 2.1, meaning 2.10", "", "", "Orang"],
      ],
    };
    expect(readReference(sheet)).toEqual(
      new Map([
        ["X.X.1", { nomenklatur: "PROGRAM PENUNJANG", satuan: "", row: 1 }],
        ["X.X.1.2.1.1", { nomenklatur: "Penyusunan Dokumen", satuan: "Dokumen", row: 2 }],
        ["1.6.4.2.10.3", { nomenklatur: "Stored as 2.1, meaning 2.10", satuan: "Orang", row: 3 }],
      ]),
    );
  });

  test("readReference returns undefined without a header row in the first 15 rows", () => {
    const late: unknown[][] = Array.from({ length: 15 }, () => ["judul"]);
    late.push(["Kode", "Nomenklatur", "Satuan"], ["1.06", "Sosial", ""]);
    expect(readReference({ name: "R", values: late })).toBeUndefined();
    expect(
      readReference({
        name: "R",
        values: [
          ["Kode", "Uraian"],
          ["1.06", "Sosial"],
        ],
      }),
    ).toBeUndefined();
    expect(readReference({ name: "R", values: [] })).toBeUndefined();
  });
});

describe("findReference(reference, code) looks a code up", () => {
  const ref = readReference({
    name: "R",
    values: [
      ["Kode", "Nomenklatur", "Satuan"],
      ["X.XX.01.2.01.0001", "Penyusunan Dokumen Perencanaan", "Dokumen"],
      ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Orang"],
    ],
  })!;

  test("findReference matches padded and unpadded spellings of the same code", () => {
    expect(findReference(ref, "1.6.4.2.1.1")?.nomenklatur).toBe("Penyediaan Permakanan");
    expect(findReference(ref, "1.06.04.2.01.0001")?.row).toBe(2);
  });

  test("findReference falls back to the X.XX placeholders for an agency's own support-program code", () => {
    expect(findReference(ref, "1.06.01.2.01.0001")?.row).toBe(1);
    expect(findReference(ref, "X.XX.01.2.01.0001")?.row).toBe(1);
  });

  test("findReference finds nothing for an unknown, empty or malformed code", () => {
    expect(findReference(ref, "1.06.04.2.01.0002")).toBeUndefined();
    expect(findReference(ref, "")).toBeUndefined();
    expect(findReference(ref, "1.06.04.a")).toBeUndefined();
  });
});

const REF = path.resolve(__dirname, "../../../../shared/reference");
const FILE = path.join(REF, "kepmendagri-900.1.15.5-1317-2023_sub-kegiatan_kabkota.xlsx");
const hasFile = fs.existsSync(FILE);
if (!hasFile) console.warn(`reference.test: ${FILE} is absent; the real Kepmendagri list tests are skipped.`);

/** Reads the first worksheet with exceljs into plain cell values, as an adapter would. */
async function loadSheet(file: string): Promise<SheetData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  const values: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      cells[c - 1] =
        v !== null && typeof v === "object" && !(v instanceof Date)
          ? "result" in v
            ? v.result
            : "richText" in v
              ? v.richText.map((t) => t.text).join("")
              : String(cell.text)
          : v;
    });
    values[r - 1] = cells;
  });
  return { name: ws.name, values: Array.from(values, (r) => r ?? []) };
}

(hasFile ? describe : describe.skip)(
  "readReference on the real Kepmendagri 900.1.15.5-1317/2023 list",
  () => {
    let sheet: SheetData;
    beforeAll(async () => {
      sheet = await loadSheet(FILE);
    });

    test("readReference finds 1.06.04.2.01.0001 Penyediaan Permakanan with satuan Orang", () => {
      const ref = readReference(sheet);
      expect(ref).toBeDefined();
      expect(findReference(ref!, "1.06.04.2.01.0001")).toEqual({
        nomenklatur: "Penyediaan Permakanan",
        satuan: "Orang",
        row: 1523,
      });
      // 10 urusan + 45 bidang + 188 program + 729 kegiatan + 3,395 sub kegiatan (reference README).
      expect(ref!.size).toBe(10 + 45 + 188 + 729 + 3395);
    });

    test("POKIN024 with the real list as Referensi Nomenklatur accepts the clean codes and flags an unknown one", () => {
      const wb = cleanWorkbook((l) => {
        l[4]![1]!.nomenklatur = "1.06.04.2.01.0099";
      });
      const reference = { ...sheet, name: "Referensi Nomenklatur" };
      const findings = checkWorkbook({ sheets: [...wb.sheets, reference] }, { rules: ["POKIN024"] });
      expect(findings.map((f) => [f.sheet, f.cell, f.kode])).toEqual([["Sub Kegiatan", "H3", "1.1.1.1.2"]]);
    });
  },
);
