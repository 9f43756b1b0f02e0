import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData, lang: "id" | "en" = "id") =>
  checkWorkbook(wb, { rules: ["POKIN004"], lang });

describe("POKIN004 duplicate Kode", () => {
  test("POKIN004 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN004 fires at the repeat's Kode cell on another level and names the first use", () => {
    const wb = cleanWorkbook((levels) => {
      levels[4]!.push({ kode: "1.1.1", induk: "1.1.1.1" });
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN004",
        severity: "error",
        sheet: "Sub Kegiatan",
        cell: "A4",
        kode: "1.1.1",
        message: expect.stringContaining("'Program'!A2"),
      },
    ]);
    expect(check(wb, "en")[0]!.message).toContain("'Program'!A2");
  });

  test("POKIN004 fires at each repeat, every one naming the first, and compares cleaned Kodes", () => {
    const wb = cleanWorkbook((levels) => {
      levels[4]!.push(
        { kode: "1.1.1.1.2", induk: "1.1.1.1" },
        { kode: " 1.1.1.1.2\u00A0", induk: "1.1.1.1" },
      );
    });
    expect(check(wb)).toEqual([
      expect.objectContaining({ sheet: "Sub Kegiatan", cell: "A4", kode: "1.1.1.1.2" }),
      expect.objectContaining({ sheet: "Sub Kegiatan", cell: "A5", kode: "1.1.1.1.2" }),
    ]);
    for (const f of check(wb)) expect(f.message).toContain("'Sub Kegiatan'!A3");
  });

  test("POKIN004 does not fire for Kodes that only share a prefix", () => {
    const wb = cleanWorkbook((levels) => {
      levels[4]!.push({ kode: "1.1.1.1.10", induk: "1.1.1.1" }, { kode: "1.1.1.1.1.", induk: "1.1.1.1" });
    });
    expect(check(wb)).toEqual([]);
  });
});
