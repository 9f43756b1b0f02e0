import fs from "node:fs";
import path from "node:path";
import { readXlsx } from "../../../src/adapters/xlsx/readWorkbook";
import { previewImport, type ImportPreview } from "../../../src/core/import";
import type { WorkbookData } from "../../../src/core/sheet";

const REF = path.resolve(__dirname, "../../../../shared/reference");
const has = fs.existsSync(REF);
if (!has) console.warn(`Skipping the reference-file import tests: ${REF} is absent.`);
const NOW = new Date(2025, 5, 1);

async function load(file: string): Promise<WorkbookData> {
  return readXlsx(fs.readFileSync(path.join(REF, file)));
}

/** Rows per level, in level order (Tujuan RPD, Tujuan OPD, Program, Kegiatan, Sub Kegiatan). */
function counts(p: ImportPreview): number[] {
  return p.content.levels.map((l) => l.rows.length);
}

/** 1-based rows skipped. */
function skipped(p: ImportPreview): number[] {
  return p.reports.filter((r) => r.status === "skipped").map((r) => r.row + 1);
}

/** Every non-empty row below the header is imported or reported as skipped: none is lost. */
function accountedFor(data: WorkbookData, p: ImportPreview): void {
  const sheet = data.sheets.find((s) => s.name === p.sheet)!;
  const reported = new Set(p.reports.map((r) => r.row));
  const nonEmpty = sheet.values
    .map((row, r) => ({
      r,
      filled: row.some((v) => v !== null && v !== undefined && String(v).trim() !== ""),
    }))
    .filter((x) => x.filled)
    .map((x) => x.r);
  expect(nonEmpty.filter((r) => !reported.has(r))).toEqual([]);
}

function levelOfSource(p: ImportPreview, cell: string): string[] {
  return p.content.levels.filter((l) => l.rows.some((r) => r.source.endsWith(`!${cell}`))).map((l) => l.name);
}

