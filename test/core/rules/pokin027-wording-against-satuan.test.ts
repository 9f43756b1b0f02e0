import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, type RowSpec } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN027"], lang: "en" });
const sub = (specs: Partial<RowSpec>[]) =>
  cleanWorkbook((l) => {
    l[4] = specs.map((s, i) => ({ kode: `1.1.1.1.${i + 1}`, induk: "1.1.1.1", ...s }));
  });

describe("POKIN027 the Indikator's wording and its Satuan disagree", () => {
  test("POKIN027 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN027 fires at the Satuan cell of a 'Persentase …' in Dokumen", () => {
    const wb = sub([{ indikator: "Persentase dokumen perencanaan yang tepat waktu", satuan: "Dokumen" }]);
    expect(check(wb)).toEqual([
      {
        rule: "POKIN027",
        severity: "warning",
        sheet: "Sub Kegiatan",
        cell: "E2",
        kode: "1.1.1.1.1",
        message: "[1.1.1.1.1] Indicator 'Persentase …' is measured in percent, but its Satuan is 'Dokumen'.",
      },
    ]);
  });

  test("POKIN027 fires on 'Persen …' without %, and on 'Rasio …', 'Jumlah …', 'Banyaknya …' with %", () => {
    const wb = sub([
      { indikator: "persen  balita gizi buruk", satuan: "orang" },
      { indikator: "Rasio guru terhadap murid", satuan: "%" },
      { indikator: "Jumlah desa mandiri", satuan: "persen" },
      { indikator: "Banyaknya laporan", satuan: "Persentase" },
    ]);
    expect(check(wb).map((f) => f.cell)).toEqual(["E2", "E3", "E4", "E5"]);
  });

  test("POKIN027 stays silent when wording and unit agree, on other wordings, and on an empty Satuan", () => {
    const wb = sub([
      { indikator: "Persentase PMKS tertangani", satuan: "persen" },
      { indikator: "Rasio guru terhadap murid", satuan: "rasio" },
      { indikator: "Jumlah desa mandiri", satuan: "desa" },
      { indikator: "Indeks kepuasan masyarakat", satuan: "%" },
      { indikator: "Persentasenya tidak di awal", satuan: "orang" },
      { indikator: "Cakupan persentase layanan", satuan: "dokumen" },
      { indikator: "Persentase kosong", satuan: "" },
    ]);
    expect(check(wb)).toEqual([]);
  });
});
