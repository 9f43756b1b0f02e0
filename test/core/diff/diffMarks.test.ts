import { buildAction, diagramPreviewAction, diffAction } from "../../../src/core/actions";
import { diffMarks } from "../../../src/core/diff";
import { MARK_FILLS } from "../../../src/core/layout/boxMarks";
import { contrastRatio } from "../../../src/core/layout/colors";
import { buildModel } from "../../../src/core/model/buildModel";
import { cleanWorkbook } from "../../helpers/workbook";
import { addRow, edit, removeRow } from "./edits";

const NOW = new Date(2026, 10, 29, 9, 0);

/** The earlier version, and a revision: a target changed, a row added, a row moved, a row removed. */
function revision() {
  const old = cleanWorkbook((levels) => {
    levels[1]!.push({
      kode: "1.2",
      induk: "1",
      uraian: "Meningkatnya kesejahteraan",
      indikator: "Indeks",
      satuan: "%",
    });
  });
  let revised = edit(old, "Program", "1.1.1", "Target 2026", 25);
  revised = edit(revised, "Program", "1.1.1", "Kode Induk", "1.2");
  revised = edit(revised, "Kegiatan", "1.1.1.1", "Target 2025", 7);
  revised = addRow(revised, "Sub Kegiatan", {
    Kode: "1.1.1.1.3",
    "Kode Induk": "1.1.1.1",
    Uraian: "Penyediaan Alat Bantu",
    Indikator: "Jumlah alat bantu",
    Satuan: "unit",
  });
  revised = removeRow(revised, "Sub Kegiatan", "1.1.1.1.2");
  return { old, revised };
}

describe("diff marks (Bandingkan's preview, pokin build --diff)", () => {
  const { old, revised } = revision();
  const changes = diffAction(old, revised, {}, { lang: "id", now: NOW }).changes;
  const marks = diffMarks(changes);

  it("marks each row of NEW by its strongest change; removed rows have no box", () => {
    expect([...marks.entries()].sort()).toEqual([
      ["1.1.1", "moved"],
      ["1.1.1.1", "changed"],
      ["1.1.1.1.3", "added"],
    ]);
  });

  it("the preview's boxes carry the tag, in the mark's colour, and the SVG has a legend", () => {
    const svg = diagramPreviewAction(buildModel(revised), { marks }, { lang: "id", now: NOW }).svg;
    const boxOf = (kode: string) => svg.split(`<g data-kode="${kode}">`)[1]!.split("</g>")[0]!;
    expect(boxOf("1.1.1")).toContain(`fill="${MARK_FILLS.moved}"`);
    expect(boxOf("1.1.1")).toContain(">DIPINDAH</tspan>");
    expect(boxOf("1.1.1.1")).toContain(">DIUBAH</tspan>");
    expect(boxOf("1.1.1.1.3")).toContain(">BARU</tspan>");
    expect(boxOf("1.1.1.1.1")).not.toMatch(/BARU|DIUBAH|DIPINDAH/);
    expect(svg).toContain('data-legend="marks"');
    expect(svg).toContain("DIPINDAH = Kode Induk berubah");
    const plain = diagramPreviewAction(buildModel(revised), {}, { lang: "id", now: NOW }).svg;
    expect(plain).not.toMatch(/data-legend|>BARU<|>DIUBAH<|>DIPINDAH</);
  });

  it("the Pohon Kinerja sheet (cells) tags the boxes and its legend says what the tags mean", () => {
    const built = buildAction(
      revised,
      { sheets: ["diagram"], marks },
      { lang: "en", now: NOW, shapes: false },
    );
    if (built.problem) throw new Error(built.problem.code);
    const sheet = built.plan.sheets[0]!;
    const texts = (sheet.blocks ?? []).flatMap((b) => b.values.flat());
    expect(texts.filter((t) => t === "NEW" || t === "MOVED" || t === "CHANGED").sort()).toEqual([
      "CHANGED",
      "MOVED",
      "NEW",
    ]);
    for (const legend of [
      "NEW = row added",
      "MOVED = Kode Induk changed",
      "CHANGED = content or Kode changed",
    ])
      expect(texts).toContain(legend);
    const fills = new Set((sheet.formats ?? []).map((f) => f.fill));
    for (const fill of Object.values(MARK_FILLS)) expect(fills.has(fill)).toBe(true);
  });

  it("mark fills keep black text readable (WCAG 4.5)", () => {
    for (const fill of Object.values(MARK_FILLS))
      expect(contrastRatio("#000000", fill)).toBeGreaterThanOrEqual(4.5);
  });
});
