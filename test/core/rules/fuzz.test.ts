import fc from "fast-check";
import { checkWorkbook, RULES } from "../../../src/core/rules";
import type { SheetData, WorkbookData } from "../../../src/core/sheet";
import { HEADER, LEVELS } from "../../helpers/workbook";

/** Cell contents as adapters hand them over, plus the junk real workbooks hold. */
const cell = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "#REF!",
    "#N/A",
    "#DIV/0!",
    " 1.2 ",
    "1.1",
    "1",
    "n/a",
    "-",
    "75,5%",
    "1.234,5",
    "=SUM(A1)",
    "\u200B1",
    "Negatif",
    "Turun",
    "%",
  ),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 3000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

const header = fc.oneof(
  fc.constant([...HEADER] as unknown[]),
  fc.shuffledSubarray([
    ...HEADER,
    "Realisasi 2025 TW1",
    "Realisasi 2025 TW4",
    "Target 2030",
    "Catatan",
  ] as unknown[]),
  fc.array(cell, { maxLength: 8 }),
);

const levelSheet = (name: string) =>
  fc
    .record({ header, rows: fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 12 }) })
    .map(({ header: h, rows }): SheetData => ({ name, values: [h, ...rows] }));

const settings = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        "Tahun Awal",
        "Tahun Akhir",
        "Tahun Laporan",
        "Rumus Negatif",
        "Level 1",
        "Level 2",
        "Kunci",
        "x",
      ),
      cell,
    ),
    {
      maxLength: 6,
    },
  )
  .map((pairs): SheetData => ({ name: "Pengaturan", values: [["Kunci", "Nilai"], ...pairs] }));

const workbook: fc.Arbitrary<WorkbookData> = fc
  .tuple(settings, fc.subarray([...LEVELS]), fc.boolean())
  .chain(([s, names, withSettings]) =>
    fc
      .tuple(...names.map((n) => levelSheet(n)))
      .map((sheets) => ({ sheets: withSettings ? [s, ...sheets] : sheets })),
  );

describe("checkWorkbook(arbitrary workbook)", () => {
  it("never throws and gives well-formed, deterministic findings", () => {
    fc.assert(
      fc.property(workbook, (wb) => {
        const findings = checkWorkbook(wb, { now: new Date("2026-06-01") });
        for (const f of findings) {
          expect(RULES.map((r) => r.id)).toContain(f.rule);
          expect(["error", "warning", "info"]).toContain(f.severity);
          expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
          expect(typeof f.sheet).toBe("string");
          expect(f.sheet.length).toBeGreaterThan(0);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/failed to run|gagal dijalankan/);
        }
        expect(checkWorkbook(wb, { now: new Date("2026-06-01") })).toEqual(findings);
      }),
      { numRuns: 300 },
    );
  });
});
