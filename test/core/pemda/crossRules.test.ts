import { checkAcross } from "../../../src/core/pemda/checkAcross";
import type { Batch, FileFinding } from "../../../src/core/pemda/types";
import { BANJARNEGARA, CONTOH_BAGIAN_ORGANISASI, CONTOH_DINKES, CONTOH_RPD } from "../../../src/core/sample";
import { addRow, edit, opdOf, setting } from "./batchOf";

const DINSOS = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak";

function batch(
  opds: [typeof BANJARNEGARA, string][],
  rpd?: typeof BANJARNEGARA,
  unreadable: Batch["unreadable"] = [],
): Batch {
  return {
    opds: opds.map(([c, f]) => opdOf(c, f)),
    ...(rpd ? { rpd: opdOf(rpd, "rpd.xlsx") } : {}),
    unreadable,
  };
}

const CLEAN: [typeof BANJARNEGARA, string][] = [
  [BANJARNEGARA, "dinsos.xlsx"],
  [CONTOH_DINKES, "dinkes.xlsx"],
  [CONTOH_BAGIAN_ORGANISASI, "org.xlsx"],
];

/** The fields a reviewer acts on. */
const brief = (f: FileFinding) => [f.rule, f.file, f.sheet, f.cell, f.kode ?? ""].join(" ");
/** The findings of one rule (a copied tree also repeats Sub Kegiatan: POKIN045). */
const only = (rule: string, found: FileFinding[]) => found.filter((f) => f.rule === rule);

