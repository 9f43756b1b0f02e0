import { findingGroups } from "../../../src/core/actions";
import { groupCount, groupFindings } from "../../../src/core/rules/groupFindings";
import type { Finding } from "../../../src/core/rules/types";

const f = (
  rule: string,
  severity: Finding["severity"],
  cell: string,
  message: string,
  kode = "1.1",
): Finding => ({
  rule,
  severity,
  sheet: "Program",
  cell,
  kode,
  message,
});

describe("groupFindings", () => {
  test("groups by rule, errors first, and merges a per-year rule into one item per indicator", () => {
    const groups = groupFindings([
      f("POKIN008", "warning", "A5", "[1.1] Tidak punya anak."),
      f("POKIN011", "error", "J5", "[1.1] Target 2023 kosong."),
      f("POKIN011", "error", "K5", "[1.1] Target 2024 kosong."),
      f("POKIN011", "error", "L5", "[1.1] Target 2025 kosong."),
      f("POKIN011", "error", "N5", "[1.1] Target 2027 kosong."),
      f("POKIN011", "error", "J6", "[1.2] Target 2023 kosong.", "1.2"),
    ]);
    expect(groups).toEqual([
      {
        rule: "POKIN011",
        severity: "error",
        count: 5,
        items: [
          {
            sheet: "Program",
            cell: "J5",
            cells: ["J5", "K5", "L5", "N5"],
            kode: "1.1",
            message: "[1.1] Target 2023–2025, 2027 kosong.",
          },
          { sheet: "Program", cell: "J6", cells: ["J6"], kode: "1.2", message: "[1.2] Target 2023 kosong." },
        ],
      },
      {
        rule: "POKIN008",
        severity: "warning",
        count: 1,
        items: [
          { sheet: "Program", cell: "A5", cells: ["A5"], kode: "1.1", message: "[1.1] Tidak punya anak." },
        ],
      },
    ]);
  });

  test("messages on one row that differ in more than the year keep the first, with how many more", () => {
    const [group] = groupFindings([
      f("POKIN012", "error", "J5", "a 2023 x"),
      f("POKIN012", "error", "K5", "b 2024 y"),
    ]);
    expect(group!.items.map((i) => i.message)).toEqual(["a 2023 x (+1)"]);
  });

  test("groupCount says how many findings, and on how many indicators when rows hold several", () => {
    const groups = groupFindings([
      f("POKIN011", "error", "J5", "[1.1] Target 2023 kosong."),
      f("POKIN011", "error", "K5", "[1.1] Target 2024 kosong."),
      f("POKIN011", "error", "J6", "[1.2] Target 2023 kosong.", "1.2"),
      f("POKIN001", "error", "A1", "Lembar Kegiatan tidak ada."),
    ]);
    expect(groups.map((g) => [groupCount(g, "id"), groupCount(g, "en")])).toEqual([
      ["3 temuan pada 2 indikator", "3 findings on 2 indicators"],
      ["1 temuan", "1 finding"],
    ]);
  });

  test("groupCount writes counts as the rest of the pane does: 1.002 / 1,002, one indicator singular", () => {
    const item = { sheet: "Program", cell: "J5", cells: ["J5"], kode: "1", message: "m" };
    const big = { count: 1002, items: new Array(987).fill(item) };
    expect([groupCount(big, "id"), groupCount(big, "en")]).toEqual([
      "1.002 temuan pada 987 indikator",
      "1,002 findings on 987 indicators",
    ]);
    const one = { count: 4, items: [item] };
    expect(groupCount(one, "en")).toBe("4 findings on 1 indicator");
  });

  test("excepted findings (shown with --all) stay apart from the others on their row, with their Catatan", () => {
    const [group] = groupFindings([
      f("POKIN011", "error", "J5", "[1.1] Target 2023 kosong."),
      { ...f("POKIN011", "error", "K5", "[1.1] Target 2024 kosong."), excepted: true, catatan: "menyusul" },
    ]);
    expect(group!.items.map((i) => [i.cells, i.excepted ?? false, i.catatan ?? null])).toEqual([
      [["J5"], false, null],
      [["K5"], true, "menyusul"],
    ]);
  });

  test("findingGroups (for the pane) adds a stable key and the labels in the pane's language", () => {
    const views = findingGroups(
      [
        f("POKIN008", "warning", "A5", "[1.1] Tidak punya anak."),
        f("POKIN011", "error", "J5", "[1.1] Target 2023 kosong."),
        f("POKIN011", "error", "K5", "[1.1] Target 2024 kosong."),
      ],
      "id",
    );
    expect(views.map((v) => [v.key, v.severityLabel, v.countLabel, v.items.length])).toEqual([
      ["POKIN011:error", "Kesalahan", "2 temuan pada 1 indikator", 1],
      ["POKIN008:warning", "Peringatan", "1 temuan", 1],
    ]);
  });
});
