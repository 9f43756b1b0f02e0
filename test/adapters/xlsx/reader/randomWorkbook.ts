import ExcelJS from "exceljs";
import fc from "fast-check";

/** One cell value ExcelJS can write, as fast-check draws it. */
const cellArb: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.string({
      unit: fc.constantFrom(..."aZ09 .,%-_/<>\"'&\n\tāé東🙂".split(/(?:)/u)),
      maxLength: 12,
    }),
  },
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 100_000 }) },
  fc.boolean(),
  fc.constant(null),
  fc
    .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2080, 0, 1)), noInvalidDate: true })
    .map((d) => new Date(Math.round(d.getTime() / 1000) * 1000)),
  fc
    .constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!")
    .map((error) => ({ error }) as ExcelJS.CellErrorValue),
  fc
    .oneof(
      fc.constant(0),
      fc.integer({ min: -9, max: 9 }),
      fc.boolean(),
      fc.string({ unit: fc.constantFrom(..."ab 1"), maxLength: 5 }),
      fc.constant({ error: "#DIV/0!" }),
    )
    .map((result) => ({ formula: "1+1", result }) as ExcelJS.CellFormulaValue),
  fc
    .array(fc.string({ unit: fc.constantFrom(..."xy z"), maxLength: 4 }), { minLength: 1, maxLength: 3 })
    .map((texts) => ({
      richText: texts.map((text, i) => ({ text, font: { bold: i % 2 === 0 } })),
    })),
);

const formatArb = fc.constantFrom(
  undefined,
  "0%",
  "0.00%",
  "#,##0",
  "0.0",
  "dd/mm/yyyy",
  '0 "unit"',
  "@",
  "General",
);

/** A small random workbook: 1–3 sheets of up to 6×5 cells, number formats and maybe a merge. */
export const workbookArb = fc.array(
  fc.record({
    rows: fc.array(fc.array(fc.tuple(cellArb, formatArb), { maxLength: 5 }), { maxLength: 6 }),
    merge: fc.option(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })), {
      nil: undefined,
    }),
  }),
  { minLength: 1, maxLength: 3 },
);

export type WorkbookSpec = typeof workbookArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Writes a drawn workbook with ExcelJS.
 * @example await writeRandom(fc.sample(workbookArb, 1)[0]!)
 */
export async function writeRandom(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  spec.forEach((sheet, i) => {
    const ws = wb.addWorksheet(`Lembar ${i + 1}${i === 1 ? " & Co" : ""}`);
    sheet.rows.forEach((row, r) =>
      row.forEach(([value, fmt], c) => {
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        if (fmt) cell.numFmt = fmt;
      }),
    );
    if (sheet.merge) ws.mergeCells(sheet.merge[0], sheet.merge[1], sheet.merge[0] + 1, sheet.merge[1] + 2);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
