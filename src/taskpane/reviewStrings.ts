import type { Msg } from "../core/messages";

/**
 * The pane's strings for Periksa otomatis, the reviewer's notes and Sisipkan rumus capaian
 * (SPEC §13, §14), kept apart from i18n.ts so that these features stay one file to read.
 */
export const REVIEW_STRINGS = {
  liveSwitch: { id: "Periksa otomatis", en: "Check automatically" },
  liveHint: {
    id: "Memeriksa lagi setiap kali Anda mengubah lembar level, Pengaturan atau Catatan Reviu.",
    en: "Checks again each time you edit a level sheet, Pengaturan or Catatan Reviu.",
  },
  liveChanged: {
    id: "Diperiksa ulang: {added} temuan baru, {removed} temuan hilang.",
    en: "Checked again: {added} new findings, {removed} gone.",
  },
  findingNew: { id: "baru", en: "new" },
  findingGone: { id: "sudah hilang", en: "gone" },
  showExcepted: { id: "Tampilkan yang dikecualikan", en: "Show excepted findings" },
  exceptedCount: { id: "{n} dikecualikan", en: "{n} excepted" },
  exceptedBadge: { id: "Dikecualikan", en: "Excepted" },
  exceptedBecause: { id: "Dikecualikan: {catatan}", en: "Excepted: {catatan}" },
  reviewActions: { id: "Catatan reviu untuk temuan ini", en: "Review note for this finding" },
  exceptButton: { id: "Kecualikan…", en: "Except…" },
  markFixButton: { id: "Tandai perlu perbaikan", en: "Mark as needing a fix" },
  exceptTitle: { id: "Kecualikan temuan", en: "Except the finding" },
  exceptReason: { id: "Alasan (wajib)", en: "Reason (required)" },
  exceptReasonHint: {
    id: "Ditulis di lembar Catatan Reviu; temuan ini tidak muncul lagi selama catatannya ada.",
    en: "Written to the Catatan Reviu sheet; the finding stays out while the note is there.",
  },
  exceptReasonMissing: { id: "Tulis alasannya dulu.", en: "Write the reason first." },
  reviewer: { id: "Oleh (opsional)", en: "By (optional)" },
  save: { id: "Simpan", en: "Save" },
  cancel: { id: "Batal", en: "Cancel" },
  writingNote: { id: "Menulis catatan reviu…", en: "Writing the review note…" },
  noteWritten: { id: "Catatan reviu ditulis.", en: "Review note written." },
  capaianTitle: { id: "Sisipkan rumus capaian", en: "Insert the capaian formula" },
  capaianIntro: {
    id: "Pilih tabel Anda di lembar mana pun (dengan baris judulnya), lalu tekan Ambil pilihan. Pokin menulis rumus capaian dan predikat yang sama dengan lembar Capaian di dua kolom kosong di kanannya.",
    en: "Select your table on any sheet (with its header row), then press Use selection. Pokin writes the same capaian and predikat formulas as the Capaian sheet into the two empty columns to its right.",
  },
  capaianExcelOnly: {
    id: "Sisipkan rumus capaian bekerja di Excel: pilih tabel Anda di lembar kerja, lalu jalankan dari panel Pokin di Excel.",
    en: "Inserting the capaian formula works in Excel: select your table on a sheet, then run it from the Pokin pane in Excel.",
  },
  useSelection: { id: "Ambil pilihan", en: "Use selection" },
  selectionIs: { id: "Pilihan: {sheet}!{range}", en: "Selection: {sheet}!{range}" },
  targetColumn: { id: "Kolom target", en: "Target column" },
  realisasiColumn: { id: "Kolom realisasi", en: "Realisasi column" },
  polarity: { id: "Polaritas", en: "Polarity" },
  polarityPositive: { id: "Positif (semua baris)", en: "Positive (every row)" },
  polarityNegative: { id: "Negatif (semua baris)", en: "Negative (every row)" },
  polarityColumn: { id: "Dari kolom {col}", en: "From column {col}" },
  firstRowHeader: { id: "Baris pertama adalah judul", en: "The first row is a header" },
  insertButton: { id: "Sisipkan", en: "Insert" },
  inserting: { id: "Menyisipkan rumus…", en: "Inserting the formulas…" },
  inserted: { id: "Rumus capaian disisipkan.", en: "Capaian formulas inserted." },
} satisfies Record<string, Msg>;
