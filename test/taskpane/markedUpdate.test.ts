import type { Finding } from "../../src/core/rules/types";
import { markedUpdate, markKey } from "../../src/taskpane/markedUpdate";

const finding = (rule: string, cell: string): Finding => ({
  rule,
  severity: "error",
  sheet: "Program",
  cell,
  message: `${rule} at ${cell}`,
});

describe("markedUpdate(before, after, appeared, disappeared, lang)", () => {
  const [a, b, c, d] = [
    finding("POKIN006", "B2"),
    finding("POKIN011", "J3"),
    finding("POKIN009", "D4"),
    finding("POKIN010", "E5"),
  ];

  test("keeps a finding that went in its place, marks it gone and the new one new, and says so", () => {
    const shown = markedUpdate([a, b, c], [a, c, d], [d], [b], "id");
    expect({ ...shown, marks: [...shown.marks] }).toEqual({
      findings: [a, b, c, d],
      marks: [
        [markKey(d), "new"],
        [markKey(b), "gone"],
      ],
      said: "Diperiksa ulang: 1 temuan baru, 1 temuan hilang.",
    });
  });

  test("says nothing and marks nothing when the re-check changed nothing", () => {
    const shown = markedUpdate([a, b], [a, b], [], [], "en");
    expect({ ...shown, marks: [...shown.marks] }).toEqual({ findings: [a, b], marks: [], said: "" });
  });
});
