import fc from "fast-check";
import { LiveCheck } from "../../../src/core/live/liveCheck";
import type { CellEdit } from "../../../src/core/live/cellEdit";
import { checkAction } from "../../../src/core/actions";
import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, HEADER, LEVELS, row } from "../../helpers/workbook";

const NOW = new Date(2026, 5, 1);

/** The edits applied the plain way: a copy of the workbook, cell by cell. */
function edited(workbook: WorkbookData, edits: readonly CellEdit[]): WorkbookData {
  const sheets = workbook.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) }));
  for (const e of edits) {
    let sheet = sheets.find((s) => s.name === e.sheet);
    if (!sheet) sheets.push((sheet = { name: e.sheet, values: [] }));
    e.values.forEach((cells, i) => {
      while (sheet.values.length <= e.row + i) sheet.values.push([]);
      const target = sheet.values[e.row + i]!;
      cells.forEach((v, j) => {
        while (target.length < e.col + j) target.push("");
        target[e.col + j] = v;
      });
    });
  }
  return { sheets };
}

const rules = (fs: readonly { rule: string }[]) => fs.map((f) => f.rule);

describe("LiveCheck(workbook).apply(edits)", () => {
  test("with all, a note typed into Catatan Reviu marks the finding excepted and counts it, as checkAction does", () => {
    const live = new LiveCheck(cleanWorkbook(), { now: NOW, all: true });
    live.apply([{ sheet: "Program", row: 1, col: col("Kode Induk"), values: [["1.9"]] }]);
    const kode = live.findings.find((f) => f.rule === "POKIN006")!.kode;
    expect(live.excepted).toBe(0);
    live.apply([
      {
        sheet: "Catatan Reviu",
        row: 0,
        col: 0,
        values: [
          ["Aturan", "Kode", "Lembar", "Status", "Catatan"],
          ["POKIN006", kode, "Program", "Dikecualikan", "Induk di OPD lain"],
        ],
      },
    ]);
    expect(live.excepted).toBe(1);
    expect(live.findings.filter((f) => f.excepted).map((f) => [f.rule, f.catatan])).toEqual([
      ["POKIN006", "Induk di OPD lain"],
    ]);
    expect(live.findings).toEqual(checkAction(live.workbook, { lang: "id", now: NOW, all: true }).findings);
  });

  test("typing a Kode Induk that does not exist makes POKIN006 appear; fixing it makes it disappear", () => {
    const live = new LiveCheck(cleanWorkbook(), { now: NOW });
    expect(live.findings).toEqual([]);
    const typo = live.apply([{ sheet: "Program", row: 1, col: col("Kode Induk"), values: [["1.9"]] }]);
    expect(rules(typo.appeared)).toEqual(expect.arrayContaining(["POKIN006"]));
    expect(typo.appeared.find((f) => f.rule === "POKIN006")).toMatchObject({ sheet: "Program", cell: "B2" });
    expect(typo.full).toBe(false);
    const fixed = live.apply([{ sheet: "Program", row: 1, col: col("Kode Induk"), values: [["1.1"]] }]);
    expect(rules(fixed.disappeared)).toEqual(rules(typo.appeared));
    expect(fixed.findings).toEqual([]);
  });

  test("a paste of 500 rows is one re-check whose findings equal a full check", () => {
    const base = cleanWorkbook();
    const live = new LiveCheck(base, { now: NOW });
    const rows = Array.from({ length: 500 }, (_, i) =>
      row({
        kode: `1.1.1.1.${i + 3}`,
        induk: i % 7 === 0 ? "9.9" : "1.1.1.1",
        targets: i % 5 ? undefined : {},
      }),
    );
    const paste: CellEdit = { sheet: "Sub Kegiatan", row: 3, col: 0, values: rows };
    const update = live.apply([paste]);
    expect(update.findings).toEqual(checkWorkbook(edited(base, [paste]), { now: NOW }));
    expect(rules(update.appeared)).toEqual(expect.arrayContaining(["POKIN006", "POKIN011"]));
  });

  test("an edit to Pengaturan or to a header row starts the check over, and still equals a full check", () => {
    const base = cleanWorkbook();
    const live = new LiveCheck(base, { now: NOW });
    const edits: CellEdit[] = [
      { sheet: "Pengaturan", row: 2, col: 1, values: [[2028]] },
      { sheet: "Program", row: 0, col: col("Target 2026"), values: [["Catatan"]] },
    ];
    const update = live.apply(edits);
    expect(update.full).toBe(true);
    expect(update.findings).toEqual(checkWorkbook(edited(base, edits), { now: NOW }));
  });
});

