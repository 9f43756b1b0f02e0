import { backupName, readText, readValue, splitIndicators } from "../../../src/core/import";

describe("splitIndicators(cell)", () => {
  test("splits numbered indicators, ';' lists and bulleted lines into one indicator each", () => {
    expect(
      splitIndicators("1. Nilai LHE AKIP Perangkat Daerah    2. Indeks Kepuasan Masyarakat (IKM)"),
    ).toEqual(["Nilai LHE AKIP Perangkat Daerah", "Indeks Kepuasan Masyarakat (IKM)"]);
    expect(splitIndicators("Persentase A;\nPersentase B;")).toEqual(["Persentase A", "Persentase B"]);
    expect(splitIndicators("- Jumlah A\n- Jumlah B")).toEqual(["Jumlah A", "Jumlah B"]);
  });
  test("keeps one indicator whole: commas, numbers inside the text, '; serta …' continuations", () => {
    expect(splitIndicators("Persentase, Penelitian, dan Penerapan")).toEqual([
      "Persentase, Penelitian, dan Penerapan",
    ]);
    expect(splitIndicators("persentase tersedianya 7 (tujuh) layanan")).toEqual([
      "persentase tersedianya 7 (tujuh) layanan",
    ]);
    expect(splitIndicators("Jumlah usaha yang diinspeksi ; serta dievaluasi")).toEqual([
      "Jumlah usaha yang diinspeksi ; serta dievaluasi",
    ]);
    expect(splitIndicators("  ")).toEqual([]);
  });
});

describe("readText(value, cell)", () => {
  test("cleans PDF-extraction spaces and reads 0 and error values as empty, with a note", () => {
    expect(readText("Penyusunan      Dokumen\nPerencanaan", "F6")).toEqual({
      text: "Penyusunan Dokumen Perencanaan",
    });
    expect(readText(0, "E4")).toEqual({
      text: "",
      note: {
        code: "note.zero-as-empty",
        cell: "E4",
        id: "E4: 0 dibaca sebagai kosong",
        en: "E4: 0 read as empty",
      },
    });
    expect(readText("#REF!", "E5")).toMatchObject({
      text: "",
      note: { code: "note.error-as-empty", cell: "E5", args: { value: "#REF!" } },
    });
  });
});

describe("readValue(value, format, satuan, cell)", () => {
  test("reads id-ID and en-US number text, a value with its unit, and percentages stored as fractions", () => {
    expect(readValue("1.234,5", undefined, "orang", "G2")).toEqual({ value: 1234.5 });
    expect(readValue("1,234.5", undefined, "orang", "G2")).toEqual({ value: 1234.5 });
    expect(readValue("12 Bulan", undefined, "", "H8")).toEqual({ value: 12, unit: "Bulan" });
    expect(readValue("200 Org", undefined, "", "D42")).toEqual({ value: 200, unit: "Orang" });
    expect(readValue(0.96, "0%", "", "D2")).toEqual({ value: 96, unit: "%" });
    expect(readValue("-", undefined, "", "D2")).toEqual({});
  });
  test("drops what is no number with a note instead of guessing", () => {
    expect(readValue("banyak sekali", undefined, "", "G9")).toEqual({
      note: {
        code: "note.not-a-number",
        cell: "G9",
        args: { value: "banyak sekali" },
        id: "G9: 'banyak sekali' bukan angka; tidak diimpor",
        en: "G9: 'banyak sekali' is not a number; not imported",
      },
    });
    expect(readValue("#DIV/0!", undefined, "", "G9").value).toBeUndefined();
  });
});

describe("backupName(sheet, now, taken)", () => {
  const now = new Date(2025, 0, 2, 3, 4);
  test("is 'Cadangan <sheet> <yyyymmdd-hhmm>' within Excel's 31 characters", () => {
    expect(backupName("Program", now, new Set())).toBe("Cadangan Program 20250102-0304");
    expect(backupName("Sub Kegiatan", now, new Set())).toBe("Cadangan Sub Kegi 20250102-0304");
  });
  test("stays unique among the sheets already there", () => {
    const taken = new Set(["cadangan sub kegi 20250102-0304"]);
    const name = backupName("Sub Kegiatan", now, taken);
    expect(name).toBe("Cadangan Sub Ke~2 20250102-0304");
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
