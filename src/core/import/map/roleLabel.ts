import type { Role, SkipWhy } from "../types";
import type { Msg } from "../../messages";

const SKIP_WHY: Record<SkipWhy, Msg> = {
  anggaran: { id: "anggaran/Rp, bukan target", en: "budget/Rp, not a target" },
  capaian: { id: "capaian (%) yang dihitung", en: "a computed achievement (%)" },
  nomor: { id: "nomor urut", en: "row numbers" },
  kumulatif: { id: "realisasi kumulatif beberapa tahun", en: "realisasi accumulated over years" },
  lokasi: { id: "lokasi", en: "location" },
  jadwal: { id: "jadwal pelaksanaan", en: "schedule" },
  duplikat: { id: "mengulang kolom indikator", en: "repeats the indicator column" },
  kinerja: { id: "pernyataan kinerja, bukan indikator", en: "a performance statement, not an indicator" },
  kosong: { id: "kosong", en: "empty" },
  tahun: {
    id: "Tahun 1 tidak diketahui: pilih tahun awal (--tahun-awal)",
    en: "year 1 unknown: choose the first year (--tahun-awal)",
  },
  lain: { id: "tidak dipakai", en: "not used" },
};

/**
 * The label of a role as a planner reads it (and types it in `--map`): `Target 2025`,
 * `Realisasi 2025 TW1`, `Indikator (Program)`, `dilewati: anggaran/Rp, bukan target`.
 * @example roleLabel({ kind: "target", year: 2025 }).id // "Target 2025"
 */
export function roleLabel(role: Role, level?: string): Msg {
  const at = level ? ` (${level})` : "";
  switch (role.kind) {
    case "target":
      return same(`Target ${role.year}`);
    case "realisasi":
      return same(`Realisasi ${role.year}${role.quarter ? ` TW${role.quarter}` : ""}`);
    case "skip":
      return { id: `dilewati: ${SKIP_WHY[role.why].id}`, en: `skipped: ${SKIP_WHY[role.why].en}` };
    case "codePart":
      return {
        id: `Kode Nomenklatur, bagian ${role.part + 1} dari 5`,
        en: `Kode Nomenklatur, part ${role.part + 1} of 5`,
      };
    case "indikator":
      return role.scope
        ? { id: `Indikator level induk${at}`, en: `Indikator of the parent level${at}` }
        : same(`Indikator${at}`);
    case "uraian":
      return same(`Uraian${at}`);
    case "kelompok":
      return { id: "Kelompok (level tiap baris)", en: "Kelompok (each row's level)" };
    default:
      return same(LABELS[role.kind]);
  }
}

export const LABELS = {
  kode: "Kode",
  kodeInduk: "Kode Induk",
  nomenklatur: "Kode Nomenklatur",
  satuan: "Satuan",
  baseline: "Baseline",
  polaritas: "Polaritas",
  sifat: "Sifat",
  penanggungJawab: "Penanggung Jawab",
  crosscutting: "Crosscutting",
  keterangan: "Keterangan",
} as const;

const same = (text: string): Msg => ({ id: text, en: text });
