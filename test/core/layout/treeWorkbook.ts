import { buildModel, type Model } from "../../../src/core/model/buildModel";
import type { WorkbookData } from "../../../src/core/sheet";
import { LEVELS, levelSheet, settingsSheet, type RowSpec } from "../../helpers/workbook";

/**
 * A small tree for the diagram tests (report year 2025):
 * Tujuan RPD "Tujuan A" (1, with realisasi) → Tujuan OPD "Sasaran A" (1.1 and 1.2: one box) and
 * "Sasaran B" (1.3) → Program "Program X" under 1.1 and 1.2 (one box), "Program X" under 1.3
 * (another box), and "Program Yatim" (9.9.9) whose Kode Induk names nothing.
 */
export function treeWorkbook(edit?: (levels: RowSpec[][]) => void): WorkbookData {
  const levels: RowSpec[][] = [
    [
      {
        kode: "1",
        uraian: "Tujuan A",
        indikator: "IKU 1",
        satuan: "%",
        targets: { 2025: 80 },
        realisasi: { 2025: 76 },
      },
    ],
    [
      { kode: "1.1", induk: "1", uraian: "Sasaran A", indikator: "IKU a", satuan: "%" },
      {
        kode: "1.2",
        induk: "1",
        uraian: "Sasaran A",
        indikator: "IKU b",
        satuan: "orang",
        targets: { 2025: 1234.5 },
      },
      { kode: "1.3", induk: "1", uraian: "Sasaran B", indikator: "IKU c", satuan: "%" },
    ],
    [
      { kode: "1.1.1", induk: "1.1", uraian: "Program X", indikator: "IKP 1", satuan: "%" },
      { kode: "1.2.1", induk: "1.2", uraian: "program  x", indikator: "IKP 2", satuan: "%" },
      { kode: "1.3.1", induk: "1.3", uraian: "Program X", indikator: "IKP 3", satuan: "%" },
      { kode: "9.9.9", induk: "nope", uraian: "Program Yatim", indikator: "IKP 9", satuan: "%" },
    ],
    [],
    [],
  ];
  edit?.(levels);
  return {
    sheets: [
      settingsSheet([
        ["Tahun Awal", 2025],
        ["Tahun Akhir", 2027],
        ["Tahun Laporan", 2025],
        ["Perangkat Daerah", "Dinas Uji"],
      ]),
      ...LEVELS.map((name, i) => levelSheet(name, levels[i]!)),
    ],
  };
}

export function treeModel(edit?: (levels: RowSpec[][]) => void): Model {
  return buildModel(treeWorkbook(edit), { now: new Date(2025, 5, 1) });
}

/** A model of n indicators: a random-ish but seeded tree over the five levels. */
export function sizedModel(n: number, seed = 1): Model {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const levels: RowSpec[][] = [[], [], [], [], []];
  const kodes: string[][] = [[], [], [], [], []];
  for (let i = 0; i < n; i++) {
    const level = i < 2 ? 0 : Math.min(4, 1 + Math.floor(rand() * 4.5));
    const above = kodes[level - 1] ?? [];
    const induk = level === 0 ? "" : (above[Math.floor(rand() * above.length)] ?? "");
    const kode = `K${i}`;
    const uraian = `Uraian ${level}-${Math.floor(rand() * n)} pelayanan sosial dasar`;
    levels[level]!.push({
      kode,
      induk,
      uraian,
      indikator: `Persentase indikator nomor ${i} yang terlayani`,
      satuan: "%",
    });
    kodes[level]!.push(kode);
  }
  return buildModel(
    { sheets: LEVELS.map((name, i) => levelSheet(name, levels[i]!)) },
    { now: new Date(2025, 5, 1) },
  );
}
