import { nameKey } from "../../text";
import type { RawColumn } from "../detect/readColumns";

/** A title naming the Perangkat Daerah or its own plan (Renstra, Renja, DPA). */
const OWN_TITLE = /perangkat daerah|\b(opd|skpd)\b|renstra|renja|\bdpa\b/;

/**
 * Whether a template is a Perangkat Daerah's own document (SPEC §6): its title names the
 * Perangkat Daerah or its plan, or it has program/kegiatan code columns. There, plain `Tujuan`
 * and `Sasaran` are the agency's own.
 * @example isOwnDocument(["RENSTRA DINAS PUPR 2025-2029"], []) // true
 */
export function isOwnDocument(titles: readonly string[], columns: readonly RawColumn[]): boolean {
  return (
    titles.some((t) => OWN_TITLE.test(nameKey(t))) ||
    columns.some((c) => c.cls.role === "kode" || c.cls.role === "nomenklatur" || c.cls.role === "codePart")
  );
}
