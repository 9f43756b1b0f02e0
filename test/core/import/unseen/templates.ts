/**
 * Bappeda templates the import was not written against, one trap each, built as values the way
 * a planner pastes them (merged cells arrive as one value in the top-left cell and blanks
 * elsewhere). Shapes follow the public templates in ../shared/reference and the usual
 * RPJMD/Renstra/Renja layouts of Permendagri 86/2017; the content is made up.
 */
import { MemoryWorkbook } from "../../../../src/adapters/memory";
import type { RangeRef } from "../../../../src/core/plans/types";
import { templatePlan } from "../../../../src/core/plans/templatePlan";
import { EMPTY_TEMPLATE } from "../../../../src/core/sample";
import type { SheetData, WorkbookData } from "../../../../src/core/sheet";
import { cleanWorkbook } from "../../../helpers/workbook";

/** A pasted template: the workbook it is pasted into, its sheet, and the merged areas of its header. */
export interface Unseen {
  readonly workbook: WorkbookData;
  readonly sheet: string;
  readonly merges: readonly RangeRef[];
}

/** The structured workbook a planner starts from: Pengaturan 2025–2029 and five empty level sheets. */
export function emptyWorkbook(): WorkbookData {
  const wb = new MemoryWorkbook();
  wb.apply(templatePlan(EMPTY_TEMPLATE, "id"));
  return wb.toData();
}

/** A merged area from A1 notation, `"A5:E5"`. */
export function merged(area: string): RangeRef {
  const [a, b] = area.split(":").map((p) => {
    const m = /^([A-Z]+)(\d+)$/.exec(p)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, col };
  });
  return { row: a!.row, col: a!.col, rows: b!.row - a!.row + 1, cols: b!.col - a!.col + 1 };
}

function pasted(
  name: string,
  values: unknown[][],
  merges: RangeRef[] = [],
  base = emptyWorkbook(),
  numberFormats?: SheetData["numberFormats"],
): Unseen {
  const sheet: SheetData = { name, values, ...(numberFormats ? { numberFormats } : {}) };
  return { workbook: { sheets: [...base.sheets, sheet] }, sheet: name, merges };
}

const _ = null;

/**
 * 1. RPJMD matrix: Visi and Misi columns above the workbook's levels, `Kondisi Awal` (baseline),
 * `Target Tahun 1..5` and `Kondisi Akhir`, `Perangkat Daerah Penanggung Jawab`.
 */
export function rpjmdMatrix(): Unseen {
  const values: unknown[][] = [
    ["MATRIKS TUJUAN, SASARAN, STRATEGI, ARAH KEBIJAKAN DAN PROGRAM PEMBANGUNAN DAERAH"],
    ["RPJMD KABUPATEN CONTOH TAHUN 2025-2029"],
    [],
    [
      "Visi",
      "Misi",
      "Tujuan",
      "Indikator Tujuan",
      "Sasaran",
      "Indikator Sasaran",
      "Program",
      "Indikator Program",
      "Satuan",
      "Kondisi Awal",
      "Target Tahun 1",
      "Target Tahun 2",
      "Target Tahun 3",
      "Target Tahun 4",
      "Target Tahun 5",
      "Kondisi Akhir",
      "Perangkat Daerah Penanggung Jawab",
    ],
    [
      "Kabupaten Contoh yang Sejahtera dan Berdaya Saing",
      "Meningkatkan kualitas sumber daya manusia",
      "Meningkatnya derajat kesehatan masyarakat",
      "Usia Harapan Hidup",
      "Meningkatnya akses layanan kesehatan",
      "Persentase penduduk memiliki jaminan kesehatan",
      "Program Pemenuhan Upaya Kesehatan Perorangan",
      "Persentase fasilitas kesehatan terakreditasi",
      "%",
      60,
      65,
      70,
      75,
      80,
      85,
      85,
      "Dinas Kesehatan",
    ],
    [
      _,
      _,
      _,
      _,
      _,
      _,
      "Program Peningkatan Kapasitas SDM Kesehatan",
      "Rasio tenaga kesehatan per 1.000 penduduk",
      "rasio",
      1.2,
      1.3,
      1.4,
      1.5,
      1.6,
      1.7,
      1.7,
      "Dinas Kesehatan",
    ],
    [
      _,
      _,
      _,
      _,
      "Menurunnya angka kemiskinan",
      "Persentase penduduk miskin",
      "Program Perlindungan dan Jaminan Sosial",
      "Persentase KPM yang menerima bantuan sosial",
      "%",
      70,
      72,
      74,
      76,
      78,
      80,
      80,
      "Dinas Sosial",
    ],
    [
      _,
      "Meningkatkan daya saing ekonomi daerah",
      "Meningkatnya pertumbuhan ekonomi",
      "Laju pertumbuhan ekonomi",
      "Meningkatnya investasi",
      "Nilai investasi",
      "Program Pelayanan Penanaman Modal",
      "Persentase perizinan selesai tepat waktu",
      "%",
      90,
      92,
      94,
      96,
      98,
      100,
      100,
      "DPMPTSP",
    ],
  ];
  return pasted("RPJMD", values);
}

