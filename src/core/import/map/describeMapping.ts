import type { ImportMapping } from "../types";

/**
 * The mapping as lines a planner reads: the header found, each group's level, each column's role.
 * @example describeMapping(mapping, "id")[0] // "Judul tabel: baris 6–7; data mulai baris 10"
 */
export function describeMapping(mapping: ImportMapping, lang: "id" | "en"): string[] {
  const rows = `${mapping.headerTop + 1}–${mapping.headerBottom + 1}`;
  const numbering = mapping.numberingRow !== undefined ? mapping.numberingRow + 1 : undefined;
  const head =
    lang === "id"
      ? `Judul tabel: baris ${rows}${numbering ? `; baris penomoran ${numbering}` : ""}; data mulai baris ${mapping.dataStart + 1}; tata letak: ${mapping.layout === "list" ? "daftar Renja/Renstra" : "matriks cascading"}`
      : `Table header: rows ${rows}${numbering ? `; numbering row ${numbering}` : ""}; data from row ${mapping.dataStart + 1}; layout: ${mapping.layout === "list" ? "Renja/Renstra list" : "cascading matrix"}`;
  return [
    head,
    ...[...mapping.groups, ...(mapping.kelompok ?? [])].map(
      (g) => `  ${g.reason[lang]} [${Math.round(g.confidence * 100)}%]`,
    ),
    ...mapping.columns.map((c) => `  ${c.reason[lang]} [${Math.round(c.confidence * 100)}%]`),
  ];
}
