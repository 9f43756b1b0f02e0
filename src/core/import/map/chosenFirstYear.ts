import { parseA1 } from "../../a1";
import { nameKey } from "../../text";
import type { RawColumn } from "../detect/readColumns";

/**
 * The first year the planner chose in a `--map` text (`pokin import --tahun-awal` adds it): an
 * entry `Tahun Awal=2025`, or a `Target Tahun N` column set to a year (`G=Target 2021` on
 * `Target Tahun 1` makes Tahun 1 = 2021, so the other `Tahun N` columns follow). The
 * `Tahun Awal` entry is taken out of the text; column entries stay.
 * @example chosenFirstYear("Tahun Awal=2025,F=Lewati", []) // { first: 2025, map: "F=Lewati" }
 */
export function chosenFirstYear(
  map: string | undefined,
  columns: readonly RawColumn[],
): { first?: number; map?: string } {
  if (map === undefined) return {};
  let first: number | undefined;
  let byColumn: number | undefined;
  const rest: string[] = [];
  for (const entry of map
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "")) {
    const m = /^(.+?)\s*=\s*(.+)$/.exec(entry);
    const year = m ? /^((?:19|20|21)\d\d)$/.exec(m[2]!.trim()) : null;
    if (m && year && nameKey(m[1]!) === "tahun awal") {
      first = Number(year[1]);
      continue;
    }
    rest.push(entry);
    const t = m ? /^target ((?:19|20|21)\d\d)$/.exec(nameKey(m[2]!)) : null;
    const col = m && t && /^[A-Za-z]{1,3}$/.test(m[1]!) ? parseA1(`${m[1]}1`)?.col : undefined;
    const cls = columns.find((c) => c.col === col)?.cls;
    if (t && cls?.role === "target" && cls.yearIndex !== undefined && byColumn === undefined)
      byColumn = Number(t[1]) - cls.yearIndex + 1;
  }
  const chosen = first ?? byColumn;
  return {
    ...(chosen !== undefined ? { first: chosen } : {}),
    ...(rest.length ? { map: rest.join(",") } : {}),
  };
}
