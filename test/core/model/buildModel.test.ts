import { buildModel, findSheet } from "../../../src/core/model/buildModel";
import { DEFAULT_LEVELS } from "../../../src/core/model/settings";
import type { SheetData, WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, levelSheet, setCell, settingsSheet, withSheet } from "../../helpers/workbook";

const JUNE_2026 = new Date(2026, 5, 1);

function withoutSettings(wb: WorkbookData): WorkbookData {
  return { sheets: wb.sheets.filter((s) => s.name !== "Pengaturan") };
}

describe("buildModel(workbook) settings and their defaults", () => {
  test("without Pengaturan: the five default levels and the period from the Target columns", () => {
    const model = buildModel(withoutSettings(cleanWorkbook()), { now: JUNE_2026 });
    expect(model.settingsSheet).toBeUndefined();
    expect(model.settingsProblems).toEqual([]);
    expect(model.settings).toEqual({
      pemerintahDaerah: "",
      perangkatDaerah: "",
      tahunAwal: 2025,
      tahunAkhir: 2027,
      tahunLaporan: undefined,
      rumusNegatif: "Standar",
      levels: [...DEFAULT_LEVELS],
      years: [2025, 2026, 2027],
      reportYear: 2026,
    });
  });

  test("Tahun Laporan defaults to Tahun Akhir when today is outside the period", () => {
    const model = buildModel(withoutSettings(cleanWorkbook()), { now: new Date(2031, 0, 1) });
    expect(model.settings.reportYear).toBe(2027);
  });

  test("a workbook with no Target column at all has no period and no report year", () => {
    const model = buildModel({ sheets: [] }, { now: JUNE_2026 });
    expect([model.settings.years, model.settings.reportYear]).toEqual([[], undefined]);
    expect(model.levels.map((l) => [l.name, l.sheet, l.columns, l.indicators.length])).toEqual(
      DEFAULT_LEVELS.map((name) => [name, undefined, undefined, 0]),
    );
  });

  test("Pengaturan's years, report year, formula and custom levels are used", () => {
    const settings = settingsSheet([
      ["Pemerintah  Daerah", "Kabupaten Banjarnegara"],
      ["TAHUN AWAL", "2026"],
      ["Tahun Akhir", 2027],
      ["Tahun Laporan", 2026],
      ["Rumus Negatif", "rasio"],
      ["Level 2", "Program"],
      ["Level 1", "Sasaran"],
    ]);
    const wb: WorkbookData = {
      sheets: [
        settings,
        levelSheet("Sasaran", [{ kode: "1" }]),
        levelSheet("Program", [{ kode: "1.1", induk: "1" }]),
      ],
    };
    const model = buildModel(wb, { now: JUNE_2026 });
    expect(model.settings).toEqual({
      pemerintahDaerah: "Kabupaten Banjarnegara",
      perangkatDaerah: "",
      tahunAwal: 2026,
      tahunAkhir: 2027,
      tahunLaporan: 2026,
      rumusNegatif: "Rasio",
      levels: ["Sasaran", "Program"],
      years: [2026, 2027],
      reportYear: 2026,
    });
    expect(model.levels.map((l) => [l.index, l.name, l.sheet?.name])).toEqual([
      [0, "Sasaran", "Sasaran"],
      [1, "Program", "Program"],
    ]);
  });

  test("an invalid Pengaturan becomes problems and falls back to the defaults", () => {
    const wb = withSheet(
      cleanWorkbook(),
      settingsSheet([
        ["Tahun Awal", 2027],
        ["Tahun Akhir", 2025],
      ]),
    );
    const model = buildModel(wb, { now: JUNE_2026 });
    expect(model.settingsProblems.map((p) => p.cell)).toEqual([{ row: 2, col: 1 }]);
    expect(model.settings.years).toEqual([2025, 2026, 2027]);
  });
});

describe("buildModel(workbook) column mapping", () => {
  const messy: SheetData = {
    name: " program ",
    values: [
      [
        "  KODE",
        "kode\u00A0 induk",
        "Catatan lain",
        "URAIAN ",
        "indikator",
        "Satuan",
        "TARGET  2025",
        "Target 2026",
        "Realisasi 2025",
        "Realisasi 2025 TW I",
        "realisasi 2025 triwulan 3",
        "Kode",
        null,
        42,
      ],
      ["1.1.1", "1.1", "x", "Program A", "Persentase A", "%", 0.5, "60", 45, 10, "", "dup"],
    ],
    numberFormats: [[], [undefined, undefined, undefined, undefined, undefined, undefined, "0%"]],
  };
  const wb: WorkbookData = { sheets: [messy] };

  test("headers are matched ignoring case and spaces, the first of two equal headers wins, unknown ones are skipped", () => {
    const program = buildModel(wb, { now: JUNE_2026 }).levels[2]!;
    expect(program.sheet?.name).toBe(" program ");
    expect(program.columns).toEqual({
      fields: { kode: 0, kodeInduk: 1, uraian: 3, indikator: 4, satuan: 5 },
      targets: new Map([
        [2025, 6],
        [2026, 7],
      ]),
      realisasi: new Map([[2025, 8]]),
      quarters: new Map([[2025, [9, undefined, 10, undefined]]]),
      width: 14,
    });
  });

  test("an indicator's cells keep their column, raw value and reading (percent format scaled for unit %)", () => {
    const [ind] = buildModel(wb, { now: JUNE_2026 }).levels[2]!.indicators;
    expect(ind).toMatchObject({
      level: 2,
      sheet: " program ",
      row: 1,
      kode: "1.1.1",
      kodeInduk: "1.1",
      satuan: "%",
    });
    // The cells are read on demand (flat columns underneath): compare them as a Map.
    expect(new Map(ind!.targets)).toEqual(
      new Map([
        [2025, { state: "number", value: 50, col: 6, raw: 0.5 }],
        [2026, { state: "text", value: 60, col: 7, raw: "60" }],
      ]),
    );
    expect(ind!.realisasi.get(2025)).toEqual({ state: "number", value: 45, col: 8, raw: 45 });
    expect(ind!.quarters.get(2025)).toEqual([
      { state: "number", value: 10, col: 9, raw: 10 },
      undefined,
      { state: "empty", col: 10, raw: "" },
      undefined,
    ]);
    expect(ind!.baseline).toBeUndefined();
  });
});

