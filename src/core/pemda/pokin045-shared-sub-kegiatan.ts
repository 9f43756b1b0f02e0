import { namesOpd } from "./fold";
import type { CrossRule, NomenklaturRow, OpdFile } from "./types";

/**
 * POKIN045 (warning): the same Sub Kegiatan (Kode Nomenklatur, lowest level) in two OPDs, and
 * neither lists the other in Crosscutting on those rows. Both sides are reported, once per
 * code, each naming the others: either may add the Crosscutting.
 */
export const pokin045: CrossRule = {
  id: "POKIN045",
  severity: "warning",
  *check(batch) {
    const byCode = new Map<string, { opd: OpdFile; rows: NomenklaturRow[] }[]>();
    for (const opd of batch.opds) {
      const mine = new Map<string, NomenklaturRow[]>();
      for (const row of opd.nomenklatur)
        mine.set(row.nomenklatur, [...(mine.get(row.nomenklatur) ?? []), row]);
      for (const [code, rows] of mine) byCode.set(code, [...(byCode.get(code) ?? []), { opd, rows }]);
    }
    for (const [code, holders] of byCode) {
      for (const a of holders) {
        const others = holders.filter((b) => b !== a && !listsEither(a, b));
        if (others.length === 0) continue;
        const names = others.map((b) => `'${b.opd.perangkatDaerah || b.opd.file}'`).join(", ");
        const row = a.rows[0]!;
        yield {
          file: a.opd.file,
          sheet: row.sheet,
          row: row.row,
          col: row.col,
          kode: row.kode,
          message: {
            id: `[${row.kode}] Sub Kegiatan ${code} juga ada di ${names}; cantumkan OPD itu di Crosscutting (atau sebaliknya).`,
            en: `[${row.kode}] Sub Kegiatan ${code} is also in ${names}; list that OPD in Crosscutting (or the other way round).`,
          },
        };
      }
    }
  },
};

type Holder = { readonly opd: OpdFile; readonly rows: readonly NomenklaturRow[] };

function listsEither(a: Holder, b: Holder): boolean {
  const lists = (x: Holder, y: Holder) =>
    y.opd.perangkatDaerah !== "" &&
    x.rows.some((r) => r.crosscutting.some((name) => namesOpd(name, y.opd.perangkatDaerah)));
  return lists(a, b) || lists(b, a);
}
