import { formatNumber, isSingular } from "../core/format/number";
import type { Lang, Msg } from "../core/messages";
import { REVIEW_STRINGS } from "./reviewStrings";
import { PEMDA_STRINGS } from "./pemdaStrings";

/** Every string the pane shows, in both languages the product speaks (SPEC §1). */
export const STRINGS = {
  ...PEMDA_STRINGS,
  title: { id: "Pohon Kinerja", en: "Performance tree" },
  language: { id: "Bahasa", en: "Language" },
  tabsLabel: { id: "Fitur Pokin", en: "Pokin features" },
  tabCheck: { id: "Periksa", en: "Check" },
  tabBuild: { id: "Buat", en: "Build" },
  tabImport: { id: "Impor", en: "Import" },
  tabTemplate: { id: "Templat", en: "Template" },
  loading: { id: "Memuat…", en: "Loading…" },

  notInExcelTitle: { id: "Tidak di dalam Excel.", en: "Not inside Excel." },
  notInExcelBody: {
    id: "Halaman ini bekerja pada berkas .xlsx yang Anda buka dari komputer; hasilnya dapat diunduh.",
    en: "This page works on an .xlsx file you open from your computer; the result can be downloaded.",
  },
  openFile: { id: "Buka .xlsx…", en: "Open .xlsx…" },
  download: { id: "Unduh", en: "Download" },
  fileLabel: { id: "Berkas: {name}", en: "File: {name}" },
  noFile: { id: "Belum ada berkas.", en: "No file yet." },
  loadingSample: { id: "Memuat contoh Banjarnegara…", en: "Loading the Banjarnegara sample…" },
  openingFile: { id: "Membuka {name}…", en: "Opening {name}…" },
  sampleFileName: { id: "pohon-kinerja-banjarnegara.xlsx", en: "performance-tree-banjarnegara.xlsx" },

  checkIntro: {
    id: "Memeriksa lembar level, tautan Kode Induk dan target setiap indikator di buku kerja ini.",
    en: "Checks the level sheets, the Kode Induk links and every indicator's targets in this workbook.",
  },
  checkButton: { id: "Periksa", en: "Check" },
  checking: { id: "Memeriksa buku kerja…", en: "Checking the workbook…" },
  noFindings: {
    id: "Tidak ada temuan: pohon kinerja konsisten.",
    en: "No findings: the tree is consistent.",
  },
  findingsTotal: { id: "{n} temuan", en: "{n} findings" },
  summaryLabel: { id: "Ringkasan temuan", en: "Summary of findings" },
  checkResult: { id: "Hasil pemeriksaan", en: "Check result" },
  bySheet: { id: "Per lembar", en: "By sheet" },
  error: { id: "Kesalahan", en: "Errors" },
  warning: { id: "Peringatan", en: "Warnings" },
  info: { id: "Info", en: "Info" },
  errorCount: { id: "{n} Kesalahan", en: "{n} Errors" },
  warningCount: { id: "{n} Peringatan", en: "{n} Warnings" },
  infoCount: { id: "{n} Info", en: "{n} Info" },
  severityFilter: { id: "Tampilkan tingkat", en: "Show severities" },
  sheetFilter: { id: "Lembar", en: "Sheet" },
  allSheets: { id: "Semua lembar", en: "All sheets" },
  findingsList: { id: "Daftar temuan", en: "Findings" },
  showing: { id: "Menampilkan {shown} dari {total}", en: "Showing {shown} of {total}" },
  showMore: { id: "Tampilkan lebih banyak", en: "Show more" },
  noneMatch: { id: "Tidak ada temuan untuk saringan ini.", en: "No finding matches these filters." },
  previewLabel: { id: "Pratinjau lembar {sheet}, sel {cell}", en: "Preview of sheet {sheet}, cell {cell}" },
  previewMissing: {
    id: "Lembar {sheet} tidak ada di buku kerja.",
    en: "Sheet {sheet} is not in the workbook.",
  },

  templateIntro: {
    id: "Membuat lembar Pengaturan dan satu lembar per level di buku kerja yang terbuka: tabel Excel dengan judul kolom dibekukan dan daftar pilihan untuk Kode Induk, Polaritas dan Sifat.",
    en: "Creates the Pengaturan sheet and one sheet per level in the open workbook: Excel tables with frozen headers and dropdowns for Kode Induk, Polaritas and Sifat.",
  },
  templateEmpty: { id: "Buat struktur kosong", en: "Create empty structure" },
  templateSample: { id: "Isi contoh Banjarnegara", en: "Fill in the Banjarnegara sample" },
  templateWorking: { id: "Menulis lembar…", en: "Writing sheets…" },
  templateDone: {
    id: "Lembar yang belum ada sudah dibuat; lembar yang sudah ada tidak diubah.",
    en: "The missing sheets were created; existing sheets were left as they were.",
  },
  templateNothing: {
    id: "Tidak ada yang ditulis: lembar {sheets} sudah ada di buku kerja ini, dan Templat tidak pernah menimpa lembar yang ada.",
    en: "Nothing was written: the sheets {sheets} already exist in this workbook, and Templat never overwrites a sheet.",
  },
  templatePartly: {
    id: "Lembar {written} dibuat. Lembar {kept} sudah ada dan tidak diubah.",
    en: "Sheets {written} were created. Sheets {kept} already existed and were left as they were.",
  },
  templateOptions: { id: "Yang dapat Anda lakukan:", en: "What you can do:" },
  templateNewWorkbook: { id: "Buka di buku kerja baru", en: "Open in a new workbook" },
  templateNewWorkbookExcel: {
    id: "Buat buku kerja baru di Excel (File › Baru), buka Pokin di sana, lalu tekan tombol ini lagi.",
    en: "Create a new workbook in Excel (File › New), open Pokin there, and press this button again.",
  },
  templateNewWorkbookHint: {
    id: "Buku kerja yang terbuka sekarang ditutup: unduh dulu bila ada perubahan yang ingin disimpan.",
    en: "The workbook open now is closed: download it first if it has changes to keep.",
  },
  templateReplace: { id: "Ganti setelah dicadangkan", en: "Replace after a backup" },
  templateReplaceHint: {
    id: "Setiap lembar yang diganti disalin utuh dulu ke lembar Cadangan.",
    en: "Each replaced sheet is first copied whole into a Cadangan (backup) sheet.",
  },
  templateReplaced: {
    id: "Lembar {sheets} diganti. Isi lamanya tersimpan di {backups}.",
    en: "Sheets {sheets} were replaced. Their old content is in {backups}.",
  },
  templateNewFileName: { id: "pohon-kinerja.xlsx", en: "performance-tree.xlsx" },
  templateDoneBrowser: {
    id: "Lembar yang belum ada sudah dibuat; lembar yang sudah ada tidak diubah. Tekan Unduh untuk menyimpan berkasnya.",
    en: "The missing sheets were created; existing sheets were left as they were. Press Download to save the file.",
  },
  sample: { id: "Contoh", en: "Sample" },
  sampleHint: {
    id: "Buka contoh Banjarnegara sebagai buku kerja baru",
    en: "Open the Banjarnegara sample as a new workbook",
  },

  buildIntro: {
    id: "Membuat diagram Pohon Kinerja, matriks Cascading, tabel Capaian dan Hasil Pemeriksaan dari lembar level. Lembar level tidak diubah.",
    en: "Generates the Pohon Kinerja diagram, the Cascading matrix, the Capaian table and Hasil Pemeriksaan from the level sheets. Level sheets are not changed.",
  },
  buildYear: { id: "Tahun", en: "Year" },
  buildNoYear: { id: "Tidak ada tahun di buku kerja", en: "No year in the workbook" },
  buildOrientation: { id: "Arah diagram", en: "Diagram direction" },
  orientationDown: { id: "Atas ke bawah", en: "Top-down" },
  orientationRight: { id: "Kiri ke kanan", en: "Left to right" },
  buildRoot: { id: "Cabang (Kode)", en: "Subtree (Kode)" },
  buildRootPlaceholder: { id: "Seluruh pohon", en: "Whole tree" },
  buildRootHint: {
    id: "Ketik Kode atau Uraian; kosongkan untuk seluruh pohon.",
    en: "Type a Kode or statement; leave empty for the whole tree.",
  },
  buildRootNone: { id: "Tidak ada Kode yang cocok", en: "No matching Kode" },
  buildRootMore: { id: "… {n} lagi: ketik untuk mempersempit", en: "… {n} more: type to narrow" },
  buildDepth: { id: "Kedalaman", en: "Depth" },
  buildDepthAll: { id: "Semua level", en: "All levels" },
  buildDepthN: { id: "{n} level teratas", en: "Top {n} levels" },
  buildSheets: { id: "Lembar yang dibuat", en: "Sheets to generate" },
  buildSheetCapaian: { id: "Capaian {year}", en: "Capaian {year}" },
  buildPreview: { id: "Pratinjau diagram", en: "Diagram preview" },
  buildPreviewLabel: {
    id: "Pratinjau diagram Pohon Kinerja, {n} kotak",
    en: "Preview of the Pohon Kinerja diagram, {n} boxes",
  },
  zoomFit: { id: "Sesuaikan lebar", en: "Fit width" },
  zoomIn: { id: "Perbesar", en: "Zoom in" },
  zoomOut: { id: "Perkecil", en: "Zoom out" },
  zoomLevel: { id: "Perbesaran {n}%", en: "Zoom {n}%" },
  exportSvg: { id: "Ekspor SVG", en: "Export SVG" },
  svgFileName: { id: "pohon-kinerja-{year}.svg", en: "performance-tree-{year}.svg" },
  buildButton: { id: "Buat", en: "Build" },
  buildNoSheet: { id: "Pilih paling sedikit satu lembar.", en: "Choose at least one sheet." },
  building: { id: "Membuat lembar…", en: "Generating sheets…" },
  buildReading: { id: "Membaca buku kerja…", en: "Reading the workbook…" },
  buildDrawing: { id: "Menggambar pratinjau…", en: "Drawing the preview…" },
  importResult: { id: "Hasil impor", en: "Import result" },
  exportingSvg: { id: "Menyiapkan SVG…", en: "Preparing the SVG…" },
  buildRefresh: { id: "Baca ulang buku kerja", en: "Read the workbook again" },
  buildDone: { id: "Lembar dibuat: {sheets}", en: "Sheets generated: {sheets}" },
  buildDoneBrowser: {
    id: "Lembar dibuat: {sheets}. Tekan Unduh untuk menyimpan berkasnya.",
    en: "Sheets generated: {sheets}. Press Download to save the file.",
  },

  importIntro: {
    id: "Mengimpor templat Bappeda yang ditempel (matriks Cascading, Renja/Renstra) ke lembar level. Lembar yang berubah dicadangkan dulu; tidak ada baris yang dihapus.",
    en: "Imports a pasted Bappeda template (Cascading matrix, Renja/Renstra) into the level sheets. Sheets that change are backed up first; no row is deleted.",
  },
  importSource: { id: "Sumber templat", en: "Template source" },
  importSelection: { id: "Pilihan saat ini ({address})", en: "Current selection ({address})" },
  importNoSheet: {
    id: "Tidak ada lembar templat. Tempel templat ke lembar baru, lalu baca ulang.",
    en: "No template sheet. Paste the template into a new sheet, then read again.",
  },
  importRefresh: { id: "Baca ulang", en: "Read again" },
  importReading: { id: "Membaca templat…", en: "Reading the template…" },
  importHeader: {
    id: "Judul tabel: baris {rows}; data mulai baris {start}; {layout}",
    en: "Table header: rows {rows}; data from row {start}; {layout}",
  },
  importLayoutMatrix: { id: "matriks cascading", en: "cascading matrix" },
  importLayoutList: { id: "daftar Renja/Renstra", en: "Renja/Renstra list" },
  importGroups: { id: "Level tiap kelompok kolom", en: "Level of each column group" },
  importGroupLevel: { id: "Level untuk {label} (kolom {col})", en: "Level for {label} (column {col})" },
  importPerRow: { id: "per baris (dari kode atau Kelompok)", en: "per row (from the code or Kelompok)" },
  importMapping: { id: "Pemetaan kolom", en: "Column mapping" },
  importColumn: { id: "Kolom", en: "Column" },
  importHeaderText: { id: "Judul", en: "Header" },
  importRole: { id: "Peran", en: "Role" },
  importConfidence: { id: "Yakin", en: "Sure" },
  importReason: { id: "Alasan", en: "Reason" },
  importRoleOf: { id: "Peran kolom {col}", en: "Role of column {col}" },
  importChanged: { id: "{n} perubahan pemetaan", en: "{n} mapping changes" },
  importReset: { id: "Kembalikan pemetaan", en: "Reset the mapping" },
  importPreview: { id: "Pratinjau", en: "Preview" },
  importLevelRows: { id: "{level}: {n} baris", en: "{level}: {n} rows" },
  importFirstRows: { id: "{n} baris pertama {level}", en: "First {n} rows of {level}" },
  importNoRows: { id: "Belum ada baris yang terbaca.", en: "No rows read yet." },
  importSkipped: { id: "Baris dilewati: {n}", en: "Rows skipped: {n}" },
  importSkippedRow: { id: "baris {row}: {reason}", en: "row {row}: {reason}" },
  importButton: { id: "Impor", en: "Import" },
  importing: { id: "Mengimpor dan memeriksa…", en: "Importing and checking…" },
  importDone: { id: "Impor selesai.", en: "Import done." },
  importDoneBrowser: {
    id: "Impor selesai. Tekan Unduh untuk menyimpan berkasnya.",
    en: "Import done. Press Download to save the file.",
  },
  importLevelDone: {
    id: "{level}: {updated} diperbarui, {appended} ditambahkan; cadangan '{backup}'",
    en: "{level}: {updated} updated, {appended} added; backup '{backup}'",
  },
  importLevelNew: {
    id: "{level}: {appended} ditambahkan (lembar baru)",
    en: "{level}: {appended} added (new sheet)",
  },
  importNothing: {
    id: "Tidak ada yang berubah: semua baris sudah ada di lembar level.",
    en: "Nothing changed: every row is already in the level sheets.",
  },
  importCheck: { id: "Pemeriksaan setelah impor", en: "Check after the import" },

  errorTitle: { id: "Tidak berhasil", en: "Did not work" },
  dismiss: { id: "Tutup", en: "Dismiss" },
  fileUnreadable: {
    id: "Berkas “{name}” tidak dapat dibaca sebagai buku kerja Excel (.xlsx). Pastikan berkasnya .xlsx yang utuh dan tidak dikunci kata sandi.",
    en: "The file “{name}” cannot be read as an Excel workbook (.xlsx). Make sure it is a complete .xlsx file that is not password-protected.",
  },
  fileEmpty: { id: "Berkas “{name}” kosong (0 bita).", en: "The file “{name}” is empty (0 bytes)." },
  fileEncrypted: {
    id: "Berkas “{name}” dilindungi kata sandi atau berformat lama .xls. Buka di Excel, hapus kata sandinya atau simpan sebagai .xlsx.",
    en: "The file “{name}” is password-protected or an old .xls. Open it in Excel, remove the password or save it as .xlsx.",
  },
  unexpected: {
    id: "Terjadi kesalahan tak terduga: {detail}",
    en: "Something unexpected went wrong: {detail}",
  },
  officeUnavailable: {
    id: "Office.js tidak dapat dimuat. Periksa sambungan internet lalu buka ulang panel.",
    en: "Office.js could not be loaded. Check the internet connection, then reopen the pane.",
  },
  notExcel: {
    id: "Pokin bekerja di Excel; aplikasi Office ini tidak didukung.",
    en: "Pokin works in Excel; this Office application is not supported.",
  },
  ...REVIEW_STRINGS,
} satisfies Record<string, Msg>;

