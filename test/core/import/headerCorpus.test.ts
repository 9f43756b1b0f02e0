import fs from "node:fs";
import path from "node:path";
import { classifyHeader, type HeaderClass } from "../../../src/core/import";
import { parseCsv } from "../../helpers/libreOffice";

const CSV = path.resolve(__dirname, "../../../../shared/reference/template-headers_observed.csv");
const has = fs.existsSync(CSV);
if (!has) console.warn(`Skipping the header corpus test: ${CSV} is absent.`);

/** The role a planner gives each observed header (by its text), written by hand. */
const EXPECTED: [RegExp, string][] = [
  [/^no$/i, "skip:nomor"],
  [/^URUSAN\/UNSUR$/, "codePart:0"],
  [/^BIDANG URUSAN\/BIDANG UNSUR$/, "codePart:1"],
  // Alone, PROGRAM/KEGIATAN/SUB KEGIATAN are names; the cells (1, 2.01, 1) make them code parts.
  [/^PROGRAM$/, "uraian:program"],
  [/^KEGIATAN$/, "uraian:kegiatan"],
  [/^SUB KEGIATAN$/, "uraian:subkegiatan"],
  [
    /^NOMENKLATUR URUSAN$|^PROGRAM DAN KEGIATAN$|^TUJUAN\/SASARAN$|Program\/Kegiatan$|^Program, Kegiatan, Sub Kegiatan$|^Urusan\/Bidang Urusan\/Program\/Kegiatan\/Sub Kegiatan$/i,
    "uraian:list",
  ],
  [/^KINERJA$/, "skip:kinerja"],
  [/^INDIKATOR SASARAN$/i, "indikator:sasaran"],
  [/^TOLAK UKUR CAPAIAN KEG\.$/, "indikator:parent"],
  [/^INDIKATOR$|^TOLAK UKUR (KELUARAN|HASIL)$/, "indikator"],
  [
    /^Indikator (Kinerja Program \(Outcome\)|Kinerja Tujuan, Sasaran|Program\/Kegiatan\/Sub Kegiatan)/,
    "indikator:list",
  ],
  [/^satuan$/i, "satuan"],
  [/^keterangan$/i, "keterangan"],
  [/^SASARAN$|^Sasaran$|^Sasaran RPJMD|^Sasaran Perangkat daerah$/, "uraian:sasaran"],
  [/^Tujuan$|^Tujuan Perangkat Daerah$/, "uraian:tujuan"],
  [/^Visi$/, "uraian:visi"],
  [/^Misi$/, "uraian:misi"],
  [/^KODE( SUB KEGIATAN)?$|^Kode$/, "kode"],
  [/^DATA CAPAIAN AWAL$|^Data Capaian pada Tahun Awal/, "baseline"],
  [/^TARGET TAHUN (\d)$/, "target:index$1"],
  [/^DANA TAHUN \d$|^SUMBER DANA$|^JUMLAH PAGU$/, "skip:anggaran"],
  [/^LOKASI$|^Lokasi$/, "skip:lokasi"],
  [/^KELOMPOK$/, "kelompok"],
  [/^TARGET KINERJA (CAPAIAN KEG\.|KELUARAN|HASIL)$/, "target"],
  [/^KELUARAN SUB KEG\.$/, "skip:duplikat"],
  [/^(AWAL|AKHIR) PELAKSANAAN$/, "skip:jadwal"],
  [/^Target Renstra Perangkat Daerah Pada Tahun 2030/, "target:2030"],
  [/^Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan \(Tahun 2025\)/, "target:2025"],
  [/^Target Renstra SKPD pada Tahun \{awal\} s\/d \{akhir\}/, "target:akhir"],
  [/^Target kinerja dan anggaran Renja SKPD Tahun Berjalan Tahun \{tahun\}/, "target"],
  [/^Tingkat Capaian/, "skip:capaian"],
  [/sampai dengan|s\/d Tahun/, "skip:kumulatif"],
  [/^Realisasi Kinerja Pada Triwulan \/ (I{1,3}|IV)$/, "realisasi:q$1"],
  [/^Realisasi Capaian Kinerja dan Anggaran Renja/, "realisasi"],
  [/^Capaian Kinerja dan Kerangka Pendanaan \/ (\d{4})$/, "target:$1"],
  [/^Kondisi Kinerja pada akhir periode/, "target:akhir"],
  [/Penanggung ?[Jj]awab$/, "penanggungJawab"],
];
const ROMAN: Record<string, string> = { I: "1", II: "2", III: "3", IV: "4" };

function expected(header: string, leaf: string | undefined): string {
  if (leaf && /^Rp\.?$/i.test(leaf)) return "skip:anggaran";
  if (leaf === "%") return "skip:capaian";
  const hit = EXPECTED.find(([re]) => re.test(header));
  if (!hit) return "?";
  const m = hit[0].exec(header)!;
  return hit[1].replace("$1", ROMAN[m[1] ?? ""] ?? m[1] ?? "");
}

function summary(c: HeaderClass): string {
  switch (c.role) {
    case "skip":
      return `skip:${c.why}`;
    case "codePart":
      return `codePart:${c.part}`;
    case "uraian":
      return `uraian:${c.kind}`;
    case "indikator":
      return c.scope ? "indikator:parent" : c.kind ? `indikator:${c.kind}` : "indikator";
    case "target":
      return c.year
        ? `target:${c.year}`
        : c.yearIndex
          ? `target:index${c.yearIndex}`
          : c.akhir
            ? "target:akhir"
            : "target";
    case "realisasi":
      return c.quarter ? `realisasi:q${c.quarter}` : "realisasi";
    default:
      return c.role;
  }
}

/**
 * The sub-headers under a header: `9 ; K` → K, `13 = … ; K, Rp` → K and Rp, `Target ; Rp` → both.
 * A number there (`1 ; 1`) is the numbering row, which detection keeps out of the header.
 */
function leaves(sub: string): (string | undefined)[] {
  const after = sub.split(";")[1]?.trim();
  if (!after || /sub-columns|colspan|rowspan/.test(after) || /^\d+$/.test(after)) return [undefined];
  return after.split(",").map((s) => s.trim());
}

(has ? describe : describe.skip)("classifyHeader(every header of template-headers_observed.csv)", () => {
  const rows = has ? parseCsv(fs.readFileSync(CSV, "utf8")).slice(1) : [];
  test("the corpus has its 112 headers", () => {
    expect(rows).toHaveLength(112);
  });
  test("every real header maps to the role a planner would give it", () => {
    const wrong: string[] = [];
    for (const row of rows) {
      const header = row[5]!;
      for (const leaf of leaves(row[6] ?? "")) {
        const parts = [...header.split(" / "), ...(leaf ? [leaf] : [])];
        const got = summary(classifyHeader(parts).cls);
        const want = expected(header, leaf);
        if (got !== want) wrong.push(`${header}${leaf ? ` / ${leaf}` : ""}: got ${got}, want ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
