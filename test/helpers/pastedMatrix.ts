/**
 * A cascading matrix as a planner pastes it from a Bappeda template: a title row, a two-row
 * header ("Target" over its years), and `n` Program rows under Tujuan and Sasaran groups whose
 * cells are left empty below the first row ("same as above", as merged cells paste).
 */
const COLUMNS = [
  "Tujuan",
  "Indikator Tujuan",
  "Sasaran",
  "Indikator Sasaran",
  "Program",
  "Indikator Program",
  "Satuan",
];

/**
 * The matrix's top: its title, an empty row, then the two header rows ("Target" over `years`;
 * `extra` columns after the years, named on the first header row only).
 * @example matrixHeader(["2025", "2026"])[3] // [null × 7, "2025", "2026"]
 */
export function matrixHeader(years: readonly string[], extra: readonly string[] = []): unknown[][] {
  return [
    ["MATRIKS CASCADING DINAS SOSIAL"],
    [],
    [...COLUMNS, "Target", ...years.slice(1).map(() => null), ...extra],
    [...COLUMNS.map(() => null), ...years, ...extra.map(() => null)],
  ];
}

/** The rows of the matrix: a new Sasaran every 10 Programs, one Tujuan above them all. */
export function pastedMatrix(n: number): unknown[][] {
  const rows = matrixHeader(["2025", "2026"]);
  for (let i = 0; i < n; i++) {
    const sasaran =
      i % 10 === 0 ? [`Sasaran ${i / 10 + 1}`, `Indikator sasaran ${i / 10 + 1}`] : [null, null];
    rows.push([
      i === 0 ? "Tujuan dinas" : null,
      i === 0 ? "Indeks kesejahteraan" : null,
      ...sasaran,
      `Program ${i + 1}`,
      `Indikator program ${i + 1}`,
      "%",
      i + 1,
      i + 2,
    ]);
  }
  return rows;
}
