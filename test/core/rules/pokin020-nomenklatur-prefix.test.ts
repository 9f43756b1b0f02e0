import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN020"], lang: "en" });

describe("POKIN020 a Kode Nomenklatur does not start with its parent's", () => {
  test("POKIN020 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN020 fires at the child's Kode Nomenklatur cell", () => {
    const wb = cleanWorkbook((l) => {
      l[3]![0]!.nomenklatur = "1.06.05.2.01";
      l[4]![0]!.nomenklatur = "1.06.05.2.01.0001";
      l[4]![1]!.nomenklatur = "1.06.05.2.01.0002";
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN020",
        severity: "warning",
        sheet: "Kegiatan",
        cell: "H2",
        kode: "1.1.1.1",
        message:
          "[1.1.1.1] Kode Nomenklatur '1.06.05.2.01' does not start with its parent's (1.1.1: '1.06.04').",
      },
    ]);
  });

  test("POKIN020 fires for a Sub Kegiatan code under another Kegiatan", () => {
    const wb = cleanWorkbook((l) => {
      l[4]![1]!.nomenklatur = "1.06.04.2.02.0002";
    });
    expect(check(wb).map((f) => [f.sheet, f.cell])).toEqual([["Sub Kegiatan", "H3"]]);
  });

  test("POKIN020 accepts unpadded codes, the parent's own code and placeholders", () => {
    const wb = cleanWorkbook((l) => {
      l[2]![0]!.nomenklatur = "X.XX.01";
      l[3]![0]!.nomenklatur = "1.06.01.2.01";
      l[4]![0]!.nomenklatur = "1.6.1.2.1.1";
      l[4]![1]!.nomenklatur = "1.06.01.2.01";
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN020 does not fire when the parent has no Kode Nomenklatur", () => {
    const wb = cleanWorkbook((l) => {
      l[2]![0]!.nomenklatur = "";
      l[3]![0]!.nomenklatur = "2.08.02.2.01";
      l[4]![0]!.nomenklatur = "2.08.02.2.01.0001";
      l[4]![1]!.nomenklatur = "2.08.02.2.01.0002";
    });
    expect(check(wb)).toEqual([]);
  });
});
