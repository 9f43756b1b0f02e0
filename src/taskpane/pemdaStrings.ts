import type { Msg } from "../core/messages";

/** The Gabung and Bandingkan tabs' strings (spread into the pane's STRINGS). */
export const PEMDA_STRINGS = {
  tabGabung: { id: "Gabung", en: "Consolidate" },
  tabCompare: { id: "Bandingkan", en: "Compare" },

  gabungIntro: {
    id: "Menggabungkan buku kerja Pokin beberapa Perangkat Daerah menjadi satu pohon kinerja Pemda, dengan lembar Rekap Perangkat Daerah. Berkas sumber tidak diubah.",
    en: "Consolidates several Perangkat Daerah's Pokin workbooks into one Pemda tree, with a Rekap Perangkat Daerah sheet. The source files are not changed.",
  },
  gabungIntroOffice: {
    id: "Lembar Pemda ditulis ke buku kerja ini; lembar yang diganti dicadangkan dulu. Sebaiknya pakai buku kerja kosong.",
    en: "The Pemda sheets are written into this workbook; sheets it replaces are backed up first. An empty workbook is best.",
  },
  gabungPick: { id: "Pilih berkas OPD…", en: "Choose OPD files…" },
  gabungPickLabel: { id: "Berkas OPD (.xlsx, beberapa)", en: "OPD files (.xlsx, several)" },
  gabungSamples: { id: "Pakai 3 contoh OPD", en: "Use 3 sample OPDs" },
  gabungSamplesHint: {
    id: "Contoh Banjarnegara dan dua OPD rekaan (bukan data nyata).",
    en: "The Banjarnegara sample and two invented OPDs (not real data).",
  },
  gabungDownloadSamples: { id: "Unduh contoh OPD", en: "Download sample OPDs" },
  gabungChosen: { id: "{n} berkas dipilih", en: "{n} files chosen" },
  gabungSampleTag: { id: "contoh", en: "example" },
  gabungButton: { id: "Gabungkan dan unduh", en: "Consolidate and download" },
  gabungButtonOffice: { id: "Gabungkan ke buku kerja ini", en: "Consolidate into this workbook" },
  gabungWorking: { id: "Menggabungkan…", en: "Consolidating…" },
  gabungReading: { id: "Membaca berkas OPD…", en: "Reading the OPD files…" },
  gabungDone: {
    id: "{opds} Perangkat Daerah, {total} indikator ({levels} per level). Hasil periksa: {errors} kesalahan, {warnings} peringatan.",
    en: "{opds} Perangkat Daerah, {total} indicators ({levels} per level). Its check: {errors} errors, {warnings} warnings.",
  },
  gabungDownloaded: {
    id: "Buku kerja Pemda diunduh sebagai {name}.",
    en: "The Pemda workbook was downloaded as {name}.",
  },
  gabungWritten: {
    id: "Lembar Pemda ditulis; {n} lembar dicadangkan.",
    en: "The Pemda sheets were written; {n} sheets backed up.",
  },
  gabungCross: { id: "Temuan antar-berkas", en: "Findings across files" },
  gabungNoCross: { id: "Tidak ada temuan antar-berkas.", en: "No finding across files." },
  gabungFileName: { id: "pemda.xlsx", en: "pemda.xlsx" },

  compareIntro: {
    id: "Membandingkan buku kerja yang terbuka dengan versi sebelumnya (mis. Renstra sebelum perubahan).",
    en: "Compares the open workbook with an earlier version (e.g. the Renstra before its revision).",
  },
  comparePick: { id: "Pilih versi sebelumnya…", en: "Choose the earlier version…" },
  comparePickLabel: { id: "Versi sebelumnya (.xlsx)", en: "Earlier version (.xlsx)" },
  comparing: { id: "Membandingkan dengan {name}…", en: "Comparing with {name}…" },
  compareAgainst: { id: "Dibanding {name}", en: "Compared with {name}" },
  compareNone: { id: "Tidak ada perubahan.", en: "Nothing changed." },
  compareTotal: { id: "{n} perubahan", en: "{n} changes" },
  compareShown: { id: "{n} ditampilkan", en: "{n} shown" },
  compareKinds: { id: "Jenis perubahan", en: "Kinds of change" },
  compareLevel: { id: "Level", en: "Level" },
  compareAllLevels: { id: "Semua level", en: "All levels" },
  compareList: { id: "Daftar perubahan", en: "Changes" },
  compareWrite: { id: "Tulis lembar Perubahan", en: "Write the Perubahan sheet" },
  compareWriting: { id: "Menulis lembar Perubahan…", en: "Writing the Perubahan sheet…" },
  compareWritten: { id: "Lembar Perubahan ditulis.", en: "The Perubahan sheet was written." },
  compareWrittenBrowser: {
    id: "Lembar Perubahan ditulis. Tekan Unduh untuk menyimpan berkasnya.",
    en: "The Perubahan sheet was written. Press Download to save the file.",
  },
  compareRemovedCell: {
    id: "dihapus (hanya di versi lama: {cell})",
    en: "removed (only in the old version: {cell})",
  },
  compareDiagram: { id: "Diagram dengan tanda perubahan", en: "Diagram with change marks" },
} satisfies Record<string, Msg>;