/**
 * The workbook of matrix 2: its Kegiatan and Sub Kegiatan are filled, under two Programs placed
 * earlier without Kode Induk (from a Renja): `2` (Rehabilitasi Sosial) and `1.1.1`
 * (Pemberdayaan Sosial). The Tujuan levels are empty. Period 2025–2027.
 */
export function lowerLevelsWorkbook(): WorkbookData {
  return cleanWorkbook((levels) => {
    levels[0] = [];
    levels[1] = [];
    levels[2] = [
      {
        kode: "2",
        uraian: "Program Rehabilitasi Sosial",
        indikator: "Persentase disabilitas terlantar terpenuhi kebutuhan dasarnya",
        satuan: "%",
      },
      {
        kode: "1.1.1",
        uraian: "Program Pemberdayaan Sosial",
        indikator: "Persentase PSKS aktif",
        satuan: "%",
      },
    ];
    levels[3] = [
      {
        kode: "2.1",
        induk: "2",
        uraian: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar",
        indikator: "Jumlah penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya",
      },
      {
        kode: "1.1.1.1",
        induk: "1.1.1",
        uraian: "Pemberdayaan Sosial Komunitas Adat Terpencil",
        indikator: "Jumlah warga KAT yang diberdayakan",
      },
    ];
    levels[4] = [
      {
        kode: "2.1.1",
        induk: "2.1",
        uraian: "Penyediaan Permakanan",
        indikator: "Jumlah orang yang mendapatkan permakanan",
      },
      {
        kode: "1.1.1.1.1",
        induk: "1.1.1.1",
        uraian: "Pemberdayaan KAT",
        indikator: "Jumlah KAT yang diberdayakan",
      },
    ];
  });
}

/**
 * 2. A three-group matrix (Tujuan, Sasaran, Program) pasted into {@link lowerLevelsWorkbook}:
 * one of its Programs is the workbook's Program `2`, the other is new.
 */
export function threeGroups(): Unseen {
  const values: unknown[][] = [
    [
      "Tujuan",
      "Indikator Tujuan",
      "Sasaran",
      "Indikator Sasaran",
      "Program",
      "Indikator Program",
      "Satuan",
      "Target 2025",
      "Target 2026",
      "Target 2027",
    ],
    [
      "Meningkatnya layanan dasar",
      "Persentase penanganan PPKS",
      "Menurunnya PMKS",
      "Persentase PMKS tertangani",
      "Program Perlindungan dan Jaminan Sosial",
      "Persentase korban bencana yang terpenuhi kebutuhan dasarnya",
      "%",
      50,
      60,
      70,
    ],
    [
      _,
      _,
      _,
      _,
      "Program Rehabilitasi Sosial",
      "Persentase disabilitas terlantar terpenuhi kebutuhan dasarnya",
      "%",
      10,
      20,
      30,
    ],
  ];
  return pasted("Matriks", values, [], lowerLevelsWorkbook());
}

/**
 * 3. A Renstra table whose code is split over Urusan | Bidang | Program | Kegiatan | Sub Kegiatan
 * under one merged `Kode`, numbers stored as numbers (`6`, `2.01`, `1`), with urusan/bidang headings.
 */
