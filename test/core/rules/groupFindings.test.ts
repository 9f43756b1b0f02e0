import { groupFindings } from "../../../src/core/rules/groupFindings";
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
});
