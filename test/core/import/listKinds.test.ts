import { listKinds, type ListItem } from "../../../src/core/import/read/listKinds";
import { toContent } from "../../../src/core/import";
import type { ImportNode } from "../../../src/core/import/read/nodeSet";

const item = (
  row: number,
  name: string,
  money: number | undefined,
  extra: Partial<ListItem> = {},
): ListItem => ({
  row,
  name,
  hasIndicator: true,
  hasSatuan: true,
  money: [money],
  ...extra,
});

describe("listKinds(items, percent)", () => {
  test("without codes: headings, 'Program …', and kegiatan whose budget is the SUM of the rows below", () => {
    const items = [
      item(0, "URUSAN PENUNJANG", 300, { hasIndicator: false, hasSatuan: false }),
      item(1, "Program Penunjang", 300),
      item(2, "Perencanaan", 100),
      item(3, "Penyusunan Dokumen", 60),
      item(4, "Evaluasi", 40),
      item(5, "Keuangan", 200),
      item(6, "Gaji", 200),
      item(7, "", undefined),
    ];
    expect(
      listKinds(
        items,
        items.map(() => false),
      ).map((k) => k.kind),
    ).toEqual([
      "heading",
      "program",
      "kegiatan",
      "subkegiatan",
      "subkegiatan",
      "kegiatan",
      "subkegiatan",
      "continuation",
    ]);
  });

  test("without codes or budgets: percentages are kegiatan, counts sub kegiatan (the last resort, said so)", () => {
    const items = [item(0, "Program A", undefined), item(1, "Keg", undefined), item(2, "Sub", undefined)];
    const kinds = listKinds(items, [false, true, false]);
    expect(kinds.map((k) => k.kind)).toEqual(["program", "kegiatan", "subkegiatan"]);
    expect(kinds[1]!.why.en).toMatch(/^no code or budget/);
  });

  test("with codes: the depth gives the level, and an uncoded row goes one level below the previous", () => {
    const code = (c: string) => ({ code: c.split(".") });
    const items = [
      item(0, "Urusan", undefined, code("1")),
      item(1, "Program", undefined, code("1.3.02")),
      item(2, "Kegiatan", undefined, code("1.3.02.2.01")),
      item(3, "Tanpa kode", undefined),
      item(4, "Sub", undefined, code("1.3.02.2.01.0001")),
    ];
    expect(
      listKinds(
        items,
        items.map(() => false),
      ).map((k) => k.kind),
    ).toEqual(["heading", "program", "kegiatan", "subkegiatan", "subkegiatan"]);
  });
});

describe("toContent(nodes, levels, sheet, taken)", () => {
  const node = (level: number, parent: number | undefined, uraian: string): ImportNode => ({
    level,
    uraian,
    indikator: `I ${uraian}`,
    satuan: "%",
    targets: {},
    realisasi: {},
    quarters: {},
    source: "B2",
    row: 1,
    notes: [],
    ...(parent !== undefined ? { parent } : {}),
  });
  const nodes = [
    node(0, undefined, "a"),
    node(0, undefined, "b"),
    node(1, 1, "b1"),
    node(2, 2, "b1x"),
    node(1, 0, "a1"),
    node(1, 1, "b2"),
    node(2, 5, "b2x"),
    node(2, 5, "b2y"),
  ];

  test("gives Kodes by position: '2.2.1' is the first child of the second child of the second root", () => {
    const c = toContent(nodes, ["L1", "L2", "L3"], "Tempel", new Map());
    expect(c.levels.map((l) => l.rows.map((r) => `${r.kodeInduk ?? "-"}>${r.kode}`))).toEqual([
      ["->1", "->2"],
      ["2>2.1", "1>1.1", "2>2.2"],
      ["2.1>2.1.1", "2.2>2.2.1", "2.2>2.2.2"],
    ]);
    expect(c.notes).toEqual([]);
  });

  test("prefixes every new Kode with 'I' when one is already used on another level", () => {
    const c = toContent(nodes, ["L1", "L2", "L3"], "Tempel", new Map([["2.1", 0]]));
    expect(c.levels[1]!.rows.map((r) => r.kode)).toEqual(["I2.1", "I1.1", "I2.2"]);
    expect(c.notes.map((n) => n.code)).toEqual(["note.kodes-prefixed"]);
  });
});
