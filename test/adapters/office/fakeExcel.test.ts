import { audited, auditedMembers, NotAudited } from "./fakeAudit";
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
      // A typo is refused by the API-set gate before the fake's own proxies see it.
      expect(() => ((range.format as Record<string, Record<string, unknown>>).fil!.color = "#FFF")).toThrow(
        /refuses Excel\.RangeFormat\.fil/,
      );
      expect(() => ((range.format as Record<string, unknown>).font = {})).toThrow(/cannot set format.font/);
    });
  });

  test("a real Office member the API-set audit does not list is refused, with the command to run", () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    return excel.run(async (c) => {
      const ws = c.workbook.worksheets.getItem("A") as unknown as Excel.Worksheet;
      expect(() => ws.protection).toThrow(NotAudited);
      expect(() => ws.protection).toThrow(
        "fake Excel refuses Excel.Worksheet.protection: it is not in TESTING.md's API-set table. " +
          "Run `node scripts/api-sets.js --write`",
      );
      // Names in load() strings and keys of assigned literals are members too.
      expect(() => c.workbook.worksheets.load("items/visibility")).toThrow(/Excel\.Worksheet\.visibility/);
      const range = ws.getRange("A1");
      expect(
        () => (range.dataValidation.rule = { wholeNumber: { formula1: 1, operator: "Between" } }),
      ).toThrow(/Excel\.DataValidationRule\.wholeNumber/);
    });
  });

  test("the gate refuses what the audit lacks even where the fake implements it", () => {
    // A stand-in with the member: the table, not the fake, decides.
    const ws = audited({ visibility: "Visible", name: "A" }, "Excel.Worksheet");
    expect(ws.name).toBe("A");
    expect(() => ws.visibility).toThrow(/refuses Excel\.Worksheet\.visibility/);
    // Everything the gate lets through is a member the audit found in src.
    for (const member of ["Excel.Worksheet.name", "Excel.Range.values", "Excel.ShapeCollection.addLine"])
      expect(auditedMembers().has(member)).toBe(true);
  });

  test("the gate keeps identity: the same sheet read twice is the same object", () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    return excel.run(async (c) => {
      const sheets = c.workbook.worksheets;
      sheets.load("items/name");
      await c.sync();
      expect(sheets.items[0]).toBe(sheets.items[0]);
      expect(sheets.items.find((ws) => ws.name === "A")).toBe(sheets.items[0]);
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
