import type { ContentRow, TreeContent } from "../model/content";
import { DEFAULT_LEVELS } from "../model/settings";
import { BANJARNEGARA } from "./banjarnegara";

/*
 * Two small OPD workbooks INVENTED for the Pemda examples (SPEC §11: the check across
 * workbooks, gabung, the pane's Gabung tab). They are not any agency's real tree: every
 * statement, code and number is made up, and Pengaturan and every row's Keterangan say so
 * ("contoh rekaan / invented example"). They share the Banjarnegara sample's RPD: their
 * level-1 rows are the sample's Tujuan RPD rows, word for word.
 */

const NOTE = "Contoh rekaan / invented example: bukan data perangkat daerah nyata";
const YEARS = [2023, 2024, 2025, 2026] as const;

/** Targets for the four years of the period, in order. */
function per(values: readonly [number, number, number, number]): Record<number, number> {
  return Object.fromEntries(YEARS.map((y, i) => [y, values[i]!]));
}

/** A level-1 row of the shared RPD (the Banjarnegara sample's Tujuan RPD), with targets. */
function rpdRow(kode: string, targets: readonly [number, number, number, number], real: number): ContentRow {
  const row = BANJARNEGARA.levels[0]!.rows.find((r) => r.kode === kode)!;
  return { ...row, targets: per(targets), realisasi: { 2023: real }, keterangan: NOTE };
}

function row(
  kode: string,
  kodeInduk: string,
  uraian: string,
  indikator: string,
  satuan: string,
  targets: readonly [number, number, number, number],
  real: number,
  extra: Partial<ContentRow> = {},
): ContentRow {
  return {
    kode,
    kodeInduk,
    uraian,
    indikator,
    satuan,
    targets: per(targets),
    realisasi: { 2023: real },
    keterangan: NOTE,
    ...extra,
  };
}

function tree(opd: string, levels: readonly (readonly ContentRow[])[]): TreeContent {
  return {
    settings: [
      ["Pemerintah Daerah", "Kabupaten Banjarnegara"],
      ["Perangkat Daerah", opd],
      ["Tahun Awal", 2023],
      ["Tahun Akhir", 2026],
      ["Tahun Laporan", 2023],
      ["Rumus Negatif", "Standar"],
      ["Keterangan", NOTE],
    ],
    levels: levels.map((rows, i) => ({ name: DEFAULT_LEVELS[i] ?? "", rows })),
  };
}

const DINSOS = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak";
const UKM = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota";
const PROGRAM_KES = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat";

/**
 * An invented Dinas Kesehatan serving Tujuan RPD 1; one indicator shares its Indikator with the
 * Banjarnegara sample's Dinas Sosial and names it in Crosscutting.
 * @example CONTOH_DINKES.levels.map((l) => l.rows.length) // [1, 2, 2, 2, 2]
 */
// prettier-ignore
export const CONTOH_DINKES: TreeContent = tree("Dinas Kesehatan", [
  [rpdRow("1", [10, 12, 14, 16], 9)],
  [
    row("1.1", "1", "Meningkatnya derajat kesehatan masyarakat rentan", "Persentase penduduk miskin yang memiliki jaminan kesehatan", "%", [90, 92, 94, 96], 91),
    row("1.2", "1", "Meningkatnya derajat kesehatan masyarakat rentan", "Persentase anak korban kekerasan yang ditangani instansi terkait Kabupaten", "%", [100, 100, 100, 100], 80, { crosscutting: DINSOS }),
  ],
  [
    row("1.1.1", "1.1", PROGRAM_KES, "Persentase fasilitas kesehatan yang terakreditasi", "%", [60, 70, 80, 90], 55, { kodeNomenklatur: "1.02.02" }),
    row("1.2.1", "1.2", PROGRAM_KES, "Persentase anak korban kekerasan yang mendapat layanan kesehatan", "%", [100, 100, 100, 100], 70, { kodeNomenklatur: "1.02.02" }),
  ],
  [
    row("1.1.1.1", "1.1.1", UKM, "Jumlah fasilitas kesehatan yang menyediakan layanan UKM dan UKP rujukan", "Unit", [30, 32, 34, 36], 29, { kodeNomenklatur: "1.02.02.2.02" }),
    row("1.2.1.1", "1.2.1", UKM, "Jumlah anak korban kekerasan yang mendapat layanan kesehatan", "Orang", [40, 40, 40, 40], 35, { kodeNomenklatur: "1.02.02.2.02" }),
  ],
  [
    row("1.1.1.1.1", "1.1.1.1", "Pengelolaan Pelayanan Kesehatan Dasar Melalui Pendekatan Keluarga", "Jumlah dokumen hasil pengelolaan pelayanan kesehatan dasar melalui pendekatan keluarga", "Dokumen", [1, 1, 1, 1], 1, { kodeNomenklatur: "1.02.02.2.02.0016" }),
    row("1.2.1.1.1", "1.2.1.1", "Pengelolaan Pelayanan Kesehatan bagi Anak Korban Kekerasan", "Jumlah anak korban kekerasan yang mendapatkan pelayanan kesehatan", "Orang", [40, 40, 40, 40], 35, { kodeNomenklatur: "1.02.02.2.02.0033" }),
  ],
]);

