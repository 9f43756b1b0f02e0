import { diffAction } from "../../../src/core/actions/diffAction";
import { diffWorkbooks } from "../../../src/core/diff";
import { cleanWorkbook } from "../../helpers/workbook";
import { addRow, edit } from "../diff/edits";

const NOW = new Date(2026, 10, 29, 9, 0);

describe("diffAction(old, new, request, context)", () => {
  it("gives the changes, one sentence each, and the plan of the Perubahan sheet it shows", () => {
    const old = cleanWorkbook();
    let revised = edit(old, "Program", "1.1.1", "Target 2026", 25);
    revised = addRow(revised, "Program", {
      Kode: "1.1.2",
      "Kode Induk": "1.1",
      Uraian: "Program B",
      Indikator: "Jumlah C",
      Satuan: "orang",
    });
    const r = diffAction(old, revised, { oldName: "lama.xlsx" }, { lang: "id", now: NOW });
    expect(r.changes).toEqual(diffWorkbooks(old, revised));
    expect(r.sentences).toEqual(["Target 2026: 20 → 25", "Ditambahkan: Program B — Jumlah C"]);
    expect(r.plan.sheets.map((s) => [s.name, s.mode])).toEqual([["Perubahan", "replace"]]);
    expect(r.plan.activate).toEqual({ sheet: "Perubahan" });
    expect(diffAction(old, old, { all: true }, { lang: "en", now: NOW }).sentences).toEqual([]);
  });
});
