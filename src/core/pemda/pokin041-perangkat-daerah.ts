import { foldText } from "./fold";
import type { CrossRule, OpdFile } from "./types";

/**
 * POKIN041 (error): an OPD workbook names no Perangkat Daerah in Pengaturan, or two files
 * name the same one (folded): each of them is reported, naming the others. The RPD workbook
 * (`--rpd`) is Bappeda's and needs none.
 */
export const pokin041: CrossRule = {
  id: "POKIN041",
  severity: "error",
  *check(batch) {
    const byName = new Map<string, OpdFile[]>();
    for (const opd of batch.opds) {
      const key = foldText(opd.perangkatDaerah);
      if (key === "") {
        yield {
          file: opd.file,
          ...opd.opdCell,
          message: {
            id: "Pengaturan tidak menyebut Perangkat Daerah: berkas ini tidak dapat dibedakan dari OPD lain dalam gabungan.",
            en: "Pengaturan names no Perangkat Daerah: this file cannot be told apart from the other OPDs of the batch.",
          },
        };
        continue;
      }
      byName.set(key, [...(byName.get(key) ?? []), opd]);
    }
    for (const group of byName.values()) {
      if (group.length < 2) continue;
      for (const opd of group) {
        const others = group
          .filter((o) => o !== opd)
          .map((o) => `'${o.file}'`)
          .join(", ");
        yield {
          file: opd.file,
          ...opd.opdCell,
          message: {
            id: `Perangkat Daerah '${opd.perangkatDaerah}' juga disebut oleh ${others}: tiap OPD harus satu berkas.`,
            en: `Perangkat Daerah '${opd.perangkatDaerah}' is also named by ${others}: each OPD must be one file.`,
          },
        };
      }
    }
  },
};
