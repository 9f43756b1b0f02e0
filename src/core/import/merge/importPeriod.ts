import type { Model } from "../../model/buildModel";
import type { RawSettings } from "../../model/settings";
import { importNote, type ImportNote } from "../importNote";

/** The period an import leaves in `Pengaturan` (SPEC §7: the years the workbook is meant to carry). */
export interface ImportPeriod {
  readonly from: number;
  readonly to: number;
  /** Tahun Laporan to write with it (the year the template states), if any. */
  readonly report?: number;
  /** Write the period (and Tahun Laporan) into Pengaturan. */
  readonly write: boolean;
  readonly notes: readonly ImportNote[];
}

/** The template's year and whether the template itself states it (title or column header). */
export interface StatedYear {
  readonly year: number;
  readonly stated: boolean;
}

/**
 * The period after an import. The template's own period is the run of consecutive years its
 * targets carry (with gaps, e.g. a Renja evaluation's 2025 next to the Renstra's end 2030, the
 * run holding the year its title states). Pengaturan gets that period when the workbook has
 * none, or when the workbook's own rows carry no target outside it (a fresh workbook's default
 * 2025–2029 becomes the evaluation's 2025): the check then asks for no year the template does not
 * carry. When the workbook's rows carry other years, its period is kept (those years are meant to
 * be carried). Targets outside the period are kept and named in a note.
 * @example importPeriod(model, raw, levels, { year: 2025, stated: true })?.from // 2025
 */
export function importPeriod(
  model: Model,
  raw: RawSettings,
  levels: readonly { readonly rows: readonly { readonly targets?: Readonly<Record<number, number>> }[] }[],
  template: StatedYear,
): ImportPeriod | undefined {
  const carried = [
    ...new Set(levels.flatMap((l) => l.rows.flatMap((r) => Object.keys(r.targets ?? {}).map(Number)))),
  ].sort((a, b) => a - b);
  if (carried.length === 0) return undefined;
  const own = ownRun(carried, template);
  if (own.to - own.from > 9) return undefined;
  const inPeriod = (y: number) => model.settings.years.length === 0 || model.settings.years.includes(y);
  const held = new Set(
    model.indicators.flatMap((i) =>
      [...i.targets].filter(([y, c]) => c.state !== "empty" && inPeriod(y)).map(([y]) => y),
    ),
  );
  const outside = [...held].filter((y) => y < own.from || y > own.to).sort((a, b) => a - b);
  const explicit = raw.tahunAwal !== undefined && raw.tahunAkhir !== undefined;
  const notes: ImportNote[] = [];
  let period = own;
  let write = true;
  if (outside.length > 0) {
    write = false;
    period = explicit ? { from: raw.tahunAwal!, to: raw.tahunAkhir! } : span(model.settings.years, own);
    notes.push(
      importNote(
        "note.period-kept",
        `Periode ${period.from}–${period.to} dipertahankan: baris buku kerja memuat target ${outside.join(", ")}; baris impor yang tidak memuatnya dilaporkan POKIN011`,
        `Period ${period.from}–${period.to} kept: the workbook's rows carry targets for ${outside.join(", ")}; imported rows without them are reported by POKIN011`,
        { args: { from: period.from, to: period.to, years: outside.join(", ") } },
      ),
    );
  } else if (explicit && raw.tahunAwal === own.from && raw.tahunAkhir === own.to) write = false;
  const report =
    template.stated && template.year >= period.from && template.year <= period.to ? template.year : undefined;
  if (write) {
    const was = explicit ? `${raw.tahunAwal}–${raw.tahunAkhir}` : "";
    notes.push(
      importNote(
        "note.period-set",
        `Pengaturan: periode ${was || "(belum ada)"} → ${period.from}–${period.to}, tahun yang dimuat templat${report ? `; Tahun Laporan ${report}` : ""}`,
        `Pengaturan: period ${was || "(none)"} → ${period.from}–${period.to}, the years the template carries${report ? `; Tahun Laporan ${report}` : ""}`,
        { args: { was, from: period.from, to: period.to, report: report ?? "" } },
      ),
    );
  }
  const beyond = carried.filter((y) => y < period.from || y > period.to);
  if (beyond.length > 0)
    notes.push(
      importNote(
        "note.years-outside-period",
        `Target ${beyond.join(", ")} disimpan di lembar level tetapi di luar periode ${period.from}–${period.to}: pemeriksaan tidak memintanya`,
        `Target ${beyond.join(", ")} kept in the level sheets but outside the period ${period.from}–${period.to}: the check does not ask for it`,
        { args: { years: beyond.join(", "), from: period.from, to: period.to } },
      ),
    );
  return { ...period, ...(report !== undefined ? { report } : {}), write, notes };
}

function ownRun(carried: readonly number[], template: StatedYear): { from: number; to: number } {
  const runs: number[][] = [];
  for (const y of carried) {
    const last = runs[runs.length - 1];
    if (last && y === last[last.length - 1]! + 1) last.push(y);
    else runs.push([y]);
  }
  const run =
    (template.stated ? runs.find((r) => r.includes(template.year)) : undefined) ??
    (runs.length === 1 ? runs[0] : undefined);
  return run
    ? { from: run[0]!, to: run[run.length - 1]! }
    : { from: carried[0]!, to: carried[carried.length - 1]! };
}

function span(years: readonly number[], own: { from: number; to: number }): { from: number; to: number } {
  const all = [...years, own.from, own.to];
  return { from: Math.min(...all), to: Math.max(...all) };
}
