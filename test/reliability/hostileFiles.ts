import ExcelJS from "exceljs";
import JSZip from "jszip";

// Small crafted .xlsx files that cost a naive reader time or memory out of all proportion to
// their size (issue 8 §5, §6). Each is a tiny valid workbook (a Program level and a pasted
// Tempel sheet) with one hostile change made in its zip.

const SHEET = "xl/worksheets/sheet1.xml";

export async function base(): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Program");
  ws.addRow(["Kode", "Kode Induk", "Uraian", "Indikator", "Satuan", "Target 2025"]);
  ws.addRow(["1", "", "Program A", "Persentase A", "%", 10]);
  const t = wb.addWorksheet("Tempel");
  t.addRow(["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target 2025"]);
  t.addRow(["1.06.04", "Program Rehabilitasi Sosial", "Persentase PPKS tertangani", "%", "75,5"]);
  return JSZip.loadAsync(await wb.xlsx.writeBuffer());
}

/** Changes the first sheet's XML. */
async function editSheet(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await base();
  zip.file(SHEET, edit(await zip.file(SHEET)!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const afterData = (xml: string, insert: string) => xml.replace("</sheetData>", `</sheetData>${insert}`);

/** Every hostile file by name, made on demand. */
export const HOSTILE: Record<string, () => Promise<Uint8Array>> = {
  "merge H1:XFD1048576": () =>
    editSheet((x) => afterData(x, '<mergeCells count="1"><mergeCell ref="H1:XFD1048576"/></mergeCells>')),
  "merge over the whole sheet with a cell at XFD1048576": () =>
    editSheet((x) =>
      afterData(
        x.replace(
          "</sheetData>",
          '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
        ),
        '<mergeCells count="1"><mergeCell ref="B3:XFD1048575"/></mergeCells>',
      ),
    ),
  "20,000 small merges": () =>
    editSheet((x) => {
      const refs = Array.from({ length: 20_000 }, (_, i) => `<mergeCell ref="H${i + 3}:I${i + 3}"/>`);
      return afterData(x, `<mergeCells count="${refs.length}">${refs.join("")}</mergeCells>`);
    }),
  "list validation over the whole sheet": () =>
    editSheet((x) =>
      afterData(
        x,
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      ),
    ),
  "conditional format over the whole sheet": () =>
    editSheet((x) =>
      afterData(
        x,
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>',
      ),
    ),
  "dimension A1:XFD1048576": () =>
    editSheet((x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')),
  "300,000 empty formatted rows": () =>
    editSheet((x) => {
      const rows: string[] = [];
      for (let r = 10; r < 300_010; r++) rows.push(`<row r="${r}" ht="20" customHeight="1"/>`);
      return x.replace("</sheetData>", `${rows.join("")}</sheetData>`);
    }),
  "zip bomb (a part of 300 MB of zeros)": async () => {
    const zip = await base();
    zip.file("customXml/item1.xml", new Uint8Array(300 * 1024 * 1024));
    return zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 1 },
    });
  },
  "10,050 parts": async () => {
    const zip = await base();
    for (let i = 0; i < 10_050; i++) zip.file(`customXml/item${i}.xml`, "<a/>");
    return zip.generateAsync({ type: "uint8array", compression: "STORE" });
  },
};
