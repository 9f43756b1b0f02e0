import { nameKey } from "../../text";
import type { GroupKind } from "../types";

/**
 * The statement kind a header names: `Sasaran Perangkat Daerah` → sasaran,
 * `Program/Kegiatan/Sub Kegiatan` → list (levels per row).
 * @example groupKindOf("Indikator Program") // "program"
 */
export function groupKindOf(text: string): GroupKind | undefined {
  const t = nameKey(text);
  const sub = /sub ?keg/.test(t);
  const keg = /(^|[^b] ?)keg(iatan|\.|$| )/.test(t.replace(/sub ?keg\S*/g, ""));
  const prog = /program/.test(t);
  if (Number(sub) + Number(keg) + Number(prog) >= 2 || /nomenklatur|tujuan ?\/ ?sasaran/.test(t))
    return "list";
  if (sub) return "subkegiatan";
  if (keg) return "kegiatan";
  if (prog) return "program";
  if (/sasaran/.test(t)) return "sasaran";
  if (/tujuan/.test(t)) return "tujuan";
  if (/\bmisi\b/.test(t)) return "misi";
  if (/\bvisi\b/.test(t)) return "visi";
  return undefined;
}
