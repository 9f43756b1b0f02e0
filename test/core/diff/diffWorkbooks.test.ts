import { diffWorkbooks, type Change } from "../../../src/core/diff";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";
import { addRow, edit, removeRow, reverseRows, withColumns } from "./edits";

/** cleanWorkbook plus Program 1.1.2, 1.1.3 (with a Kegiatan child each) and 1.1.10; PJ and Crosscutting columns. */
function base(): WorkbookData {
  const wb = cleanWorkbook((levels) => {
    const program = (kode: string, indikator: string) => ({
      kode,
      induk: "1.1",
      uraian: "Program Perlindungan",
      indikator,
      satuan: "%",
    });
    levels[2]!.push(
      program("1.1.2", "Persentase korban bencana terlindungi"),
      program("1.1.3", "Persentase KPM graduasi"),
      program("1.1.10", "Persentase PSKS aktif"),
    );
    levels[3]!.push(
      {
        kode: "1.1.2.1",
        induk: "1.1.2",
        uraian: "Perlindungan Sosial Korban Bencana",
        indikator: "Jumlah korban bencana terlayani",
        satuan: "orang",
      },
      {
        kode: "1.1.3.1",
        induk: "1.1.3",
        uraian: "Pemberdayaan KPM",
        indikator: "Jumlah KPM dibina",
        satuan: "orang",
      },
    );
  });
  return withColumns(wb, ["Penanggung Jawab", "Crosscutting"]);
}

/** Twenty edits of every kind of SPEC §12, plus edits that change nothing the engine reads. */
function revised(): WorkbookData {
  let wb = base();
  const steps: [string, string, string, unknown][] = [
    ["Program", "1.1.1", "Target 2026", 25],
    ["Kegiatan", "1.1.1.1", "Target 2027", "27,5"],
    ["Program", "1.1.2", "Baseline", 5],
    ["Tujuan OPD", "1.1", "Uraian", "Menurunnya jumlah PMKS"],
    ["Sub Kegiatan", "1.1.1.1.2", "Indikator", "Jumlah orang yang menerima sandang"],
    ["Sub Kegiatan", "1.1.1.1.1", "Satuan", "jiwa"],
    ["Program", "1.1.2", "Polaritas", "Negatif"],
    ["Kegiatan", "1.1.1.1", "Sifat", "Akhir"],
    ["Sub Kegiatan", "1.1.1.1.1", "Kode Nomenklatur", "1.06.04.2.01.0009"],
    ["Program", "1.1.1", "Penanggung Jawab", "Bidang Rehsos"],
    ["Tujuan RPD", "1", "Crosscutting", "Dinkes; Bappeda"],
    ["Kegiatan", "1.1.2.1", "Kode", "1.1.2.5"],
    ["Sub Kegiatan", "1.1.1.1.2", "Kode Induk", "1.1.2.5"],
    ["Tujuan RPD", "1", "Target 2025", ""],
    ["Program", "1.1.3", "Kode", "1.1.4"],
    ["Kegiatan", "1.1.3.1", "Kode Induk", "1.1.4"],
    ["Tujuan OPD", "1.1", "Target 2026", 22],
    ["Kegiatan", "1.1.1.1", "Target 2025", 12],
    ["Sub Kegiatan", "1.1.1.1.1", "Target 2027", 35],
    // No change as the engine reads them:
    ["Program", "1.1.1", "Target 2025", "10,0"],
    ["Sub Kegiatan", "1.1.1.1.1", "Polaritas", "Naik"],
    ["Tujuan RPD", "1", "Satuan", "persen"],
    ["Sub Kegiatan", "1.1.1.1.2", "Sifat", "Kumulatif"],
    ["Program", "1.1.1", "Uraian", "  Program  Rehabilitasi Sosial "],
    // Only with --all:
    ["Program", "1.1.1", "Realisasi 2025", 8],
    ["Tujuan OPD", "1.1", "Keterangan", "direvisi"],
  ];
  for (const [sheet, kode, header, value] of steps) wb = edit(wb, sheet, kode, header, value);
  wb = removeRow(wb, "Program", "1.1.10");
  wb = addRow(wb, "Sub Kegiatan", {
    Kode: "1.1.1.1.3",
    "Kode Induk": "1.1.1.1",
    Uraian: "Penyediaan Alat Bantu",
    Indikator: "Jumlah orang yang mendapat alat bantu",
    Satuan: "orang",
    "Target 2025": 1,
    "Target 2026": 2,
    "Target 2027": 3,
  });
  return reverseRows(wb, "Sub Kegiatan");
}