export function splitCodeRenstra(): Unseen {
  const values: unknown[][] = [
    ["RENCANA PROGRAM, KEGIATAN DAN PENDANAAN DINAS SOSIAL TAHUN 2025-2029"],
    [],
    [
      "Kode",
      _,
      _,
      _,
      _,
      "Program / Kegiatan / Sub Kegiatan",
      "Indikator Kinerja",
      "Satuan",
      "Data Capaian Awal",
      "Target 2025",
      "Target 2026",
    ],
    ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", _, _, _, _, _, _],
    [1, _, _, _, _, "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", _, _, _, _, _],
    [1, 6, _, _, _, "URUSAN PEMERINTAHAN BIDANG SOSIAL", _, _, _, _, _],
    [1, 6, 4, _, _, "Program Rehabilitasi Sosial", "Persentase PPKS yang tertangani", "%", 70, 75, 80],
    [
      1,
      6,
      4,
      2.01,
      _,
      "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar dalam Panti",
      "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya",
      "%",
      60,
      65,
      70,
    ],
    [
      1,
      6,
      4,
      2.01,
      1,
      "Penyediaan Permakanan",
      "Jumlah orang yang mendapatkan permakanan",
      "Orang",
      100,
      120,
      130,
    ],
    [1, 6, 4, 2.01, 2, "Penyediaan Sandang", "Jumlah orang yang mendapatkan sandang", "Orang", 80, 90, 95],
    [
      1,
      6,
      4,
      2.1,
      _,
      "Rehabilitasi Sosial Dasar Anak Terlantar dalam Panti",
      "Persentase anak terlantar yang terpenuhi kebutuhan dasarnya",
      "%",
      50,
      55,
      60,
    ],
    [
      1,
      6,
      4,
      2.1,
      1,
      "Penyediaan Permakanan",
      "Jumlah anak yang mendapatkan permakanan",
      "Orang",
      40,
      45,
      50,
    ],
  ];
  return pasted("Renstra", values, [merged("A3:E3"), merged("F3:F4"), merged("G3:G4")]);
}

/**
 * 4. A Renja whose header spans three rows: `Target Kinerja dan Kerangka Pendanaan` over
 * `Tahun 2026` over `K | Rp`, a numbering row, and Rp columns that are not targets.
 */
export function renjaThreeRows(): Unseen {
  const values: unknown[][] = [
    ["RENCANA KERJA PERANGKAT DAERAH TAHUN 2026"],
    ["DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"],
    [],
    [
      "No",
      "Kode",
      "Program/Kegiatan/Sub Kegiatan",
      "Indikator Kinerja",
      "Satuan",
      "Target Kinerja dan Kerangka Pendanaan",
      _,
      _,
      _,
      "Lokasi",
      "Sumber Dana",
    ],
    [_, _, _, _, _, "Tahun 2026", _, "Prakiraan Maju Tahun 2027", _, _, _],
    [_, _, _, _, _, "K", "Rp", "K", "Rp", _, _],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [
      1,
      "2.08.02",
      "Program Perlindungan Perempuan",
      "Persentase perempuan korban kekerasan yang tertangani",
      "%",
      90,
      250000000,
      95,
      275000000,
      _,
      _,
    ],
    [
      2,
      "2.08.02.2.01",
      "Pelembagaan Pengarusutamaan Gender",
      "Jumlah lembaga PUG yang aktif",
      "Lembaga",
      10,
      150000000,
      12,
      160000000,
      _,
      "DAU",
    ],
    [
      3,
      "2.08.02.2.01.0001",
      "Koordinasi dan Sinkronisasi Perumusan Kebijakan PUG",
      "Jumlah dokumen kebijakan PUG",
      "Dokumen",
      2,
      150000000,
      2,
      160000000,
      "Kabupaten",
      "DAU",
    ],
    [
      4,
      "2.08.02.2.02",
      "Pencegahan Kekerasan terhadap Perempuan",
      "Jumlah kasus yang dicegah",
      "Kasus",
      25,
      100000000,
      30,
      115000000,
      _,
      "DAU",
    ],
    [
      5,
      "2.08.02.2.02.0003",
      "Penyediaan Layanan Rujukan Lanjutan",
      "Jumlah korban yang mendapat layanan",
      "Orang",
      40,
      100000000,
      45,
      115000000,
      "Kabupaten",
      "DAK",
    ],
  ];
  return pasted("Renja 2026", values, [
    merged("A4:A6"),
    merged("B4:B6"),
    merged("C4:C6"),
    merged("D4:D6"),
    merged("E4:E6"),
    merged("F4:I4"),
    merged("F5:G5"),
    merged("H5:I5"),
    merged("J4:J6"),
    merged("K4:K6"),
  ]);
}

/**
 * 5. A cascading matrix pasted as values: merged hierarchy cells arrive blank ("same as above"),
 * a second Sasaran indicator on its own row, a Program row with a blank Sasaran mid-sheet, a
 * new Tujuan starting mid-sheet, and a Tujuan row whose Sasaran the template left empty.
 */
