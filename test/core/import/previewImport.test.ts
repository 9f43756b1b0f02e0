import {
  applyMapOverrides,
  mapRoleText,
  parseMapOverrides,
  describeMapping,
  previewImport,
} from "../../../src/core/import";
import type { WorkbookData } from "../../../src/core/sheet";
import { matrixHeader } from "../../helpers/pastedMatrix";
import { settingsSheet } from "../../helpers/workbook";

const NOW = new Date(2025, 0, 1);

/** A five-group cascading matrix with title rows, a 2-row header ("Target" over years), a numbering row. */
function matrix(): WorkbookData {
  const values: unknown[][] = [
    ...matrixHeader(["Tahun 1", "Tahun 2"], ["Anggaran (Rp)"]),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ["T1", "IT1", "S1", "IS1", "P1", "1. IP1 2. IP2", "%", "75,5", 80, 1000000],
    [null, null, null, null, "P2", "IP3", "orang", 10, "12", 500],
    [null, null, "S2", "IS2", "P3", "IP4", "dokumen", 1, 2, 0],
    ["Jumlah", null, null, null, null, null, null, null, null, 1500500],
  ];
  return {
    sheets: [
      settingsSheet([
        ["Tahun Awal", 2025],
        ["Tahun Akhir", 2029],
      ]),
      { name: "Tempel", values },
    ],
  };
}

describe("previewImport(workbook, sheet) on a cascading matrix", () => {
  const p = previewImport(matrix(), "Tempel", { now: NOW });

  test("finds the header below the title rows, spanning two rows, and the numbering row", () => {
    expect([
      p.mapping?.headerTop,
      p.mapping?.headerBottom,
      p.mapping?.numberingRow,
      p.mapping?.dataStart,
    ]).toEqual([2, 3, 4, 5]);
  });

  test("maps the groups to levels: Program by name, the groups above nearest first", () => {
    expect(p.mapping?.groups.map((g) => [g.label, g.level])).toEqual([
      ["Tujuan", 0],
      ["Sasaran", 1],
      ["Program", 2],
    ]);
  });

  test("reads 'Target / Tahun 1' as the target of Tahun Awal and says why", () => {
    const h = p.mapping!.columns.find((c) => c.col === 7)!;
    expect(h.role).toEqual({ kind: "target", year: 2025 });
    expect(h.reason.id).toBe(
      "kolom H: 'Target / Tahun 1' → Target 2025 (judul memuat 'tahun 1'; Tahun 1 = 2025 (Tahun Awal 2025 dari Pengaturan))",
    );
    expect(p.mapping!.columns.find((c) => c.col === 9)!.role).toEqual({ kind: "skip", why: "anggaran" });
  });

  test("builds the tree with 'same as above', split indicators and position Kodes", () => {
    expect(
      p.content.levels.map((l) =>
        l.rows.map((r) => [r.kode, r.kodeInduk ?? "", r.uraian, r.indikator, r.satuan, r.targets ?? {}]),
      ),
    ).toEqual([
      [["1", "", "T1", "IT1", "", {}]],
      [
        ["1.1", "1", "S1", "IS1", "", {}],
        ["1.2", "1", "S2", "IS2", "", {}],
      ],
      [
        ["1.1.1", "1.1", "P1", "IP1", "%", { 2025: 75.5, 2026: 80 }],
        ["1.1.2", "1.1", "P1", "IP2", "%", { 2025: 75.5, 2026: 80 }],
        ["1.1.3", "1.1", "P2", "IP3", "orang", { 2025: 10, 2026: 12 }],
        ["1.2.1", "1.2", "P3", "IP4", "dokumen", { 2025: 1, 2026: 2 }],
      ],
      [],
      [],
    ]);
    expect(p.content.levels[2]!.rows[0]!.source).toBe("'Tempel'!F6");
  });

  test("reports every row: title, header, imported with its levels, and the totals row skipped", () => {
    expect(p.reports.map((r) => [r.row, r.status, r.levels ?? r.reason?.code])).toEqual([
      [0, "title", undefined],
      [2, "header", undefined],
      [3, "header", undefined],
      [4, "header", undefined],
      [5, "imported", ["Tujuan RPD", "Tujuan OPD", "Program"]],
      [6, "imported", ["Program"]],
      [7, "imported", ["Tujuan OPD", "Program"]],
      [8, "skipped", "skip.total"],
    ]);
  });

  test("describes the mapping in the chosen language", () => {
    expect(describeMapping(p.mapping!, "en")[0]).toBe(
      "Table header: rows 3–4; numbering row 5; data from row 6; layout: cascading matrix",
    );
  });
});

