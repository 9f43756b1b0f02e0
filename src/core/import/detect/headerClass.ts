import type { Msg } from "../../messages";
import type { GroupKind, SkipWhy } from "../types";

/** A header read on its own, before years are resolved against the workbook's period. */
export type HeaderClass =
  | { readonly role: "kode" | "kodeInduk" | "nomenklatur" | "kelompok" | "satuan" | "baseline" }
  | { readonly role: "polaritas" | "sifat" | "penanggungJawab" | "crosscutting" | "keterangan" }
  | { readonly role: "codePart"; readonly part: number }
  | { readonly role: "uraian"; readonly kind: GroupKind }
  | { readonly role: "indikator"; readonly kind?: GroupKind; readonly scope?: "parent" }
  | { readonly role: "target"; readonly year?: number; readonly yearIndex?: number; readonly akhir?: boolean }
  | { readonly role: "realisasi"; readonly year?: number; readonly quarter?: 1 | 2 | 3 | 4 }
  | { readonly role: "skip"; readonly why: SkipWhy }
  | { readonly role: "unknown" };

/** A classification with how sure it is (0–1) and the words that decided it. */
export interface Classified {
  readonly cls: HeaderClass;
  readonly confidence: number;
  readonly why: Msg;
}

/**
 * A classification whose reason is the header's deciding word.
 * @example headerClass({ role: "satuan" }, 0.95, "satuan").why.en // "the header says 'satuan'"
 */
export function headerClass(cls: HeaderClass, confidence: number, word: string): Classified {
  return { cls, confidence, why: { id: `judul memuat '${word}'`, en: `the header says '${word}'` } };
}
