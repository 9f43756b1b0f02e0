import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN029"], lang: "en" });

describe("POKIN029 a Kode Nomenklatur with the wrong number of parts for its level", () => {
  test("POKIN029 gives nothing on the clean workbook (1.06.04, 1.06.04.2.01, 1.06.04.2.01.0001)", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN029 fires at the Kode Nomenklatur cell of a sub kegiatan coded only to the bidang", () => {
    const wb = cleanWorkbook((l) => Object.assign(l[4]![1]!, { nomenklatur: "1.06" }));
    expect(check(wb)).toEqual([
      {
        rule: "POKIN029",
        severity: "warning",
        sheet: "Sub Kegiatan",
        cell: "H3",
        kode: "1.1.1.1.2",
        message:
          "[1.1.1.1.2] Kode Nomenklatur '1.06' is not a Sub Kegiatan code (X.XX.NN.N.NN.NNNN, 6 parts).",
      },
    ]);
  });

  test("POKIN029 fires on Program and Kegiatan codes of the wrong length, and on text that is no code", () => {
    const wb = cleanWorkbook((l) => {
      Object.assign(l[2]![0]!, { nomenklatur: "1.06.04.2.01" });
      Object.assign(l[3]![0]!, { nomenklatur: "1.06" });
      Object.assign(l[4]![0]!, { nomenklatur: "Permakanan" });
    });
    expect(check(wb).map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      "Program!H2",
      "Kegiatan!H2",
      "Sub Kegiatan!H2",
    ]);
  });

  test("POKIN029 stays silent on unpadded and placeholder codes, empty codes, and levels the list does not code", () => {
    const wb = cleanWorkbook((l) => {
      Object.assign(l[0]![0]!, { nomenklatur: "1.06" });
      Object.assign(l[2]![0]!, { nomenklatur: "X.XX.01" });
      Object.assign(l[3]![0]!, { nomenklatur: "1.6.4.2.1" });
      Object.assign(l[4]![0]!, { nomenklatur: "" });
    });
    expect(check(wb)).toEqual([]);
  });
});
