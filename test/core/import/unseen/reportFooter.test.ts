import type { ImportPreview } from "../../../../src/core/import";
import { counts, importAndCheck, lostRows, preview, rows, skipped } from "./run";
import { templateFile, type TemplateFile } from "../../../fixtures/templates/templateFile";

describe("previewImport(a report with title rows, a spacer column, totals, a signature block and notes)", () => {
  let u: TemplateFile;
  let p: ImportPreview;
  beforeAll(async () => {
    u = await templateFile("rkt-report-footer");
    p = preview(u);
  });

  test("finds the header under the titles and the numbering row, ignoring the empty spacer column", () => {
    const m = p.mapping!;
    expect([m.headerTop, m.numberingRow, m.dataStart]).toEqual([3, 4, 5]);
    expect(m.columns.map((c) => c.col)).not.toContain(1);
    expect(m.columns.find((c) => c.col === 5)!.reason.en).toBe(
      "column F: 'Target' → Target 2025 (the header says 'target'; the year in the table title: 2025)",
    );
  });

  test("imports the three data rows and reports totals, the signature block and the notes as skipped", () => {
    // Tujuan OPD 3: D6, D7 (a second indicator that starts with 'Jumlah'), D8. Program 3: H6–H8.
    expect(counts(p)).toEqual([0, 3, 3, 0, 0]);
    expect(rows(p, 2)).toEqual([
      "1.1 < 1 | Program Rehabilitasi Sosial | Persentase PPKS terehabilitasi | % | 2025=80",
      "2.1 < 2 | Program Pemberdayaan Sosial | Jumlah PSKS yang aktif | Lembaga | 2025=35",
      "3.1 < 3 | Program Penanganan Bencana | Jumlah korban bencana yang tertangani | Orang | 2025=300",
    ]);
    expect(skipped(p)).toEqual([
      "9: skip.total",
      "10: skip.numbers-only",
      "12: skip.signature",
      "13: skip.below-signature",
      // The signer's name has no keyword: it is part of the block, not a Program indicator.
      "15: skip.below-signature",
      "16: skip.below-signature",
      "17: skip.below-signature",
      "19: skip.below-signature",
      "20: skip.below-signature",
    ]);
    expect(lostRows(u, p)).toEqual([]);
  });

  test("notes in the No column of a table without signature are reported as notes, not row numbers", () => {
    const sheet = u.workbook.sheets.find((s) => s.name === u.sheet)!;
    const values = [...sheet.values.slice(0, 8), [], ["*) data capaian sementara"], [12]];
    const q = preview({
      ...u,
      workbook: { sheets: [...u.workbook.sheets.slice(0, -1), { ...sheet, values }] },
    });
    expect(skipped(q)).toEqual(["10: skip.no-column-text", "11: skip.row-number"]);
  });

  test("after import the check reports only the missing levels and years", () => {
    expect(importAndCheck(u, p).findings).toEqual(
      [
        // An RKT has no Tujuan RPD and no Kegiatan.
        "POKIN005 Tujuan OPD: 3",
        "POKIN008 Program: 3",
        // One year: the period becomes 2025, so no other year is asked for.
        // Output-worded indicators above Kegiatan (POKIN028).
        "POKIN028 Program: 2",
        "POKIN028 Tujuan OPD: 1",
      ].sort(),
    );
  });
});
