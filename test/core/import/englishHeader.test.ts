import { classifyHeader } from "../../../src/core/import";
import { fromEnglish } from "../../../src/core/import/detect/fromEnglish";

describe("fromEnglish(header part)", () => {
  test("puts English header words into the Indonesian words and order the classifier knows", () => {
    expect(
      ["goal", "objective indicator", "sub-activity", "responsible unit", "remarks", "target year 1"].map(
        fromEnglish,
      ),
    ).toEqual([
      "tujuan",
      "indikator sasaran",
      "sub kegiatan",
      "penanggung jawab",
      "keterangan",
      "target tahun 1",
    ]);
  });

  test("leaves Indonesian headers as they are", () => {
    const headers = [
      "indikator kinerja",
      "unit kerja",
      "satuan",
      "program/kegiatan/sub kegiatan",
      "target tahun 1",
    ];
    expect(headers.map(fromEnglish)).toEqual(headers);
    expect(classifyHeader(["Unit Kerja"]).cls).toEqual({ role: "penanggungJawab" });
  });
});
