import { LiveCheck } from "../../../src/core/live/liveCheck";
import { checkWorkbook } from "../../../src/core/rules";
import { readOfficeWorkbook } from "../../../src/adapters/office/readWorkbook";
import { watchSheets, type LiveBurst } from "../../../src/adapters/office/liveEvents";
import { parseBox } from "../../../src/adapters/office/changeBox";
import { HEADER, LEVELS, row } from "../../helpers/workbook";
import type { FakeContext } from "./fakeExcel";
import { fakeWith, workbookOf } from "./workbooks";

const NOW = new Date(2026, 5, 1);
const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;

/** A fake Excel with a workbook, its first check, and a watch whose bursts feed the live check. */
async function watched(n = 20) {
  const excel = fakeWith(workbookOf(n));
  const run = excel.run as never;
  const read = await excel.run((c) => readOfficeWorkbook(asContext(c)));
  const live = new LiveCheck(read.workbook, { now: NOW });
  const bursts: LiveBurst[] = [];
  let rereads = 0;
  const watch = await watchSheets(
    ["Pengaturan", ...LEVELS],
    async (burst) => {
      bursts.push(burst);
      if (burst.kind === "edits") live.apply(burst.edits);
      else rereads++;
    },
    { run, debounceMs: 60_000 },
  );
  /** Syncs and writes of the next step only. */
  const step = async (act: () => void | Promise<void>) => {
    const [syncs, writes] = [excel.syncs, excel.writes.length];
    await act();
    await watch.flush();
    return { syncs: excel.syncs - syncs, writes: excel.writes.length - writes };
  };
  const fresh = async () =>
    checkWorkbook((await excel.run((c) => readOfficeWorkbook(asContext(c)))).workbook, { now: NOW });
  return { excel, live, watch, bursts, step, fresh, rereads: () => rereads };
}

describe("watchSheets(levels, onBurst) on the recording fake", () => {
  test("a Kode Induk typed wrong makes POKIN006 appear, fixing it makes it go: 1 sync and 0 writes per burst", async () => {
    const t = await watched();
    expect(t.live.findings).toEqual([]);
    const typo = await t.step(() => t.excel.userEdit("Program", "B2", [["9.9"]]));
    expect(typo).toEqual({ syncs: 1, writes: 0 });
    expect(t.live.findings.map((f) => [f.rule, f.sheet, f.cell])).toContainEqual([
      "POKIN006",
      "Program",
      "B2",
    ]);
    const fix = await t.step(() => t.excel.userEdit("Program", "B2", [["1.1"]]));
    expect(fix).toEqual({ syncs: 1, writes: 0 });
    expect(t.live.findings).toEqual([]);
    await t.watch.stop();
  });

  test("a paste of 500 rows is one burst, one re-check, and its findings equal a fresh full check", async () => {
    const t = await watched();
    const rows = Array.from({ length: 500 }, (_, i) =>
      row({ kode: `1.1.1.1.${100 + i}`, induk: i % 9 ? "1.1.1.1" : "7", targets: i % 4 ? undefined : {} }),
    );
    const steps = await t.step(() => {
      // Excel fires one event for the paste; typing around it in the same burst adds more.
      t.excel.userEdit("Sub Kegiatan", `A30:${String.fromCharCode(64 + HEADER.length)}529`, rows);
      t.excel.userEdit("Sub Kegiatan", "C2", [["Uraian baru"]]);
    });
    expect(steps).toEqual({ syncs: 1, writes: 0 });
    expect(t.bursts).toHaveLength(1);
    expect(t.live.findings).toEqual(await t.fresh());
    expect(t.live.findings.some((f) => f.rule === "POKIN006")).toBe(true);
  });

  test("a whole column cleared is read within the data only (2 syncs), and rows inserted ask for a full read", async () => {
    const t = await watched();
    const cleared = await t.step(() => t.excel.userEdit("Program", "D:D", [], "RangeEdited"));
    expect(cleared).toEqual({ syncs: 2, writes: 0 });
    expect(t.live.findings).toEqual(await t.fresh());
    // The header went with the column: the Indikator column is missing now.
    expect(t.live.findings.map((f) => [f.rule, f.sheet])).toContainEqual(["POKIN002", "Program"]);
    const inserted = await t.step(() => t.excel.userEdit("Program", "3:3", [], "RowInserted"));
    expect(inserted).toEqual({ syncs: 0, writes: 0 });
    expect(t.rereads()).toBe(1);
  });

  test("an edit made while a burst is being re-checked is kept for the next burst", async () => {
    const t = await watched();
    let first = true;
    const seen: string[] = [];
    const excel = t.excel;
    const watch = await watchSheets(
      ["Program"],
      async (burst) => {
        if (burst.kind === "edits") seen.push(...burst.edits.map((e) => String(e.values[0]?.[0])));
        if (first) {
          first = false;
          excel.userEdit("Program", "C2", [["ditulis saat memeriksa"]]);
        }
      },
      { run: excel.run as never, debounceMs: 60_000 },
    );
    excel.userEdit("Program", "B2", [["1.1"]]);
    await watch.flush();
    expect(seen).toEqual(["1.1", "ditulis saat memeriksa"]);
    await watch.stop();
    await t.watch.stop();
  });

  test("stop() removes the handlers: later edits reach nobody", async () => {
    const t = await watched();
    await t.watch.stop();
    expect(t.excel.sheets.every((s) => s.changeHandlers.size === 0)).toBe(true);
    await t.step(() => t.excel.userEdit("Program", "B2", [["9.9"]]));
    expect(t.bursts).toHaveLength(0);
  });
});

describe("parseBox(address)", () => {
  test.each([
    ["B2", { row: 1, col: 1, rows: 1, cols: 1 }],
    ["$B$2:D5", { row: 1, col: 1, rows: 4, cols: 3 }],
    ["Program!C3:C3", { row: 2, col: 2, rows: 1, cols: 1 }],
    ["D:D", { row: 0, col: 3, rows: 1_048_576, cols: 1 }],
    ["3:4", { row: 2, col: 0, rows: 2, cols: 16_384 }],
  ])("parseBox(%j)", (address, box) => expect(parseBox(address)).toEqual(box));
  test("an address it cannot read gives undefined", () => expect(parseBox("Tabel[Kode]")).toBeUndefined());
});