// ---- property: for random workbooks and random bursts of edits, incremental equals full ----

const kodes = [
  "1",
  "2",
  "1.1",
  "1.2",
  "2.1",
  "1.1.1",
  "1.1.2",
  "1.2.1",
  "1.1.1.1",
  "1.1.1.2",
  "1.1.1.1.1",
  "x",
];
const value = fc.oneof(
  fc.constantFrom<unknown>(
    "",
    null,
    "-",
    "n/a",
    "#REF!",
    " 1.1",
    "1.1\u200B",
    "%",
    "orang",
    "Negatif",
    "Turun",
  ),
  fc.constantFrom(...kodes),
  fc.integer({ min: -5, max: 150 }),
  fc.constantFrom("75,5%", "1.234,5", "80", "Jumlah orang", "Persentase layanan", "Uraian A"),
);
const levelRows = fc.array(
  fc.record({
    kode: fc.constantFrom(...kodes, ""),
    induk: fc.constantFrom(...kodes, ""),
    uraian: fc.constantFrom("Uraian A", "Uraian B", ""),
    indikator: fc.constantFrom("Jumlah orang", "Persentase layanan", "Indeks kepuasan", ""),
    satuan: fc.constantFrom("%", "orang", "indeks", ""),
    polaritas: fc.constantFrom("Positif", "Negatif", "naik", ""),
    nomenklatur: fc.constantFrom("", "1.06", "1.06.04", "1.06.04.2.01"),
    targets: fc.dictionary(fc.constantFrom("2025", "2026", "2027"), value),
    realisasi: fc.dictionary(fc.constantFrom("2025", "2026"), value),
  }),
  { maxLength: 6 },
);
const workbook = fc.tuple(...LEVELS.map(() => levelRows)).map((levels): WorkbookData => ({
  sheets: [
    {
      name: "Pengaturan",
      values: [
        ["Kunci", "Nilai"],
        ["Tahun Awal", 2025],
        ["Tahun Akhir", 2027],
      ],
    },
    ...LEVELS.map((name, i) => ({
      name,
      values: [[...HEADER], ...levels[i]!.map((spec) => row(spec as Parameters<typeof row>[0]))],
    })),
    // A reviewer's notes (SPEC §13): the live check applies them as checkWorkbook does.
    {
      name: "Catatan Reviu",
      values: [
        ["Aturan", "Kode", "Lembar", "Status", "Catatan"],
        ["POKIN011", "1.1", "", "Dikecualikan", "Target belum ditetapkan"],
        ["POKIN008", "2", "", "Perlu Perbaikan", ""],
        ["POKIN009", "x", "", "Dikecualikan", ""],
      ],
    },
  ],
}));
const edit = fc
  .record({
    sheet: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...LEVELS) },
      { weight: 1, arbitrary: fc.constantFrom("Pengaturan", "Lain", "Catatan Reviu") },
    ),
    row: fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 1, max: 8 }) },
      { weight: 1, arbitrary: fc.constant(0) },
    ),
    col: fc.integer({ min: 0, max: HEADER.length + 1 }),
    values: fc.array(fc.array(value, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  })
  .map((e): CellEdit => e);

test("property: after any sequence of bursts of edits, LiveCheck's findings equal checkWorkbook of the edited workbook", () => {
  fc.assert(
    fc.property(
      workbook,
      fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
      (wb, bursts) => {
        const live = new LiveCheck(wb, { now: NOW });
        let reference = wb;
        for (const burst of bursts) {
          const update = live.apply(burst);
          reference = edited(reference, burst);
          expect(update.findings).toEqual(checkWorkbook(reference, { now: NOW }));
        }
      },
    ),
    { numRuns: Number(process.env.POKIN_LIVE_RUNS ?? 1000) },
  );
});
