import fc from "fast-check";
import { planImport, previewImport } from "../../../src/core/import";
import { cellText } from "../../../src/core/text";

const WORDS = [
  "Kode",
  "Uraian",
  "Indikator",
  "Satuan",
  "Target 2025",
  "Target Tahun 1",
  "Program",
  "Kegiatan",
  "Sub Kegiatan",
  "Tujuan",
  "Sasaran",
  "Indikator Program",
  "Rp",
  "K",
  "%",
  "I",
  "1.06.04",
  "x.xx.01.2.01",
  "0",
  "#REF!",
  "Jumlah",
  "12 Bulan",
  "1. a 2. b",
  "a; b",
  "NIP. 1",
  "Perangkat Daerah : X",
  "=SUM(A1)",
  "Kelompok",
];
const cell = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: false }),
  fc.constant(null),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);
const sheet = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 });

describe("previewImport(arbitrary junk)", () => {
  test("never throws, and every non-empty row below the header lands or is reported", () => {
    fc.assert(
      fc.property(
        sheet,
        fc.option(fc.constantFrom("F=Target 2025", "A=Uraian Program,B=Indikator", "Z=Lewati", "?")),
        (values, map) => {
          const workbook = { sheets: [{ name: "Tempel", values }] };
          const p = previewImport(workbook, "Tempel", { ...(map ? { map } : {}), now: new Date(2025, 0, 1) });
          planImport(workbook, p, new Date(2025, 0, 1));
          if (!p.mapping) {
            expect(p.problem).toBeDefined();
            return;
          }
          const reported = new Map(p.reports.map((r) => [r.row, r.status]));
          values.forEach((row, r) => {
            if (!row.some((v) => cellText(v) !== "")) return;
            const status = reported.get(r);
            if (r >= p.mapping!.dataStart) expect(["imported", "skipped"]).toContain(status);
            else expect(["title", "header"]).toContain(status);
          });
          const sources = new Set(
            p.content.levels.flatMap((l) => l.rows.map((x) => Number(/\d+$/.exec(x.source)![0]) - 1)),
          );
          for (const r of sources) expect(reported.get(r)).toBe("imported");
        },
      ),
      { numRuns: 400 },
    );
  });
});
