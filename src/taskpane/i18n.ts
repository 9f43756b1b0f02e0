import type { Lang, Msg } from "../core/rules/types";

/** Every string the pane shows, in both languages the product speaks (SPEC §1). */
export const STRINGS = {
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
  bySheet: { id: "Per lembar", en: "By sheet" },
  error: { id: "Kesalahan", en: "Errors" },
  warning: { id: "Peringatan", en: "Warnings" },
  info: { id: "Info", en: "Info" },
  severityFilter: { id: "Tampilkan tingkat", en: "Show severities" },
  sheetFilter: { id: "Lembar", en: "Sheet" },
  allSheets: { id: "Semua lembar", en: "All sheets" },
  findingsList: { id: "Daftar temuan", en: "Findings" },
  showing: { id: "Menampilkan {shown} dari {total}", en: "Showing {shown} of {total}" },
  showMore: { id: "Tampilkan lebih banyak", en: "Show more" },
  noneMatch: { id: "Tidak ada temuan untuk saringan ini.", en: "No finding matches these filters." },
  goToCell: {
    id: "{severity} {rule}, {sheet} sel {cell}: {message}",
    en: "{severity} {rule}, {sheet} cell {cell}: {message}",
  },
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
  templateDoneBrowser: {
    id: "Lembar yang belum ada sudah dibuat; lembar yang sudah ada tidak diubah. Tekan Unduh untuk menyimpan berkasnya.",
    en: "The missing sheets were created; existing sheets were left as they were. Press Download to save the file.",
  },
  sample: { id: "Contoh", en: "Sample" },
  sampleHint: {
    id: "Buka contoh Banjarnegara sebagai buku kerja baru",
    en: "Open the Banjarnegara sample as a new workbook",
  },

  comingSoon: { id: "Segera hadir", en: "Coming soon" },
  buildSoon: {
    id: "Di sini Anda akan membuat diagram Pohon Kinerja, matriks Cascading dan tabel Capaian.",
    en: "Here you will generate the Pohon Kinerja diagram, the Cascading matrix and the Capaian tables.",
  },
  importSoon: {
    id: "Di sini Anda akan mengimpor templat Bappeda yang ditempel, dengan pratinjau pemetaan kolom.",
    en: "Here you will import pasted Bappeda templates, with a preview of the column mapping.",
  },

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
} satisfies Record<string, Msg>;

export type StringKey = keyof typeof STRINGS;

/**
 * Returns a pane string in `lang`, with `{name}` placeholders filled in.
 * @param lang the display language
 * @param key which string
 * @param vars values for the placeholders
 * @returns the text to show
 * @example text("en", "findingsTotal", { n: 3 }) // "3 findings"
 */
export function text(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
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