export type StringKey = keyof typeof STRINGS;

/**
 * English singulars of the strings that count something (`{n}`), chosen by `Intl.PluralRules`:
 * "1 finding", not "1 findings". Indonesian nouns do not inflect.
 */
const ENGLISH_ONE: Partial<Record<StringKey, string>> = {
  findingsTotal: "{n} finding",
  errorCount: "{n} Error",
  warningCount: "{n} Warning",
  buildPreviewLabel: "Preview of the Pohon Kinerja diagram, {n} box",
  buildDepthN: "Top level",
  importChanged: "{n} mapping change",
  importLevelRows: "{level}: {n} row",
  importFirstRows: "First row of {level}",
};

/**
 * Returns a pane string in `lang`, with `{name}` placeholders filled in. Numbers are written in
 * the language's notation (`Intl.NumberFormat`: 1.234 / 1,234); pass a year or a row number as a
 * string. A count `{n}` picks the English singular where there is one.
 * @param lang the display language
 * @param key which string
 * @param vars values for the placeholders
 * @returns the text to show
 * @example text("en", "findingsTotal", { n: 1 }) // "1 finding"
 */
export function text(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const n = vars.n;
  const one = lang === "en" && typeof n === "number" && isSingular(n, lang) ? ENGLISH_ONE[key] : undefined;
  return (one ?? STRINGS[key][lang]).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, lang) : value;
  });
}

/**
 * Picks the pane's language from Office's display language (e.g. "en-US"): English for any
 * English locale, Bahasa Indonesia otherwise (SPEC §1).
 * @param displayLanguage a BCP 47 tag, or undefined outside Office
 * @returns "en" or "id"
 * @example langFromLocale("en-GB") // "en"
 */
export function langFromLocale(displayLanguage: string | undefined | null): Lang {
  return /^en\b/i.test(displayLanguage ?? "") ? "en" : "id";
}