describe("mapping overrides: column → role as data; --map text read into the same structure", () => {
  const p = previewImport(matrix(), "Tempel", { now: NOW });

  test("parseMapOverrides reads --map text into column → role", () => {
    const { overrides, problems } = parseMapOverrides(
      "H=Target 2026, I=Lewati,C=Uraian Tujuan RPD,D=realisasi 2025 tw2,E=Kode Induk",
    );
    expect(problems).toEqual([]);
    expect(overrides).toEqual([
      { col: 7, role: { kind: "target", year: 2026 }, text: "Target 2026" },
      { col: 8, role: { kind: "skip" }, text: "Lewati" },
      { col: 2, role: { kind: "uraian", level: "Tujuan RPD" }, text: "Uraian Tujuan RPD" },
      { col: 3, role: { kind: "realisasi", year: 2025, quarter: 2 }, text: "realisasi 2025 tw2" },
      { col: 4, role: { kind: "kodeInduk" }, text: "Kode Induk" },
    ]);
    expect(overrides.map((o) => mapRoleText(o.role))).toEqual([
      "Target 2026",
      "Lewati",
      "Uraian Tujuan RPD",
      "Realisasi 2025 TW2",
      "Kode Induk",
    ]);
  });

  test("sets a column's role and level as the planner says", () => {
    const mapping = applyMapOverrides(p.mapping!, [
      { col: 7, role: { kind: "target", year: 2026 } },
      { col: 8, role: { kind: "skip" } },
      { col: 2, role: { kind: "uraian", level: "Tujuan RPD" } },
    ]);
    expect(mapping.columns.filter((c) => [7, 8].includes(c.col)).map((c) => c.role)).toEqual([
      { kind: "target", year: 2026 },
      { kind: "skip", why: "lain" },
    ]);
    expect(mapping.groups.find((g) => g.col === 2)?.level).toBe(0);
    expect(mapping.columns.find((c) => c.col === 7)?.reason.en).toBe(
      "column H → Target 2026 (set by the user)",
    );
  });

  test("reports an entry it cannot read", () => {
    expect(
      parseMapOverrides("H=Sesuatu,I=Target 2026 TW1").problems.map((x) => [x.entry, x.message.code]),
    ).toEqual([
      ["H=Sesuatu", "problem.map-entry"],
      ["I=Target 2026 TW1", "problem.map-entry"],
    ]);
  });

  test("previewImport gives the same preview for --map text and for the same overrides as data", () => {
    const text = previewImport(matrix(), "Tempel", { now: NOW, map: "I=Lewati,H=Target 2026" });
    const data = previewImport(matrix(), "Tempel", {
      now: NOW,
      overrides: [
        { col: 8, role: { kind: "skip" } },
        { col: 7, role: { kind: "target", year: 2026 } },
      ],
    });
    expect(text.content.levels[2]!.rows[0]!.targets).toEqual({ 2026: 75.5 });
    expect(data.content).toEqual(text.content);
    expect(data.mapping!.columns.map((c) => c.role)).toEqual(text.mapping!.columns.map((c) => c.role));
  });
});

describe("previewImport(workbook, sheet) problems", () => {
  test("names a missing sheet and a sheet without header, in both languages", () => {
    const wb: WorkbookData = { sheets: [{ name: "Kosong", values: [["halo"], [1, 2]] }] };
    expect(previewImport(wb, "Tidak Ada").problem).toEqual({
      code: "problem.no-sheet",
      args: { sheet: "Tidak Ada" },
      id: "Lembar 'Tidak Ada' tidak ada.",
      en: "There is no sheet 'Tidak Ada'.",
    });
    expect(previewImport(wb, "Kosong").problem).toMatchObject({
      code: "problem.no-header",
      args: { sheet: "Kosong" },
    });
    expect(previewImport(wb, "Kosong", { range: "Z" }).problem?.code).toBe("problem.bad-range");
  });

  test("reads only the given range", () => {
    const p = previewImport(matrix(), "Tempel", { now: NOW, range: "E3:G8" });
    expect(p.content.levels.map((l) => l.rows.length)).toEqual([0, 0, 4, 0, 0]);
  });
});
