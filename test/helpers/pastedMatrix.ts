/**
 * A cascading matrix as a planner pastes it from a Bappeda template: a title row, a two-row
 * header ("Target" over its years), and `n` Program rows under Tujuan and Sasaran groups whose
 * cells are left empty below the first row ("same as above", as merged cells paste).
 */
export const MATRIX_HEADER = [
  ["MATRIKS CASCADING DINAS SOSIAL"],
  [],
  [
    "Tujuan",
    "Indikator Tujuan",
    "Sasaran",
    "Indikator Sasaran",
    "Program",
    "Indikator Program",
    "Satuan",
    "Target",
    null,
  ],
  [null, null, null, null, null, null, null, "2025", "2026"],
] as const;

/** The rows of the matrix: a new Sasaran every 10 Programs, one Tujuan above them all. */
export function pastedMatrix(n: number): unknown[][] {
  const rows: unknown[][] = MATRIX_HEADER.map((r) => [...r]);
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
