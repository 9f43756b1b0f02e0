import { changesPlan, changeText, type Change } from "../../../src/core/diff";

const AT = new Date(2026, 10, 29, 9, 5);
const CHANGES: Change[] = [
  {
    kind: "changed",
    level: "Program",
    kode: "1.1.1",
    field: "Target 2026",
    old: 80,
    new: 75.5,
    oldCell: { sheet: "Program", cell: "K2" },
    newCell: { sheet: "Program", cell: "K3" },
  },
  { kind: "removed", level: "Kegiatan", kode: "1.1.1.2", oldCell: { sheet: "Kegiatan", cell: "A3" } },
  {
    kind: "changed",
    level: "Kegiatan",
    kode: "1.1.1.1",
    field: "Uraian",
    old: "A",
    new: "=SUM(1)",
    newCell: { sheet: "Kegiatan", cell: "C2" },
  },
];

describe("changesPlan(changes, lang, at)", () => {
  it("plans one table row per change: kind, level, Kode, column, values, a link to the NEW cell, the OLD cell as text, the sentence", () => {
    const plan = changesPlan(CHANGES, "id", AT, {
      oldName: "lama.xlsx",
      rowText: () => "Rehabilitasi — Jumlah",
    });
    expect(plan).toMatchObject({ name: "Perubahan", mode: "replace" });
    const [top, table] = plan.blocks!;
    expect(top!.values[1]).toEqual(["3 perubahan: 1 dihapus, 2 nilai diubah dibanding 'lama.xlsx'."]);
    expect(table!.values.slice(1)).toEqual([
      [
        1,
        "Diubah",
        "Program",
        "1.1.1",
        "",
        "Target 2026",
        80,
        75.5,
        { formula: '=HYPERLINK("#\'Program\'!K3","K3")', result: "K3" },
        "Program!K2",
        "Target 2026: 80 → 75,5",
      ],
      [
        2,
        "Dihapus",
        "Kegiatan",
        "1.1.1.2",
        "",
        "",
        "",
        "",
        "",
        "Kegiatan!A3",
        "Dihapus: Rehabilitasi — Jumlah",
      ],
      [
        3,
        "Diubah",
        "Kegiatan",
        "1.1.1.1",
        "",
        "Uraian",
        "A",
        "=SUM(1)",
        { formula: '=HYPERLINK("#\'Kegiatan\'!C2","C2")', result: "C2" },
        "",
        "Uraian: A → =SUM(1)",
      ],
    ]);
    expect(plan.table).toEqual({ name: "PokinPerubahan", range: { row: 3, col: 0, rows: 4, cols: 11 } });
  });

  it("says there is no change when the list is empty, in the chosen language", () => {
    const plan = changesPlan([], "en", AT);
    expect(plan.blocks![1]!.values[1]![10]).toBe("No changes.");
    expect(changeText(CHANGES[0]!, "en")).toBe("Target 2026: 80 → 75.5");
    expect(
      changeText({ kind: "moved", level: "P", kode: "1", field: "Kode Induk", old: null, new: "2" }, "en"),
    ).toBe("Moved: Kode Induk (empty) → 2");
  });
});
