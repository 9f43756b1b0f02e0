import { FakeExcel, FakeOfficeError } from "./fakeExcel";

// The fake is only worth its tests if it refuses what Office.js refuses.
describe("the fake Excel object model", () => {
  test("writes run only at sync, and an error surfaces there with earlier operations applied", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    await expect(
      excel.run(async (c) => {
        c.workbook.worksheets.getItem("A").getRange("A1").values = [["'first"]];
        expect(excel.sheet("A")!.cell(0, 0)).toBeUndefined(); // queued, not written
        c.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
        await c.sync();
      }),
    ).rejects.toEqual(new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist: Missing"));
    expect(excel.sheet("A")!.cell(0, 0)).toEqual({ value: "first", quotePrefix: true });
  });

  test("a values array that does not match the range is rejected at sync", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    await expect(
      excel.run(async (c) => {
        c.workbook.worksheets.getItem("A").getRange("A1:B1").values = [[1]];
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a member the fake does not know throws at once instead of doing nothing", () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    return excel.run(async (c) => {
      const range = c.workbook.worksheets.getItem("A").getRange("A1");
      expect(() => ((range.format as Record<string, Record<string, unknown>>).fil!.color = "#FFF")).toThrow(
        /no property format.fil/,
      );
      expect(() => ((range.format as Record<string, unknown>).font = {})).toThrow(/cannot set format.font/);
    });
  });

  test("adding a sheet whose name exists fails, whatever the case", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program");
    await expect(
      excel.run(async (c) => {
        c.workbook.worksheets.add("PROGRAM");
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});
