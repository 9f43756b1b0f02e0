import { nameKey } from "../../text";
import { fromEnglish } from "./fromEnglish";
import { groupKindOf } from "./groupKindOf";
import { headerClass as make, type Classified } from "./headerClass";
import { realisasiHeader as realisasi } from "./realisasiHeader";
import { targetHeader as target } from "./targetHeader";

const MONEY = /^(rp\.?|anggaran|pagu|dana|keuangan|biaya|rupiah)$/;
const KINERJA_LEAF = /^(k|kinerja|fisik|target|realisasi|t|r|volume|vol)$/;
/**
 * Classifies one column's header (its header rows top to bottom, merged cells filled) into the
 * role it plays, with the Indonesian vocabulary of Bappeda templates: `Indikator Kinerja`,
 * `Tolok/Tolak Ukur …`, `Data Capaian Awal` (baseline), `Target Tahun 1`, `Kondisi Akhir`,
 * `Realisasi Kinerja Pada Triwulan / I / K`, and the money sub-columns (`Rp`, `Pagu`, `Dana`) skipped.
 * @param path the header texts of the column, top to bottom (empty parts ignored)
 * @returns the class, a confidence and the words that decided it; never throws
 * @example classifyHeader(["Realisasi Kinerja Pada Triwulan", "I", "K"]).cls // { role: "realisasi", quarter: 1 }
 */
export function classifyHeader(path: readonly string[]): Classified {
  const original = path.map(nameKey).filter((p) => p !== "");
  const parts = original.map(fromEnglish);
  const read = classifyParts(parts);
  if (read.cls.role === "unknown" || parts.every((p, i) => p === original[i])) return read;
  // An English header is read through its Indonesian words; the reason names both.
  const said = original.join(" / ");
  const as = parts.join(" / ");
  return {
    ...read,
    confidence: Math.min(read.confidence, 0.8),
    why: {
      id: `judul berbahasa Inggris '${said}' dibaca '${as}'; ${read.why.id}`,
      en: `English header '${said}' read as '${as}'; ${read.why.en}`,
    },
  };
}

function classifyParts(parts: readonly string[]): Classified {
  if (parts.length === 0)
    return { cls: { role: "unknown" }, confidence: 0, why: { id: "tanpa judul", en: "no header" } };
  const leaf = parts[parts.length - 1]!;
  if (MONEY.test(leaf)) return make({ role: "skip", why: "anggaran" }, 0.95, leaf);
  if (leaf === "%" && parts.length > 1) return make({ role: "skip", why: "capaian" }, 0.9, "%");
  const body = KINERJA_LEAF.test(leaf) && parts.length > 1 ? parts.slice(0, -1) : parts;
  const full = body.join(" / ");
  const leafHint = KINERJA_LEAF.test(leaf) && parts.length > 1 ? leaf : "";
  const whole = classifyText(full, body, leafHint);
  if (parts.length === 1 || leafHint !== "") return whole;
  // Under a group title ("Program" over "Kode | Program | Indikator Program | Satuan"), the
  // column's own header decides its role; the title only adds a year or a quarter.
  const own = classifyText(leaf, [leaf], "");
  if (own.cls.role === "unknown" || own.cls.role === whole.cls.role) return whole;
  if (own.cls.role === "uraian")
    return { ...own, cls: { role: "uraian", kind: groupKindOf(full) ?? own.cls.kind } };
  return own;
}