describe("checkAcross(batch, lang)", () => {
  it("gives no finding for the clean sample set, with and without the RPD", () => {
    expect(checkAcross(batch(CLEAN, CONTOH_RPD), "en")).toEqual([]);
    expect(checkAcross(batch(CLEAN), "en")).toEqual([]);
  });

  it("POKIN040: reports an unreadable file at its name, with the reason; a batch without one gives none", () => {
    const why = { id: "Berkas 'x.xlsx' kosong (0 bita).", en: "The file 'x.xlsx' is empty (0 bytes)." };
    const found = checkAcross(batch(CLEAN.slice(0, 1), undefined, [{ file: "x.xlsx", message: why }]), "en");
    expect(found).toEqual([
      {
        file: "x.xlsx",
        rule: "POKIN040",
        severity: "error",
        sheet: "",
        cell: "A1",
        message: `The file cannot be read; the other files are still checked. ${why.en}`,
      },
    ]);
  });

  it("POKIN041: two files naming the same Perangkat Daerah (case and spaces aside) are both reported at Pengaturan's cell", () => {
    const twin = setting(CONTOH_DINKES, "Perangkat Daerah", "DINAS  kesehatan");
    const found = only("POKIN041", checkAcross(batch([...CLEAN, [twin, "dinkes2.xlsx"]]), "en")).map(brief);
    expect(found).toEqual(["POKIN041 dinkes.xlsx Pengaturan B3 ", "POKIN041 dinkes2.xlsx Pengaturan B8 "]);
  });

  it("POKIN041: a file naming no Perangkat Daerah is reported; a similar but different name is not", () => {
    const none = setting(CONTOH_DINKES, "Perangkat Daerah", "");
    expect(checkAcross(batch([CLEAN[0]!, [none, "dinkes.xlsx"]]), "en").map((f) => f.rule)).toEqual([
      "POKIN041",
    ]);
    const near = setting(CONTOH_DINKES, "Perangkat Daerah", "Dinas Kesehatan Hewan");
    expect(only("POKIN041", checkAcross(batch([...CLEAN, [near, "keswan.xlsx"]]), "en"))).toEqual([]);
  });

  it("POKIN042: a level-1 row differing from the RPD's is reported at the cell that differs (the RPD is the reference)", () => {
    const changed = edit(CONTOH_DINKES, "1", { satuan: "persen", indikator: "Persentase penurunan PMKS" });
    const found = checkAcross(batch([CLEAN[0]!, [changed, "dinkes.xlsx"]], CONTOH_RPD), "en");
    expect(found.map(brief)).toEqual(["POKIN042 dinkes.xlsx Tujuan RPD C2 1"]);
    expect(found[0]!.message).toContain("'rpd.xlsx'");
  });

  it("POKIN042: without an RPD, both sides of a conflict are reported, or only the odd one out when more agree; a target differs only where both give one", () => {
    const other = setting(CONTOH_BAGIAN_ORGANISASI, "Perangkat Daerah", "Inspektorat");
    const changed = edit(other, "4", { targets: { 2023: 81, 2024: 82 } });
    const found = only("POKIN042", checkAcross(batch([...CLEAN, [changed, "insp.xlsx"]]), "en"));
    // Dinas Sosial gives no target for Kode 4; Target 2023 (I3) is 80 in one file, 81 in the other.
    expect(found.map(brief)).toEqual([
      "POKIN042 org.xlsx Tujuan RPD I3 4",
      "POKIN042 insp.xlsx Tujuan RPD I3 4",
    ]);
    const third = setting(CONTOH_BAGIAN_ORGANISASI, "Perangkat Daerah", "Bagian Umum");
    const odd = only(
      "POKIN042",
      checkAcross(batch([...CLEAN, [changed, "insp.xlsx"], [third, "umum.xlsx"]]), "en"),
    );
    expect(odd.map(brief)).toEqual(["POKIN042 insp.xlsx Tujuan RPD I3 4"]);
    // Case, spaces and punctuation are not differences; a year only one side gives is not either.
    const near = edit(other, "4", { uraian: "MENINGKATNYA kualitas  layanan publik.", targets: { 2027: 1 } });
    expect(only("POKIN042", checkAcross(batch([...CLEAN, [near, "insp.xlsx"]]), "en"))).toEqual([]);
  });

  it("POKIN043: with --rpd, an OPD's level-1 Kode missing from the RPD is reported at its Kode; without --rpd it is not judged", () => {
    const rpd = edit(CONTOH_RPD, "4", null);
    const found = checkAcross(batch(CLEAN, rpd), "en").filter((f) => f.rule === "POKIN043");
    expect(found.map(brief)).toEqual([
      "POKIN043 dinsos.xlsx Tujuan RPD A5 4",
      "POKIN043 org.xlsx Tujuan RPD A3 4",
    ]);
    expect(checkAcross(batch(CLEAN), "en")).toEqual([]);
  });

  it("POKIN044: with --rpd, a Tujuan RPD indicator no OPD hangs a Tujuan OPD from is reported in the RPD file", () => {
    const rpd = addRow(CONTOH_RPD, 0, {
      kode: "5",
      uraian: "Meningkatnya daya saing daerah",
      indikator: "PDRB per kapita",
      satuan: "rupiah",
    });
    expect(checkAcross(batch(CLEAN, rpd), "en").map(brief)).toEqual(["POKIN044 rpd.xlsx Tujuan RPD A6 5"]);
    // Tujuan RPD 3 is supported by the Bagian Organisasi only: without it, it is reported.
    const found = checkAcross(batch(CLEAN.slice(0, 2), CONTOH_RPD), "en");
    expect(found.map(brief)).toEqual([]);
  });

  it("POKIN045: the same Sub Kegiatan in two OPDs without Crosscutting is reported on both sides; a Crosscutting on either side silences it", () => {
    const shared = edit(CONTOH_BAGIAN_ORGANISASI, "4.1.1.1.1", { kodeNomenklatur: "1.02.02.2.02.0016" });
    const found = checkAcross(batch([CLEAN[0]!, CLEAN[1]!, [shared, "org.xlsx"]]), "en");
    expect(found.map(brief)).toEqual([
      "POKIN045 dinkes.xlsx Sub Kegiatan H2 1.1.1.1.1",
      "POKIN045 org.xlsx Sub Kegiatan H3 4.1.1.1.1",
    ]);
    // Listing the other OPD also asks for the same Indikator there (POKIN046): it is given.
    const listed = edit(shared, "4.1.1.1.1", {
      crosscutting: "dinas kesehatan",
      indikator: "Jumlah dokumen hasil pengelolaan pelayanan kesehatan dasar melalui pendekatan keluarga",
    });
    expect(checkAcross(batch([CLEAN[0]!, CLEAN[1]!, [listed, "org.xlsx"]]), "en")).toEqual([]);
  });

  it("POKIN046: a Crosscutting OPD of the batch without the same Indikator is reported at the Crosscutting cell; folded text matches", () => {
    const other = edit(CONTOH_DINKES, "1.2", {
      indikator: "Persentase anak korban kekerasan yang mendapat layanan kesehatan rujukan",
    });
    const found = checkAcross(batch([CLEAN[0]!, [other, "dinkes.xlsx"]]), "en");
    expect(found.map(brief)).toEqual(["POKIN046 dinkes.xlsx Tujuan OPD S3 1.2"]);
    expect(found[0]!.message).toContain(`'${DINSOS}'`);
    const folded = edit(CONTOH_DINKES, "1.2", {
      indikator: "PERSENTASE anak korban kekerasan yang ditangani instansi terkait, Kabupaten",
    });
    expect(checkAcross(batch([CLEAN[0]!, [folded, "dinkes.xlsx"]]), "en")).toEqual([]);
    // An agency outside the batch is not judged.
    expect(checkAcross(batch([[other, "dinkes.xlsx"], CLEAN[2]!]), "en")).toEqual([]);
  });

  it("sorts like one workbook's check (sortFindings): by file in batch order, then sheet in level order, row, column, rule", () => {
    const rpd = edit(CONTOH_RPD, "4", null);
    const none = setting(CONTOH_DINKES, "Perangkat Daerah", "");
    const shared = edit(CONTOH_BAGIAN_ORGANISASI, "4.1.1.1.1", { kodeNomenklatur: "1.02.02.2.02.0016" });
    const found = checkAcross(batch([[shared, "org.xlsx"], CLEAN[0]!, [none, "dinkes.xlsx"]], rpd), "en");
    // Rule by rule, POKIN045 of org.xlsx would come after POKIN043 of dinsos.xlsx: it comes first.
    expect(found.map((f) => `${f.rule} ${f.file} ${f.sheet}`)).toEqual([
      "POKIN043 org.xlsx Tujuan RPD",
      "POKIN045 org.xlsx Sub Kegiatan",
      "POKIN043 dinsos.xlsx Tujuan RPD",
      "POKIN041 dinkes.xlsx Pengaturan",
      "POKIN045 dinkes.xlsx Sub Kegiatan",
    ]);
  });
});
