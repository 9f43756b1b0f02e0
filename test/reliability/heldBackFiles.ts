import { strToU8, unzipSync } from "fflate";
import { base } from "./hostileFiles";
import { rawZip, type RawEntry } from "./rawZip";

// Files from odd writers and hostile files the reader had not met while it was written (issue
// 8, "held-back"): each made in the test from the small base workbook (Program and Tempel).

const SHEET = "xl/worksheets/sheet1.xml";
const STRINGS = "xl/sharedStrings.xml";

async function baseEntries(): Promise<RawEntry[]> {
  const zip = await base();
  const bytes = await zip.generateAsync({ type: "uint8array" });
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }));
}

async function edited(name: string, edit: (xml: string) => string): Promise<RawEntry[]> {
  return (await baseEntries()).map((e) =>
    e.name === name ? { name, data: strToU8(edit(new TextDecoder().decode(e.data))) } : e,
  );
}

/** A Program row 3 whose Kode cell is `cell` (raw `<c>` XML). */
const programRow = (cell: string) => (xml: string) =>
  xml.replace(
    "</sheetData>",
    `<row r="3">${cell}<c r="C3" t="inlineStr"><is><t>Program B</t></is></c><c r="D3" t="inlineStr"><is><t>Persentase B</t></is></c><c r="E3" t="inlineStr"><is><t>%</t></is></c><c r="F3"><v>20</v></c></row></sheetData>`,
  );

const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** Every held-back file by name, made on demand. */
export const HELD_BACK: Record<string, () => Promise<Uint8Array>> = {
  "two zip entries with the first sheet's name": async () => {
    const entries = await baseEntries();
    const sheet = entries.find((e) => e.name === SHEET)!;
    const other = new TextDecoder().decode(sheet.data).replace(/Program A/g, "Program Palsu");
    return rawZip([...entries, { name: SHEET, data: strToU8(other) }]);
  },
  "ZIP64 entries with sizes after the data (a streaming writer)": async () =>
    rawZip(await baseEntries(), { streamed: true }),
  "an encrypted workbook (OLE compound file) named .xlsx": async () => {
    const ole = new Uint8Array(8192);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(strToU8("EncryptionInfo EncryptedPackage"), 512);
    return ole;
  },
  "Strict OOXML namespaces": async () => {
    const strict = (xml: string) =>
      xml
        .replaceAll("http://schemas.openxmlformats.org/spreadsheetml/2006/main", STRICT_MAIN)
        .replaceAll("http://schemas.openxmlformats.org/officeDocument/2006/relationships", STRICT_REL);
    return rawZip(
      (await baseEntries()).map((e) =>
        /\.(xml|rels)$/.test(e.name)
          ? { name: e.name, data: strToU8(strict(new TextDecoder().decode(e.data))) }
          : e,
      ),
    );
  },
  "1,000,000 tiny shared strings": async () =>
    rawZip(
      await edited(STRINGS, (x) => x.replace("</sst>", `${"<si><t>a</t></si>".repeat(1_000_000)}</sst>`)),
    ),
  "an inline string nested 100,000 elements deep": async () =>
    rawZip(
      await edited(
        SHEET,
        programRow(
          `<c r="A3" t="inlineStr"><is>${"<r>".repeat(100_000)}<t>2</t>${"</r>".repeat(100_000)}</is></c>`,
        ),
      ),
    ),
  "a 1 MB string in an Uraian cell": async () =>
    rawZip(
      await edited(SHEET, (x) =>
        programRow('<c r="A3" t="inlineStr"><is><t>2</t></is></c>')(x).replace(
          "<t>Program B</t>",
          `<t>${"Program sangat panjang ".repeat(46_000)}</t>`,
        ),
      ),
    ),
  "an error value (#REF!) as a Kode": async () =>
    rawZip(await edited(SHEET, programRow('<c r="A3" t="e"><v>#REF!</v></c>'))),
};