function classifyText(full: string, body: readonly string[], leafHint: string): Classified {
  if (/^(no\.?|nomor|no urut|nmr|#)$/.test(full)) return make({ role: "skip", why: "nomor" }, 0.95, full);
  if (/kode induk|kode parent|^induk$/.test(full)) return make({ role: "kodeInduk" }, 0.95, "kode induk");
  if (/kode nomenklatur|kode rekening/.test(full))
    return make({ role: "nomenklatur" }, 0.9, "kode nomenklatur");
  if (/^(kode|kd)\b/.test(full)) return make({ role: "kode" }, 0.85, "kode");
  if (/^urusan( ?\/ ?unsur)?$/.test(full)) return make({ role: "codePart", part: 0 }, 0.8, "urusan");
  if (/^bidang urusan|^bidang( ?\/ ?unsur)?$/.test(full))
    return make({ role: "codePart", part: 1 }, 0.8, "bidang");
  if (/^(kelompok|jenis|level|tingkat|tingkatan)$/.test(full)) return make({ role: "kelompok" }, 0.8, full);
  if (
    /^(dana|pagu|anggaran|jumlah pagu|sumber dana|alokasi)|dana tahun|\(rp\.?\)|kerangka pendanaan$/.test(
      full,
    )
  ) {
    const word = /sumber dana|kerangka pendanaan|jumlah pagu/.exec(full)?.[0] ?? full.split(" ")[0] ?? full;
    return make({ role: "skip", why: "anggaran" }, 0.9, word);
  }
  if (/penanggung ?jawab|^pj$|unit kerja|^pelaksana|pengampu/.test(full)) {
    return make({ role: "penanggungJawab" }, 0.85, "penanggung jawab");
  }
  const ind = /indikator|tolok ukur|tolak ukur|ukuran kinerja/.exec(full);
  if (ind) {
    const parent = /capaian (keg|kegiatan|program)/.test(full);
    const kind = groupKindOf(full.replace(/.*?(indikator|tolok ukur|tolak ukur)/, ""));
    return make(
      { role: "indikator", ...(kind ? { kind } : {}), ...(parent ? { scope: "parent" as const } : {}) },
      0.9,
      ind[0],
    );
  }
  if (/^keluaran/.test(full)) return make({ role: "skip", why: "duplikat" }, 0.6, "keluaran");
  if (/^(satuan|unit|sat\.?)( |$)/.test(full)) return make({ role: "satuan" }, 0.95, "satuan");
  if (
    /baseline|capaian awal|kondisi awal|kinerja awal|tahun dasar|data awal|data capaian|awal perencanaan/.test(
      full,
    )
  ) {
    return make({ role: "baseline" }, 0.9, /baseline/.test(full) ? "baseline" : "awal");
  }
  const capaianOnly = /^capaian( |$)/.test(full) && !/kerangka pendanaan/.test(full) && leafHint === "";
  if (/tingkat capaian|predikat|persentase capaian/.test(full) || capaianOnly) {
    return make({ role: "skip", why: "capaian" }, 0.85, "capaian");
  }
  if (/realisasi/.test(full) || leafHint === "realisasi" || leafHint === "r") return realisasi(full, body);
  if (
    /target|kondisi (kinerja )?(pada )?akhir|rencana|capaian kinerja dan kerangka/.test(full) ||
    leafHint !== ""
  ) {
    return target(full);
  }
  if (/polaritas|polarisasi/.test(full)) return make({ role: "polaritas" }, 0.9, "polaritas");
  if (/^sifat/.test(full)) return make({ role: "sifat" }, 0.8, "sifat");
  if (/cross ?cutting|lintas/.test(full)) return make({ role: "crosscutting" }, 0.8, "crosscutting");
  if (/^(keterangan|ket\.?|catatan)( |$)/.test(full)) return make({ role: "keterangan" }, 0.95, "keterangan");
  if (/lokasi/.test(full)) return make({ role: "skip", why: "lokasi" }, 0.9, "lokasi");
  if (/pelaksanaan|jadwal|waktu/.test(full)) return make({ role: "skip", why: "jadwal" }, 0.8, "pelaksanaan");
  if (/^kinerja$/.test(full)) return make({ role: "skip", why: "kinerja" }, 0.5, "kinerja");
  const kind = groupKindOf(full);
  if (kind) return make({ role: "uraian", kind }, 0.85, full);
  if (/^(uraian|nama|pernyataan|deskripsi)/.test(full))
    return make({ role: "uraian", kind: "other" }, 0.7, full);
  return {
    cls: { role: "unknown" },
    confidence: 0,
    why: { id: "judul tidak dikenal", en: "unknown header" },
  };
}