export function blankMerges(): Unseen {
  const values: unknown[][] = [
    ["CASCADING KINERJA DINAS SOSIAL"],
    [
      "Tujuan",
      "Indikator Tujuan",
      "Sasaran",
      "Indikator Sasaran",
      "Program",
      "Indikator Program",
      "Satuan",
      "Target 2025",
    ],
    [
      "Meningkatnya kesejahteraan sosial",
      "Indeks kesejahteraan sosial",
      "Meningkatnya penanganan PPKS",
      "Persentase PPKS tertangani",
      "Program Rehabilitasi Sosial",
      "Persentase PPKS terehabilitasi",
      "%",
      70,
    ],
    [
      _,
      _,
      _,
      "Jumlah PPKS yang mendapat bantuan",
      "Program Pemberdayaan Sosial",
      "Persentase PSKS aktif",
      "%",
      60,
    ],
    [
      _,
      _,
      "Meningkatnya perlindungan sosial",
      "Persentase korban bencana terlindungi",
      "Program Perlindungan dan Jaminan Sosial",
      "Persentase korban bencana terpenuhi kebutuhan dasarnya",
      "%",
      100,
    ],
    [_, _, _, _, "Program Penanganan Bencana", "Persentase korban bencana sosial tertangani", "%", 100],
    [_, _, _, _, _, "Jumlah lokasi bencana yang ditangani", "Lokasi", 12],
    [
      "Meningkatnya kesetaraan gender",
      "Indeks Pembangunan Gender",
      "Meningkatnya perlindungan perempuan dan anak",
      "Persentase kasus kekerasan tertangani",
      "Program Perlindungan Perempuan",
      "Persentase perempuan korban kekerasan tertangani",
      "%",
      95,
    ],
    [_, _, _, _, "Program Perlindungan Khusus Anak", "Persentase anak korban kekerasan tertangani", "%", 95],
    [
      "Meningkatnya kualitas keluarga",
      "Indeks Ketahanan Keluarga",
      _,
      _,
      "Program Pengelolaan Data Gender",
      "Persentase data gender tersedia",
      "%",
      100,
    ],
  ];
  return pasted("Cascading Tempel", values);
}

/**
 * 6. Several indicators in one cell (`1. … 2. …`, `- …` bullets, `;`) with their units and
 * targets stacked in one cell too (`80%\n85%`, `80; 85`); one cell whose counts disagree.
 */
export function stackedIndicators(): Unseen {
  const values: unknown[][] = [
    ["Sasaran", "Indikator Sasaran", "Program", "Indikator Program", "Satuan", "Target 2025", "Target 2026"],
    [
      "Meningkatnya pelayanan kesehatan",
      "1. Angka kematian ibu\n2. Angka kematian bayi",
      "Program Kesehatan Keluarga",
      "- Persentase ibu hamil mendapat layanan\n- Persentase bayi diimunisasi lengkap",
      "%\n%",
      "80%\n85%",
      "90%\n92%",
    ],
    [
      _,
      _,
      "Program Gizi Masyarakat",
      "Persentase balita gizi buruk tertangani; Jumlah posyandu aktif",
      "%; Unit",
      "80; 120",
      "85; 125",
    ],
    [
      _,
      _,
      "Program Kesehatan Lingkungan",
      "1. Persentase desa STBM\n2. Persentase TTU memenuhi syarat\n3. Jumlah sarana air minum diawasi",
      "%",
      "60\n70",
      "65",
    ],
  ];
  return pasted("Indikator Ganda", values);
}

/**
 * 7. Numbers as templates type them: English and Indonesian notation, percent as text, a
 * fraction under a %-formatted cell, `-` and `n/a`, a value with its unit (`12 Bulan`).
 */
export function numberNotations(): Unseen {
  const values: unknown[][] = [
    ["Program", "Indikator Program", "Satuan", "Baseline", "Target 2025", "Target 2026", "Target 2027"],
    [
      "Program Penunjang Urusan Pemerintahan",
      "Jumlah anggaran yang dikelola",
      "juta rupiah",
      "1,234.5",
      "1.234,5",
      "2.500",
      "3,000.75",
    ],
    [_, "Persentase capaian SPM", "%", "75,5%", 0.8, "82.5%", "-"],
    [_, "Lama layanan administrasi", "Bulan", "n/a", "12 Bulan", "11 Bulan", "10"],
    [_, "Nilai SAKIP", _, "—", "B", "BB", "A"],
    [_, "Persentase dokumen tepat waktu", "%", 0.9, 0.95, "0,96", 1],
  ];
  const formats: (string | undefined)[][] = [];
  formats[2] = [_, _, _, _, "0%"].map((f) => f ?? undefined);
  return pasted("Angka", values, [], emptyWorkbook(), formats);
}