const brief = (c: Change) => [c.kind, c.level, c.kode, c.field ?? "", c.old ?? null, c.new ?? null];

describe("diffWorkbooks(old, new)", () => {
  it("reports nothing for the same workbook, nor for rows only put in another order", () => {
    expect(diffWorkbooks(base(), base())).toEqual([]);
    expect(diffWorkbooks(base(), reverseRows(reverseRows(base(), "Program"), "Kegiatan"))).toEqual([]);
  });

  it("reports twenty edits of every kind once each, sorted by level then Kode, and nothing the engine reads alike", () => {
    expect(diffWorkbooks(base(), revised()).map(brief)).toEqual([
      ["changed", "Tujuan RPD", "1", "Target 2025", 10, null],
      ["changed", "Tujuan RPD", "1", "Crosscutting", null, "Dinkes; Bappeda"],
      ["changed", "Tujuan OPD", "1.1", "Uraian", "Menurunnya PMKS", "Menurunnya jumlah PMKS"],
      ["changed", "Tujuan OPD", "1.1", "Target 2026", 20, 22],
      ["changed", "Program", "1.1.1", "Target 2026", 20, 25],
      ["changed", "Program", "1.1.1", "Penanggung Jawab", null, "Bidang Rehsos"],
      ["changed", "Program", "1.1.2", "Polaritas", "Positif", "Negatif"],
      ["changed", "Program", "1.1.2", "Baseline", null, 5],
      ["recoded", "Program", "1.1.4", "Kode", "1.1.3", "1.1.4"],
      ["removed", "Program", "1.1.10", "", null, null],
      ["changed", "Kegiatan", "1.1.1.1", "Sifat", "Kumulatif", "Akhir"],
      ["changed", "Kegiatan", "1.1.1.1", "Target 2025", 10, 12],
      ["changed", "Kegiatan", "1.1.1.1", "Target 2027", 30, 27.5],
      ["recoded", "Kegiatan", "1.1.2.5", "Kode", "1.1.2.1", "1.1.2.5"],
      ["changed", "Sub Kegiatan", "1.1.1.1.1", "Satuan", "orang", "jiwa"],
      ["changed", "Sub Kegiatan", "1.1.1.1.1", "Kode Nomenklatur", "1.06.04.2.01.0001", "1.06.04.2.01.0009"],
      ["changed", "Sub Kegiatan", "1.1.1.1.1", "Target 2027", 30, 35],
      ["moved", "Sub Kegiatan", "1.1.1.1.2", "Kode Induk", "1.1.1.1", "1.1.2.5"],
      [
        "changed",
        "Sub Kegiatan",
        "1.1.1.1.2",
        "Indikator",
        "Jumlah orang yang menerima pakaian",
        "Jumlah orang yang menerima sandang",
      ],
      ["added", "Sub Kegiatan", "1.1.1.1.3", "", null, null],
    ]);
  });

  it("gives each change the cells in both files, oldKode for a re-code, and no cell in the file that lacks the row", () => {
    const changes = diffWorkbooks(base(), revised());
    const find = (kind: string, kode: string, field?: string) =>
      changes.find((c) => c.kind === kind && c.kode === kode && (field === undefined || c.field === field));
    expect(find("changed", "1.1.1", "Target 2026")).toMatchObject({
      oldCell: { sheet: "Program", cell: "K2" },
      newCell: { sheet: "Program", cell: "K2" },
    });
    // Sub Kegiatan's rows are in reverse order in NEW: the cells follow the row.
    expect(find("changed", "1.1.1.1.1", "Satuan")).toMatchObject({
      oldCell: { sheet: "Sub Kegiatan", cell: "E2" },
      newCell: { sheet: "Sub Kegiatan", cell: "E4" },
    });
    expect(find("recoded", "1.1.4")).toEqual({
      kind: "recoded",
      level: "Program",
      kode: "1.1.4",
      oldKode: "1.1.3",
      field: "Kode",
      old: "1.1.3",
      new: "1.1.4",
      oldCell: { sheet: "Program", cell: "A4" },
      newCell: { sheet: "Program", cell: "A4" },
    });
    expect(find("removed", "1.1.10")).toEqual({
      kind: "removed",
      level: "Program",
      kode: "1.1.10",
      oldCell: { sheet: "Program", cell: "A5" },
    });
    expect(find("added", "1.1.1.1.3")).toEqual({
      kind: "added",
      level: "Sub Kegiatan",
      kode: "1.1.1.1.3",
      newCell: { sheet: "Sub Kegiatan", cell: "A2" },
    });
  });

  it("adds the Realisasi and Keterangan edits with all, and only those", () => {
    const plain = diffWorkbooks(base(), revised()).map(brief);
    const all = diffWorkbooks(base(), revised(), { all: true }).map(brief);
    expect(all.filter((c) => !plain.some((p) => JSON.stringify(p) === JSON.stringify(c)))).toEqual([
      ["changed", "Tujuan OPD", "1.1", "Keterangan", null, "direvisi"],
      ["changed", "Program", "1.1.1", "Realisasi 2025", null, 8],
    ]);
  });

  it("reports a row whose Kode and text both changed as removed + added, and a parent's re-code without moving its children", () => {
    let wb = edit(base(), "Program", "1.1.2", "Indikator", "Persentase lain");
    wb = edit(wb, "Program", "1.1.2", "Kode", "1.1.7");
    expect(diffWorkbooks(base(), wb).map((c) => [c.kind, c.kode])).toEqual([
      ["removed", "1.1.2"],
      ["added", "1.1.7"],
    ]);
    // The child still names 1.1.3 after its parent became 1.1.4: its Kode Induk did not change, so no move either.
    const recoded = edit(base(), "Program", "1.1.3", "Kode", "1.1.4");
    expect(diffWorkbooks(base(), recoded).map((c) => c.kind)).toEqual(["recoded"]);
  });

  it("reports a level sheet missing from OLD as every row added, deterministically", () => {
    const noSub = { sheets: base().sheets.filter((s) => s.name !== "Sub Kegiatan") };
    const a = diffWorkbooks(noSub, base());
    expect(a.map((c) => [c.kind, c.kode])).toEqual([
      ["added", "1.1.1.1.1"],
      ["added", "1.1.1.1.2"],
    ]);
    expect(diffWorkbooks(noSub, base())).toEqual(a);
  });

  it("matches OPD-qualified Kodes of a Pemda workbook like any other text", () => {
    const pemda = (target: number) =>
      edit(
        edit(
          edit(base(), "Program", "1.1.1", "Kode", "DINSOS:1.1.1"),
          "Kegiatan",
          "1.1.1.1",
          "Kode Induk",
          "DINSOS:1.1.1",
        ),
        "Program",
        "DINSOS:1.1.1",
        "Target 2027",
        target,
      );
    expect(diffWorkbooks(pemda(30), pemda(40)).map(brief)).toEqual([
      ["changed", "Program", "DINSOS:1.1.1", "Target 2027", 30, 40],
    ]);
  });
});