describe("buildModel(workbook) rows and links", () => {
  test("indicators carry their sheet row, cleaned Kode and stray flags; blank rows are skipped; rows without Kode are listed", () => {
    let wb = cleanWorkbook((levels) => {
      levels[4]!.push({ kode: "", induk: "1.1.1.1", indikator: "tanpa kode" });
    });
    wb = setCell(wb, "Sub Kegiatan", 1, col("Kode"), " 1.1.1.1.1\u200B");
    wb = setCell(wb, "Sub Kegiatan", 5, col("Keterangan"), "  ");
    const sub = buildModel(wb, { now: JUNE_2026 }).levels[4]!;
    expect(sub.indicators.map((i) => [i.row, i.kode, i.kodeStray, i.kodeInduk, i.kodeIndukStray])).toEqual([
      [1, "1.1.1.1.1", true, "1.1.1.1", false],
      [2, "1.1.1.1.2", false, "1.1.1.1", false],
    ]);
    expect(sub.rowsWithoutKode).toEqual([3]);
  });

  test("each indicator links to its parent on the level directly above, children in sheet order", () => {
    const model = buildModel(cleanWorkbook(), { now: JUNE_2026 });
    const links = model.indicators.map((i) => [
      i.kode,
      i.parent?.kode ?? null,
      i.children.map((c) => c.kode),
    ]);
    expect(links).toEqual([
      ["1", null, ["1.1"]],
      ["1.1", "1", ["1.1.1"]],
      ["1.1.1", "1.1", ["1.1.1.1"]],
      ["1.1.1.1", "1.1.1", ["1.1.1.1.1", "1.1.1.1.2"]],
      ["1.1.1.1.1", "1.1.1.1", []],
      ["1.1.1.1.2", "1.1.1.1", []],
    ]);
  });

  test("no link to a parent two levels up, on the same level, to itself or to an unknown Kode", () => {
    const wb = cleanWorkbook((levels) => {
      levels[4]!.push(
        { kode: "A", induk: "1.1.1" },
        { kode: "B", induk: "1.1.1.1.1" },
        { kode: "C", induk: "C" },
        { kode: "D", induk: "9.9" },
      );
    });
    const model = buildModel(wb, { now: JUNE_2026 });
    const extra = model.indicators.filter((i) => ["A", "B", "C", "D"].includes(i.kode));
    expect(extra.map((i) => [i.kode, i.parent])).toEqual([
      ["A", undefined],
      ["B", undefined],
      ["C", undefined],
      ["D", undefined],
    ]);
    expect(model.byKode.get("1.1.1")!.children.map((c) => c.kode)).toEqual(["1.1.1.1"]);
    expect(model.byKode.get("1.1.1.1.1")!.children).toEqual([]);
  });

  test("a duplicated Kode: byKode keeps the first, and children attach to it", () => {
    const wb = cleanWorkbook((levels) => {
      levels[3]!.push({ kode: "1.1.1.1", induk: "1.1.1", uraian: "Kedua" });
    });
    const model = buildModel(wb, { now: JUNE_2026 });
    const first = model.byKode.get("1.1.1.1")!;
    expect([first.row, first.uraian]).toEqual([
      1,
      "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar",
    ]);
    expect(first.children.map((c) => c.kode)).toEqual(["1.1.1.1.1", "1.1.1.1.2"]);
    expect(model.levels[3]!.indicators.map((i) => i.children.length)).toEqual([2, 0]);
  });

  test("a Kode Induk with stray spaces still links (the stray flag is POKIN021's)", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 1, col("Kode Induk"), "\u00A01.1.1 ");
    const ind = buildModel(wb, { now: JUNE_2026 }).byKode.get("1.1.1.1")!;
    expect([ind.parent?.kode, ind.kodeIndukStray]).toEqual(["1.1.1", true]);
  });
});

describe("findSheet(workbook, name)", () => {
  test("finds a sheet whatever its case and spacing, and nothing for an unknown name", () => {
    const wb: WorkbookData = { sheets: [{ name: "SUB\u00A0 KEGIATAN ", values: [] }] };
    expect(findSheet(wb, "Sub Kegiatan")?.name).toBe("SUB\u00A0 KEGIATAN ");
    expect(findSheet(wb, "Kegiatan")).toBeUndefined();
  });
});
