/**
 * The header row of the Kepmendagri annex as Bappeda hand it out: the code split over five
 * cells (Urusan … Sub Kegiatan), then the nomenklatur, kinerja, indikator and satuan.
 */
export const ANNEX_HEADER = [
  "URUSAN/UNSUR",
  "BIDANG URUSAN/BIDANG UNSUR",
  "PROGRAM",
  "KEGIATAN",
  "SUB KEGIATAN",
  "NOMENKLATUR URUSAN",
  "KINERJA",
  "INDIKATOR",
  "SATUAN",
] as const;
