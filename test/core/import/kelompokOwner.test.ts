/**
 * SPEC §6 for KELOMPOK lists (the layout of the PUPR `tujuan sasaran renstra` file: KELOMPOK,
 * TUJUAN/SASARAN, INDIKATOR SASARAN, KETERANGAN): a Kelompok value that names its owner goes to
 * the level of that owner, a missing one is proposed, names never shift; plain values keep
 * filling the levels above Program nearest first.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { describeMapping, planImport, previewImport } from "../../../src/core/import";
import { buildModel } from "../../../src/core/model/buildModel";
import type { WorkbookData } from "../../../src/core/sheet";
import { emptyWorkbook } from "../../helpers/workbook";

const NOW = new Date(2025, 5, 1);

function list(rows: [string, string, string][]): WorkbookData {
  return {
    sheets: [
      ...emptyWorkbook().sheets,
      { name: "TS", values: [["KELOMPOK", "TUJUAN/SASARAN", "INDIKATOR SASARAN", "KETERANGAN"], ...rows] },
    ],
  };
}

const landed = (wb: WorkbookData) => {
  const p = previewImport(wb, "TS", { now: NOW });
  return {
    p,
    levels: Object.fromEntries(p.content.levels.map((l) => [l.name, l.rows.map((r) => r.uraian)])),
  };
};

describe("a KELOMPOK list placed by owner", () => {
  test("Tujuan/Sasaran RPJMD and PD: the Pemda's over the agency's, Sasaran RPD and Sasaran OPD proposed", () => {
    const { p, levels } = landed(
      list([
        ["Tujuan RPJMD", "Meningkatnya tata kelola", "Indeks reformasi birokrasi"],
        ["Sasaran RPJMD", "Meningkatnya akuntabilitas", "Nilai SAKIP"],
        ["Tujuan PD", "Meningkatnya layanan PU", "Indeks kepuasan masyarakat"],
        ["Sasaran PD", "Meningkatnya kondisi jalan", "Persentase jalan mantap"],
      ]),
    );
    expect(p.mapping!.levels).toEqual([
      "Tujuan RPD",
      "Sasaran RPD",
      "Tujuan OPD",
      "Sasaran OPD",
      "Program",
      "Kegiatan",
      "Sub Kegiatan",
    ]);
    expect(p.mapping!.newLevels).toEqual(["Sasaran RPD", "Sasaran OPD"]);
    expect(levels).toMatchObject({
      "Tujuan RPD": ["Meningkatnya tata kelola"],
      "Sasaran RPD": ["Meningkatnya akuntabilitas"],
      "Tujuan OPD": ["Meningkatnya layanan PU"],
      "Sasaran OPD": ["Meningkatnya kondisi jalan"],
    });
    expect(describeMapping(p.mapping!, "en")).toContain(
      "  column A: 'Tujuan PD' → level Tujuan OPD (its header names its owner) [95%]",
    );
  });

  test("Tujuan PD / Sasaran Renstra only: Tujuan OPD and a proposed Sasaran OPD under it; Tujuan RPD untouched", () => {
    const wb = list([
      ["Tujuan PD", "Meningkatnya layanan PU", "Indeks kepuasan masyarakat"],
      ["Sasaran Renstra", "Meningkatnya kondisi jalan", "Persentase jalan mantap"],
      ["Sasaran Renstra", "Meningkatnya sanitasi", "Persentase rumah tangga bersanitasi"],
    ]);
    const { p, levels } = landed(wb);
    expect(levels).toMatchObject({
      "Tujuan RPD": [],
      "Tujuan OPD": ["Meningkatnya layanan PU"],
      "Sasaran OPD": ["Meningkatnya kondisi jalan", "Meningkatnya sanitasi"],
    });
    const mem = MemoryWorkbook.from(wb);
    mem.apply(planImport(wb, p, NOW).plan);
    const model = buildModel(mem.toData(), { now: NOW });
    const sasaran = model.indicators.filter((i) => model.levels[i.level]!.name === "Sasaran OPD");
    // Each Sasaran hangs from the Tujuan PD row above it.
    const tujuan = model.indicators.find((i) => i.uraian === "Meningkatnya layanan PU")!;
    expect(sasaran.map((s) => s.kodeInduk)).toEqual([tujuan.kode, tujuan.kode]);
  });

  test("near-miss: plain Tujuan/Sasaran (the real PUPR list) still fill the levels above Program, nearest first", () => {
    const { p, levels } = landed(
      list([
        ["Tujuan", "Meningkatkan tata kelola", ""],
        ["Sasaran", "Meningkatnya kualitas layanan", "Persentase layanan tepat waktu"],
      ]),
    );
    expect(p.mapping!.newLevels).toEqual([]);
    expect(p.mapping!.kelompokLevels).toBeUndefined();
    expect(levels).toMatchObject({
      "Tujuan RPD": ["Meningkatkan tata kelola"],
      "Tujuan OPD": ["Meningkatnya kualitas layanan"],
    });
  });
});
