import fc from "fast-check";
import { isNumeric, realisasiSlots, yearRealisasi } from "../../../src/core/capaian/realisasi";
import type { Indicator } from "../../../src/core/model/indicator";
import type { RowSpec } from "../../helpers/workbook";
import { oneIndicator, twoLevels } from "./build";

/** yearRealisasi of a single indicator, reduced to what matters: value/from or missing. */
function read(spec: RowSpec, year = 2025): unknown {
  const { ind } = oneIndicator(spec, { quarters: true });
  const r = yearRealisasi(ind, year);
  return r.value === undefined
    ? { missing: r.missing }
    : { value: r.value, from: r.from, cols: r.cells.map((c) => c.col) };
}

const TW = (q: number) => 15 + q; // quarter columns follow the 16 HEADER columns (TW1 = 16)
const R2025 = 12; // Realisasi 2025 in HEADER

describe("yearRealisasi(indicator, year)", () => {
  test.each<[string, RowSpec, unknown]>([
    [
      "Kumulatif sums the quarters given (TW1 and TW3 only)",
      { sifat: "Kumulatif", quarters: { 2025: [5, "", 7, ""] } },
      { value: 12, from: "quarters", cols: [TW(1), TW(3)] },
    ],
    [
      "Akhir takes the last quarter given (TW3 when TW4 is empty)",
      { sifat: "Akhir", quarters: { 2025: [5, "", 7, ""] } },
      { value: 7, from: "quarters", cols: [TW(3)] },
    ],
    [
      "Kumulatif is the default Sifat for % too (the Permendagri 86/2017 form sums TW I–IV)",
      { satuan: "%", quarters: { 2025: [10, 5, "", 6] } },
      { value: 21, from: "quarters", cols: [TW(1), TW(2), TW(4)] },
    ],
    [
      "Kumulatif is the default Sifat for an indeks",
      { satuan: "indeks", quarters: { 2025: [1.5, 1.5, "", ""] } },
      { value: 3, from: "quarters", cols: [TW(1), TW(2)] },
    ],
    [
      "Kumulatif is the default Sifat for counts",
      { satuan: "orang", quarters: { 2025: [40, 60, "", ""] } },
      { value: 100, from: "quarters", cols: [TW(1), TW(2)] },
    ],
    [
      "an unknown Sifat reads as Kumulatif",
      { satuan: "%", sifat: "rata-rata", quarters: { 2025: [40, 60, "", ""] } },
      { value: 100, from: "quarters", cols: [TW(1), TW(2)] },
    ],
    [
      "Akhir only when the cell says so, in any of its spellings",
      { satuan: "%", sifat: " posisi  AKHIR ", quarters: { 2025: [40, 60, "", ""] } },
      { value: 60, from: "quarters", cols: [TW(2)] },
    ],
    [
      "Realisasi YYYY takes precedence over the quarters",
      { realisasi: { 2025: 50 }, quarters: { 2025: [5, 6, 7, 8] } },
      { value: 50, from: "realisasi", cols: [R2025] },
    ],
    [
      "Realisasi YYYY 0 is a value, not a blank",
      { realisasi: { 2025: 0 }, quarters: { 2025: [5, 6, 7, 8] } },
      { value: 0, from: "realisasi", cols: [R2025] },
    ],
    [
      "an unreadable Realisasi YYYY falls back to the quarters",
      { realisasi: { 2025: "abc" }, quarters: { 2025: [1, 2, "", ""] } },
      { value: 3, from: "quarters", cols: [TW(1), TW(2)] },
    ],
    [
      "number text is no value (a spreadsheet formula does not read it): missing 'text'",
      { realisasi: { 2025: "1.234,5" } },
      { missing: "text" },
    ],
    [
      "a quarter stored as text is skipped, as SUM skips it",
      { quarters: { 2025: [5, "75,5%", 7, ""] } },
      { value: 12, from: "quarters", cols: [TW(1), TW(3)] },
    ],
    [
      "unreadable quarters are skipped",
      { sifat: "Akhir", quarters: { 2025: [4, "#N/A", "x", ""] } },
      { value: 4, from: "quarters", cols: [TW(1)] },
    ],
    ["nothing given is none", {}, { missing: "none" }],
    [
      "dashes are no value",
      { realisasi: { 2025: "-" }, quarters: { 2025: ["—", "", "", ""] } },
      { missing: "none" },
    ],
    [
      "only unreadable cells is notNumeric",
      { realisasi: { 2025: "tinggi" }, quarters: { 2025: ["", "#REF!", "", ""] } },
      { missing: "notNumeric" },
    ],
  ])("%s", (_name, spec, expected) => {
    expect(read(spec)).toEqual(expected);
  });

  test("a year without Realisasi or quarter columns has none", () => {
    expect(read({ realisasi: { 2025: 9 } }, 2030)).toEqual({ missing: "none" });
  });
});

describe("realisasiSlots, by slot, reads as the cells say", () => {
  // The reading of SPEC §4 written over the cells themselves, as it was before slots: the reference.
  const byCells = (ind: Indicator, year: number) => {
    const direct = ind.realisasi.get(year);
    if (isNumeric(direct)) return { value: direct.value, from: "realisasi" };
    const given = (ind.quarters.get(year) ?? []).filter(isNumeric);
    if (given.length > 0) {
      const value =
        ind.sifat === "Akhir" ? given[given.length - 1]!.value : given.reduce((t, c) => t + c.value, 0);
      return { value, from: "quarters" };
    }
    const cells = [direct, ...(ind.quarters.get(year) ?? [])];
    if (cells.some((c) => c?.state === "text")) return { missing: "text" };
    const bad = cells.some((c) => c?.state === "invalid" || c?.state === "error");
    return { missing: bad ? "notNumeric" : "none" };
  };
  const cell = fc.constantFrom<unknown>(null, "", 0, 5, 7.25, -3, "8", "1.234,5", "abc", "#N/A", "-");

  test("property: value, source or reason equal the cell-by-cell reading, quarters or not", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            annual: cell,
            quarters: fc.array(cell, { minLength: 4, maxLength: 4 }),
            sifat: fc.constantFrom("Akhir", "Kumulatif", ""),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.boolean(),
        (rows, withQuarters) => {
          const model = twoLevels(
            rows.map((r, i) => ({
              kode: String(i + 1),
              sifat: r.sifat,
              realisasi: { 2025: r.annual },
              quarters: { 2025: r.quarters },
            })),
            [],
            { quarters: withQuarters },
          );
          for (const ind of model.indicators) {
            const read = realisasiSlots(ind, 2025);
            const shown = read.value === undefined ? read : { value: read.value, from: read.from };
            expect(shown).toEqual(byCells(ind, 2025));
            const cells = yearRealisasi(ind, 2025);
            if (cells.value !== undefined && read.value !== undefined)
              expect(cells.cells.map((c) => c.col)).toEqual(read.slots.map((j) => ind.layout.cols[j]));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
