import { opdAcronym } from "../fold";
import type { OpdFile } from "../types";

/**
 * The prefix that makes each OPD's Kodes unique in the Pemda workbook (SPEC §11, `DSPPPA:1.1`):
 * the acronym of its Perangkat Daerah (of the file name when it names none), numbered when
 * two OPDs share one (`DK`, `DK2`).
 * @param opds the OPD workbooks, in the order given
 * @returns file → prefix
 * @example opdPrefixes([dinsos]).get("dinsos.xlsx") // "DSPPPA"
 */
export function opdPrefixes(opds: readonly OpdFile[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const opd of opds) {
    const base =
      opd.perangkatDaerah !== ""
        ? opdAcronym(opd.perangkatDaerah)
        : opdAcronym(
            opd.file
              .replace(/^.*[\\/]/, "")
              .replace(/\.xlsx$/i, "")
              .replace(/[-_.]+/g, " "),
          );
    let prefix = base;
    for (let n = 2; used.has(prefix); n++) prefix = `${base}${n}`;
    used.add(prefix);
    out.set(opd.file, prefix);
  }
  return out;
}
