/** The command line's help, in both languages (the user may not have chosen one yet). */
export const USAGE = `Penggunaan / Usage:
  pokin check FILE.xlsx [--format text|json] [--all] [--lang id|en]
      Periksa konsistensi pohon kinerja / check the performance tree.
      Temuan yang dikecualikan di lembar Catatan Reviu tidak ditampilkan, hanya dihitung; --all menampilkannya.
      Findings excepted in the Catatan Reviu sheet are left out and counted; --all shows them, marked.
      Keluar / exit: 0 tanpa kesalahan / no error, 1 ada kesalahan / errors found, 2 berkas tidak terbaca / file unreadable.
  pokin check A.xlsx B.xlsx … [--rpd RPD.xlsx] [--format text|json|jsonl] [--lang id|en]
      Periksa banyak OPD sekaligus, plus aturan lintas buku kerja (POKIN040–046).
      Check many OPD workbooks at once, plus the cross-workbook rules (POKIN040–046).
  pokin gabung A.xlsx B.xlsx … [--rpd RPD.xlsx] -o PEMDA.xlsx [--lang id|en]
      Gabungkan buku kerja OPD menjadi buku kerja Pemda (+ Rekap Perangkat Daerah).
      Consolidate OPD workbooks into one Pemda workbook (+ Rekap Perangkat Daerah).
  pokin build FILE.xlsx -o OUT.xlsx [--year YYYY] [--orientation down|right] [--root KODE] [--depth N] [--diff OLD.xlsx] [--lang id|en]
      Tulis lembar hasil (Pohon Kinerja, Cascading, Capaian, Hasil Pemeriksaan) / write the generated sheets.
  pokin import FILE.xlsx --sheet NAME [--range A1:Z99] [--map "F=Target 2025,…"] [--reference REF.xlsx] -o OUT.xlsx [--lang id|en]
      Impor templat Bappeda yang ditempel ke lembar level / import a pasted Bappeda template into the level sheets.
  pokin init OUT.xlsx [--sample] [--force] [--lang id|en]
      Buat buku kerja kosong terstruktur, atau contoh Banjarnegara (--sample).
      Write an empty structured workbook, or the Banjarnegara sample (--sample).
  pokin diff OLD.xlsx NEW.xlsx [--format text|json] [--all] [-o OUT.xlsx] [--lang id|en]
      Apa yang berubah antara dua versi (Renstra perubahan) / what changed between two versions.
      --all: juga Realisasi dan Keterangan / also Realisasi and Keterangan; -o: salinan BARU dengan lembar Perubahan / a copy of NEW with a Perubahan sheet.
      Keluar / exit: 0 tidak ada perubahan / no change, 1 ada perubahan / changes found, 2 berkas tidak terbaca / file unreadable.
  pokin --help
`;

export const CHECK_USAGE = `Penggunaan / Usage: pokin check FILE.xlsx [--format text|json] [--all] [--lang id|en]
                    pokin check A.xlsx B.xlsx … [--rpd RPD.xlsx] [--format text|json|jsonl] [--lang id|en]
`;

export const INIT_USAGE = `Penggunaan / Usage: pokin init OUT.xlsx [--sample] [--force] [--lang id|en]
`;

export const DIFF_USAGE = `Penggunaan / Usage: pokin diff OLD.xlsx NEW.xlsx [--format text|json] [--all] [-o OUT.xlsx] [--lang id|en]
`;

export const GABUNG_USAGE = `Penggunaan / Usage: pokin gabung A.xlsx B.xlsx … [--rpd RPD.xlsx] -o PEMDA.xlsx [--lang id|en]
`;
