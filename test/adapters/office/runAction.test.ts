import { PokinExcelError } from "../../../src/adapters/office/errors";
import { runExcel, type ExcelRun } from "../../../src/adapters/office/runAction";
import { FakeExcel, type FakeContext } from "./fakeExcel";

async function writeA1(c: FakeContext): Promise<string> {
  c.workbook.worksheets.getItem("Program").getRange("A1").values = [["'ok"]];
  await c.sync();
  return "done";
}

function setup() {
  const excel = new FakeExcel();
  excel.addSheet("Program");
  const sleeps: number[] = [];
  const options = {
    run: excel.run as unknown as ExcelRun,
    retryDelayMs: 1000,
    sleep: async (ms: number) => void sleeps.push(ms),
  };
  const action = writeA1 as unknown as (c: Excel.RequestContext) => Promise<string>;
  return { excel, sleeps, options, action };
}

describe("runExcel", () => {
  test("runExcel(action) runs the action once in one Excel.run and returns its result", async () => {
    const { excel, options, action } = setup();
    await expect(runExcel(action, options)).resolves.toBe("done");
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });

  test("in cell-edit mode it waits, retries once, and succeeds when the user has finished the edit", async () => {
    const { excel, sleeps, options, action } = setup();
    excel.cellEditMode = true;
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      excel.cellEditMode = false; // the user pressed Enter meanwhile
    };
    await expect(runExcel(action, { ...options, sleep })).resolves.toBe("done");
    expect([excel.runs, sleeps]).toEqual([2, [1000]]);
    expect(excel.sheet("Program")!.valueGrid(0, 0, 1, 1)).toEqual([["ok"]]);
  });

  test("still in cell-edit mode after the retry, it gives the clear message", async () => {
    const { excel, options, action } = setup();
    excel.cellEditMode = true;
    const failure = runExcel(action, options);
    await expect(failure).rejects.toBeInstanceOf(PokinExcelError);
    await expect(failure).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
      explanation: { id: expect.stringContaining("Enter atau Esc") },
    });
    expect(excel.runs).toBe(2);
  });

  test("any other failure is explained at once, without a retry", async () => {
    const { excel, sleeps, options } = setup();
    const missing = (async (c: FakeContext) => {
      c.workbook.worksheets.getItem("Tidak Ada").getRange("A1").values = [[1]];
      await c.sync();
    }) as unknown as (c: Excel.RequestContext) => Promise<void>;
    await expect(runExcel(missing, options)).rejects.toMatchObject({ code: "ItemNotFound" });
    expect([excel.runs, sleeps]).toEqual([1, []]);
  });

  test("outside Excel (no Excel global) it says so instead of throwing a ReferenceError", async () => {
    await expect(runExcel(async () => 1)).rejects.toMatchObject({
      code: "ExcelUnavailable",
      explanation: { en: "Excel is not available: open Pokin from inside Excel." },
    });
  });
});
