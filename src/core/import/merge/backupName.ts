import { BACKUP_PREFIX } from "../../sheets";
import { nameKey } from "../../text";
import { compactStamp } from "../../format/dateStamp";

/** Excel's limit on a sheet name's length. */
const MAX = 31;

/**
 * The name of a sheet's backup, `Cadangan <sheet> <yyyymmdd-hhmm>`, at most 31 characters (the
 * sheet part shortened when needed) and unique among `taken` (a `~2`, `~3` … before the stamp).
 * Characters Excel forbids in sheet names are replaced.
 * @example backupName("Sub Kegiatan", new Date(2025, 0, 2, 3, 4), new Set()) // "Cadangan Sub Kegi 20250102-0304"
 */
export function backupName(sheet: string, now: Date, taken: ReadonlySet<string>): string {
  const stamp = compactStamp(now);
  const clean = sheet.replace(/[[\]:*?/\\']/g, "_");
  for (let k = 1; k < 1000; k++) {
    const suffix = k === 1 ? "" : `~${k}`;
    const room = MAX - BACKUP_PREFIX.length - 2 - stamp.length - suffix.length;
    const name = `${BACKUP_PREFIX} ${clean.slice(0, room).trimEnd()}${suffix} ${stamp}`;
    if (!taken.has(nameKey(name))) return name;
  }
  return `${BACKUP_PREFIX} ${stamp}`;
}