/**
 * 8. A report-style template: title rows, an empty spacer column, a numbering row, an indicator
 * that starts with `Jumlah`, totals rows, a signature block whose name line has no keyword, and
 * trailing notes.
 */
export function reportWithFooter(): Unseen {
  const values: unknown[][] = [
    ["PEMERINTAH KABUPATEN CONTOH"],
    ["RENCANA KINERJA TAHUNAN DINAS SOSIAL TAHUN 2025"],
    [],
    [
      "No",
      _,
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Program",
      "Indikator Program",
      "Satuan",
      "Target",
      "Anggaran (Rp)",
    ],
    [1, _, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [
      1,
      _,
      "Meningkatnya penanganan PPKS",
      "Persentase PPKS tertangani",
      "%",
      75,
      "Program Rehabilitasi Sosial",
      "Persentase PPKS terehabilitasi",
      "%",
      80,
      500000000,
    ],
    [
      _,
      _,
      _,
      "Jumlah PPKS yang menerima bantuan",
      "Orang",
      1200,
      "Program Pemberdayaan Sosial",
      "Jumlah PSKS yang aktif",
      "Lembaga",
      35,
      250000000,
    ],
    [
      2,
      _,
      "Meningkatnya perlindungan sosial",
      "Persentase korban bencana terlindungi",
      "%",
      100,
      "Program Penanganan Bencana",
      "Jumlah korban bencana yang tertangani",
      "Orang",
      300,
      150000000,
    ],
    [_, _, "Jumlah", _, _, _, _, _, _, _, 900000000],
    ["Total", _, _, _, _, _, _, _, _, _, 900000000],
    [],
    [_, _, _, _, _, _, _, "Contoh, 31 Desember 2024"],
    [_, _, _, _, _, _, _, "Kepala Dinas Sosial"],
    [],
    [_, _, _, _, _, _, _, "Drs. BUDI SANTOSO, M.Si"],
    [_, _, _, _, _, _, _, "Pembina Utama Muda"],
    [_, _, _, _, _, _, _, "NIP. 19700101 199003 1 001"],
    [],
    ["Keterangan: target tahun 2025 mengikuti Perubahan Renstra"],
    ["*) data capaian sementara"],
  ];
  return pasted("RKT", values);
}

/** 9. A header in English (Goal / Objective / Program / Indicator / Unit / Target 2026). */
export function englishHeader(): Unseen {
  const values: unknown[][] = [
    ["PERFORMANCE CASCADE 2025-2026"],
    [
      "Goal",
      "Goal Indicator",
      "Objective",
      "Objective Indicator",
      "Program",
      "Program Indicator",
      "Unit",
      "Baseline",
      "Target 2025",
      "Target 2026",
      "Responsible Unit",
      "Remarks",
    ],
    [
      "Improved social welfare",
      "Social welfare index",
      "Reduced poverty",
      "Poverty rate",
      "Social Protection Program",
      "Share of poor households receiving aid",
      "%",
      40,
      45,
      50,
      "Social Affairs Office",
      "pilot",
    ],
    [
      _,
      _,
      _,
      _,
      "Disaster Relief Program",
      "Share of disaster victims assisted",
      "%",
      90,
      95,
      100,
      "Social Affairs Office",
      _,
    ],
  ];
  return pasted("Cascade EN", values);
}

/** 9b. An English header naming no statement column: the import must say which columns it could not place. */
export function englishUnplaced(): Unseen {
  const values: unknown[][] = [
    ["Outcome", "Output", "Indicator", "Unit", "Target 2026"],
    ["Better services", "Trained staff", "Share of staff trained", "%", 80],
  ];
  return pasted("Outputs", values);
}

/** 10. Junk: a title only, data under no recognisable header, a header without rows. */
export function junkSheets(): WorkbookData {
  return {
    sheets: [
      ...emptyWorkbook().sheets,
      { name: "Judul Saja", values: [["RENCANA STRATEGIS DINAS SOSIAL 2025-2029"], [], ["(disusun ulang)"]] },
      {
        name: "Tanpa Judul",
        values: [
          ["Meningkatnya layanan", "Persentase layanan", "%", 80],
          ["Program Rehabilitasi Sosial", "Persentase PPKS", "%", 75],
        ],
      },
      {
        name: "Judul Kolom Saja",
        values: [["Sasaran", "Indikator Sasaran", "Satuan", "Target 2025"], [], []],
      },
    ],
  };
}
