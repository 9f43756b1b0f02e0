import type { ReferenceEntry } from "../../model/reference";
import { formatNomenklatur } from "../../values/nomenklatur";
import { importNote } from "../importNote";
import type { NameOf } from "./listState";

/**
 * The Uraian of a kegiatan a template names only by its code (a DPA's `Tolak Ukur Capaian Keg.`):
 * its nomenclature from the workbook's `Referensi Nomenklatur`, else `Kegiatan <code>`, with a
 * note asking the planner to name it.
 * @example nameOf(undefined)(["1", "03", "01", "2", "01"]).text // "Kegiatan 1.03.01.2.01"
 */
export function nameOf(reference: ReadonlyMap<string, ReferenceEntry> | undefined): NameOf {
  return (segments) => {
    const code = formatNomenklatur(segments);
    const known = reference?.get(code)?.nomenklatur;
    if (known) return { text: known };
    return {
      text: `Kegiatan ${code}`,
      note: importNote(
        "note.uraian-from-code",
        `Uraian kegiatan ${code} tidak ada di templat: ditulis 'Kegiatan ${code}' — ganti dengan namanya`,
        `The template gives no Uraian for kegiatan ${code}: written as 'Kegiatan ${code}' — replace it with its name`,
        { args: { code } },
      ),
    };
  };
}