const PROGRAM_ORG = "Program Perekonomian dan Pembangunan";

/**
 * An invented Bagian Organisasi Sekretariat Daerah serving Tujuan RPD 3 and 4.
 * @example CONTOH_BAGIAN_ORGANISASI.levels.map((l) => l.rows.length) // [2, 2, 2, 2, 2]
 */
// prettier-ignore
export const CONTOH_BAGIAN_ORGANISASI: TreeContent = tree("Bagian Organisasi Sekretariat Daerah", [
  [rpdRow("3", [65, 67, 70, 72], 62.5), rpdRow("4", [80, 82, 84, 85], 83)],
  [
    row("3.1", "3", "Meningkatnya akuntabilitas kinerja perangkat daerah", "Persentase perangkat daerah dengan nilai SAKIP minimal B", "%", [60, 70, 80, 90], 45),
    row("4.1", "4", "Meningkatnya kualitas pelayanan publik perangkat daerah", "Persentase unit layanan dengan nilai SKM minimal baik", "%", [70, 75, 80, 85], 72),
  ],
  [
    row("3.1.1", "3.1", PROGRAM_ORG, "Persentase rekomendasi evaluasi SAKIP yang ditindaklanjuti", "%", [70, 75, 80, 85], 60, { kodeNomenklatur: "4.01.03" }),
    row("4.1.1", "4.1", PROGRAM_ORG, "Persentase unit layanan yang menindaklanjuti hasil SKM", "%", [60, 70, 80, 90], 50, { kodeNomenklatur: "4.01.03" }),
  ],
  [
    row("3.1.1.1", "3.1.1", "Pengelolaan Evaluasi dan Pelaporan Kinerja", "Jumlah laporan evaluasi kinerja perangkat daerah", "Dokumen", [4, 4, 4, 4], 3, { kodeNomenklatur: "4.01.03.2.04" }),
    row("4.1.1.1", "4.1.1", "Pengelolaan Pelayanan Publik", "Jumlah unit layanan yang disurvei kepuasannya", "Unit", [20, 22, 24, 26], 10, { kodeNomenklatur: "4.01.03.2.05" }),
  ],
  [
    row("3.1.1.1.1", "3.1.1.1", "Evaluasi Akuntabilitas Kinerja Instansi Pemerintah", "Jumlah dokumen hasil evaluasi AKIP perangkat daerah", "Dokumen", [4, 4, 4, 4], 3, { kodeNomenklatur: "4.01.03.2.04.0002" }),
    row("4.1.1.1.1", "4.1.1.1", "Survei Kepuasan Masyarakat", "Jumlah laporan hasil survei kepuasan masyarakat", "Dokumen", [2, 2, 2, 2], 1, { kodeNomenklatur: "4.01.03.2.05.0001" }),
  ],
]);

/**
 * The RPD workbook of the examples: Pengaturan and the Banjarnegara sample's Tujuan RPD only
 * (Bappeda's part; targets not given, as in the source document).
 * @example CONTOH_RPD.levels.map((l) => l.rows.length) // [4, 0, 0, 0, 0]
 */
export const CONTOH_RPD: TreeContent = {
  settings: [
    ["Pemerintah Daerah", "Kabupaten Banjarnegara"],
    ["Tahun Awal", 2023],
    ["Tahun Akhir", 2026],
    ["Keterangan", "RPD contoh Banjarnegara (Tujuan RPD dari dokumen pohon kinerja)"],
  ],
  // The lower levels are there but empty: the OPDs hold them.
  levels: BANJARNEGARA.levels.map((l, i) => (i === 0 ? l : { name: l.name, rows: [] })),
};