(has ? describe : describe.skip)("previewImport(real Bappeda templates in ../shared/reference)", () => {
  test("the Deli Serdang Renja evaluation: title rows, 2-row header, numbering and K/%/Rp rows, no code column", async () => {
    const data = await load("evaluasi-renja_bappedalitbang-deli-serdang_2025.xlsx");
    const p = previewImport(data, "Realisasi TW IV", { now: NOW });
    expect(p.mapping?.headerTop).toBe(5);
    expect(p.mapping?.numberingRow).toBe(7);
    expect(p.mapping?.dataStart).toBe(9);
    // Tujuan RPD 2: column E (Tujuan Perangkat Daerah, nearest-but-one group above Program) names
    //   two distinct tujuan (E13, E27; E55 and E97 repeat E13's text). No indicator column.
    // Tujuan OPD 4: column F (Sasaran Perangkat Daerah) at F13, F27, F55, F97.
    // Program 8: six "Program …" rows in G (13, 55, 70, 92, 97, 106); H13 holds two numbered
    //   indicators (split) and G106 is merged over H106 and H107 (two rows) → 6 + 1 + 1.
    // Kegiatan 19: rows whose Rp target (K) is the SUM of the rows below them: 14 22 27 30 39 45 49,
    //   56 64 67, 71 77 84, 93, 98 101 103, 108 110.
    // Sub Kegiatan 72: every other row under a program between rows 15 and 112 (34 + 11 + 17 + 2 + 5 + 3).
    // Levels matched by owner (SPEC §6): D 'Sasaran RPJMD' → Tujuan RPD (the Pemda's level, 1 row),
    // E 'Tujuan Perangkat Daerah' → Tujuan OPD, F 'Sasaran Perangkat daerah' → the proposed new
    // level Sasaran OPD (the workbook has no agency level left): nothing shifted, nothing dropped.
    expect(p.mapping!.levels).toEqual([
      "Tujuan RPD",
      "Tujuan OPD",
      "Sasaran OPD",
      "Program",
      "Kegiatan",
      "Sub Kegiatan",
    ]);
    expect(p.mapping!.newLevels).toEqual(["Sasaran OPD"]);
    expect(p.mapping!.groups.slice(0, 5).map((g) => [g.label, g.reason.code])).toEqual([
      ["Visi", "group.unplaced"],
      ["Misi", "group.unplaced"],
      ["Sasaran RPJMD/ NSPK", "group.by-owner"],
      ["Tujuan Perangkat Daerah", "group.by-owner"],
      ["Sasaran Perangkat daerah", "group.new-level"],
    ]);
    expect(counts(p)).toEqual([1, 2, 4, 8, 19, 72]);
    // 10: "Perangkat Daerah : …" sub-title; 11, 12, 91, 96: urusan/bidang headings without
    // indicator; 113: totals; 116–125: the (redacted) signature block.
    expect(skipped(p)).toEqual([10, 11, 12, 91, 96, 113, 116, 118, 119, 120, 123, 124, 125]);
    expect(levelOfSource(p, "H14")).toEqual(["Kegiatan"]);
    expect(levelOfSource(p, "H15")).toEqual(["Sub Kegiatan"]);
    expect(levelOfSource(p, "H107")).toEqual(["Program"]);
    const sub = p.content.levels[5]!.rows.find((r) => r.source.endsWith("!H15"))!;
    expect(sub).toMatchObject({
      satuan: "Dok",
      targets: { 2025: 4, 2030: 3 },
      // Y15 is a formula whose cached result is 0: a value, not a blank (SPEC §7, refinements).
      quarters: { 2025: [2, 0.7999999999999998, 1.2000000000000002, 0] },
    });
    const cols = Object.fromEntries(p.mapping!.columns.map((c) => [c.col, c.role]));
    expect([cols[9], cols[10], cols[11], cols[13], cols[15], cols[16], cols[17], cols[27]]).toEqual([
      { kind: "target", year: 2030 },
      { kind: "skip", why: "anggaran" },
      { kind: "skip", why: "kumulatif" },
      { kind: "target", year: 2025 },
      { kind: "realisasi", year: 2025, quarter: 1 },
      { kind: "skip", why: "capaian" },
      { kind: "skip", why: "anggaran" },
      { kind: "realisasi", year: 2025 },
    ]);
    accountedFor(data, p);
  });

  test("the PUPR Renstra template: x.xx and unpadded codes, SUM parent rows with 0 for blank, DANA columns", async () => {
    const data = await load("renstra-template_dinas-pupr.xlsx");
    const p = previewImport(data, "RENSTRA", { now: NOW, tahunAwal: 2025 });
    // Program 10: 3-segment codes x.xx.01, 1.3.02, 1.3.03, 1.3.05, 1.3.06, 1.3.08 … 1.3.12; their
    //   INDIKATOR and SATUAN are 0 (blank), so each is one statement without indicator.
    // Kegiatan 22: 5-segment codes (7 under x.xx.01, 2, 1, 1, 1, 1, 1, 1, 3, 4 under the others).
    // Sub Kegiatan 61: 60 six-segment codes plus row 56, which has no code and sits under a kegiatan.
    expect(counts(p)).toEqual([0, 0, 10, 22, 61]);
    // 2 and 3: urusan "1" and bidang "1.3" headings.
    expect(skipped(p)).toEqual([2, 3]);
    const program = p.content.levels[2]!.rows[0]!;
    expect(program).toMatchObject({ kodeNomenklatur: "X.XX.01", indikator: "", satuan: "" });
    expect(program.targets).toBeUndefined();
    expect(p.reports.find((r) => r.row === 3)?.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "note.zero-as-empty", cell: "E4" }),
        expect.objectContaining({ code: "note.values-without-indicator", args: { row: 4, count: 5 } }),
      ]),
    );
    expect(p.content.levels[4]!.rows[0]).toMatchObject({
      kode: "1.1.1",
      kodeInduk: "1.1",
      targets: { 2025: 12, 2026: 12, 2027: 12, 2028: 12, 2029: 12 },
    });
    expect(levelOfSource(p, "C56")).toEqual(["Sub Kegiatan"]);
    expect(
      p
        .mapping!.columns.filter((c) => c.role.kind === "skip" && c.role.why === "anggaran")
        .map((c) => c.header),
    ).toEqual(["DANA TAHUN 1", "DANA TAHUN 2", "DANA TAHUN 3", "DANA TAHUN 4", "DANA TAHUN 5"]);
    accountedFor(data, p);
  });

  test("the Renja/DPA sub-kegiatan format: capaian kegiatan, keluaran and hasil indicators, fractions and '12 Bulan'", async () => {
    const data = await load("format-sub-kegiatan_renja-dpa-dppa.xlsx");
    const p = previewImport(data, "Sub Keg Renja_DPA_DPPA", { now: NOW });
    // Kegiatan 10: TOLAK UKUR CAPAIAN KEG. is the kegiatan's indicator: one per kegiatan code
    //   (1.03.01.2.01/.02/.03/.06/.07/.08/.09, 1.03.11.2.01) and two for 1.03.12.2.02 (rows 44, 45).
    // Sub Kegiatan 52: 44 sub kegiatan; rows 8, 11, 14, 15, 17, 42, 44, 45 have a keluaran and a
    //   hasil indicator (16 rows), the other 36 have none (one row each, indicator empty).
    // Kegiatan 19: the 10 above plus 9 kegiatan known only by their sub kegiatan's code (e.g.
    //   1.03.02.2.01 over rows 26–28), so that every sub kegiatan has its parent.
    expect(counts(p)).toEqual([0, 0, 0, 19, 52]);
    expect(p.content.levels[4]!.rows.filter((r) => !r.kodeInduk)).toEqual([]);
    expect(p.content.levels[3]!.rows.filter((r) => r.uraian === "")).toEqual([]);
    expect(p.content.levels[3]!.rows.find((r) => r.kodeNomenklatur === "1.03.02.2.01")).toMatchObject({
      uraian: "Kegiatan 1.03.02.2.01",
      indikator: "",
    });
    // The 8 hasil indicators (G8, G11 …) keep their row's code like the keluaran ones.
    expect(
      p.content.levels[4]!.rows.filter((r) => r.source.includes("!G")).map((r) => r.kodeNomenklatur),
    ).toHaveLength(8);
    expect(p.content.levels[4]!.rows.filter((r) => !r.kodeNomenklatur)).toEqual([]);
    expect(skipped(p)).toEqual([]);
    const keg = p.content.levels[3]!.rows[0]!;
    expect(keg).toMatchObject({ kodeNomenklatur: "1.03.01.2.01", satuan: "%", targets: { 2025: 96 } });
    const keluaran = p.content.levels[4]!.rows.find((r) => r.source.endsWith("!E8"))!;
    const hasil = p.content.levels[4]!.rows.find((r) => r.source.endsWith("!G8"))!;
    expect([keluaran.satuan, keluaran.targets, hasil.satuan, hasil.targets]).toEqual([
      "Laporan",
      { 2025: 1 },
      "Bulan",
      { 2025: 12 },
    ]);
    accountedFor(data, p);
  });

  test("the tujuan/sasaran list: the KELOMPOK column gives each row's level, ';' splits indicators", async () => {
    const data = await load("tujuan-sasaran-renstra_dinas-pupr.xlsx");
    const p = previewImport(data, "tujuan sasaran", { now: NOW });
    // Tujuan RPD 12: 13 "Tujuan" rows; row 9 repeats row 2's tujuan, so its sasaran join it.
    // Tujuan OPD 17: 16 "Sasaran" rows; C5 holds two indicators split at ';', C19 the same one twice.
    expect(counts(p)).toEqual([12, 17, 0, 0, 0]);
    expect(skipped(p)).toEqual([]);
    expect(p.content.levels[1]!.rows.filter((r) => r.source.endsWith("!C5")).map((r) => r.indikator)).toEqual(
      ["Prosentase sarana prasarana pendukung dalam kondisi baik", "Prosentase Tingkat Kehadiran Aparatur"],
    );
    expect(p.content.levels[1]!.rows.find((r) => r.source.endsWith("!C10"))?.kodeInduk).toBe("1");
    accountedFor(data, p);
  });

  test("the Kepmendagri list: the code split over five columns gives program, kegiatan and sub kegiatan", async () => {
    const data = await load("kepmendagri-900.1.15.5-1317-2023_sub-kegiatan_kabkota.xlsx");
    const p = previewImport(data, "subkeg", { now: NOW });
    // The counts of the README's CSV made from this file: 188 program, 729 kegiatan, 3,395 sub
    // kegiatan; the 10 urusan and 45 bidang rows are headings.
    expect(counts(p)).toEqual([0, 0, 188, 729, 3395]);
    expect(skipped(p)).toHaveLength(55);
    const first = p.content.levels[4]!.rows[0]!;
    expect(first).toMatchObject({
      kodeNomenklatur: "X.XX.01.2.01.0001",
      uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      satuan: "Dokumen",
    });
    accountedFor(data, p);
  });
});
