/**
 * @jest-environment jsdom
 */
import ExcelJS from "exceljs";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";
import { diffAction } from "../../../src/core/actions";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";
import { addRow, edit } from "../../core/diff/edits";
import { fakeWith } from "../../adapters/office/workbooks";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { officeHostOver, renderPane } from "./paneHarness";

// jsdom lacks TextDecoder, which every browser and Excel's webview has (Pokin's reader uses it).
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

/** The earlier version as the .xlsx file the user picks (values only, written by ExcelJS). */
async function pickedFile(name: string, data: WorkbookData) {
  const wb = new ExcelJS.Workbook();
  for (const sheet of data.sheets) wb.addWorksheet(sheet.name).addRows(sheet.values.map((r) => [...r]));
  const bytes = await writeXlsx(wb);
  return { name, arrayBuffer: async () => bytes.slice().buffer };
}

const listed = () =>
  within(screen.getByRole("list", { name: /^(Daftar perubahan|Changes)$/ }))
    .getAllByRole("button")
    .map((b) => b.textContent);

describe("Bandingkan follows a language switch made after comparing (Office host over the recording fake)", () => {
  test("the changes' kinds and sentences are re-worded in English and back, without comparing again", async () => {
    const old = cleanWorkbook();
    let revised = edit(old, "Program", "1.1.1", "Target 2026", 25.5);
    revised = addRow(revised, "Sub Kegiatan", { Kode: "1.1.1.1.3", "Kode Induk": "1.1.1.1", Uraian: "Baru" });
    const excel = fakeWith(revised);
    renderPane(officeHostOver(excel));
    fireEvent.click(screen.getByRole("tab", { name: "Bandingkan" }));
    const file = await pickedFile("lama.xlsx", old);
    fireEvent.change(screen.getByTestId("compare-file"), { target: { files: [file] } });
    await screen.findByTestId("compare-counts");
    const now = new Date();
    const id = diffAction(old, revised, {}, { lang: "id", now }).sentences;
    const en = diffAction(old, revised, {}, { lang: "en", now }).sentences;
    // The two languages word these changes differently ("25,5" and "Ditambahkan", "25.5" and "Added").
    expect(id).toHaveLength(2);
    expect(id.filter((s) => en.includes(s))).toEqual([]);
    const sentencesShown = () => listed().map((t) => [...id, ...en].find((s) => t!.endsWith(s)));
    expect(sentencesShown()).toEqual(id);
    const syncs = excel.syncs;

    fireEvent.click(screen.getByRole("button", { name: /^EN/ }));
    await waitFor(() => expect(sentencesShown()).toEqual(en));
    expect(listed().every((t) => /^(Added|Changed)/.test(t!))).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: /^ID/ }));
    await waitFor(() => expect(sentencesShown()).toEqual(id));
    expect(excel.syncs).toBe(syncs);
  });
});
