/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { fakeWith, workbookOf } from "../../adapters/office/workbooks";
import { officeHostOver, renderPane } from "./paneHarness";

const TABLE = [
  ["Indikator", "Target", "Realisasi", "Polaritas"],
  ["Angka kemiskinan", 10, 9, "Negatif"],
  ["Cakupan layanan", 80, 84, "Positif"],
];

describe("Sisipkan rumus capaian in the pane (Office host over the recording fake)", () => {
  test("Ambil pilihan reads the selection, guesses the columns from their titles, and Sisipkan writes one range of formulas", async () => {
    const excel = fakeWith(workbookOf(8));
    excel.addSheet("LKjIP", TABLE);
    excel.selection = { sheet: "LKjIP", address: "A1:D3" };
    renderPane(officeHostOver(excel));
    fireEvent.click(screen.getByRole("tab", { name: "Buat" }));
    fireEvent.click(await screen.findByRole("button", { name: "Ambil pilihan" }));
    await screen.findByText("Pilihan: LKjIP!A1:D3");
    expect((screen.getByRole("combobox", { name: "Kolom target" }) as HTMLSelectElement).value).toBe("1");
    expect((screen.getByRole("combobox", { name: "Kolom realisasi" }) as HTMLSelectElement).value).toBe("2");
    expect((screen.getByRole("combobox", { name: "Polaritas" }) as HTMLSelectElement).value).toBe("col:3");
    const before = excel.writes.length;
    fireEvent.click(screen.getByRole("button", { name: "Sisipkan" }));
    await screen.findByText("Rumus capaian disisipkan.");
    expect(excel.writes.slice(before).filter((w) => /set (values|formulas)$/.test(w))).toEqual([
      "set formulas",
    ]);
    const grid = excel.sheet("LKjIP")!.formulaGrid(0, 4, 3, 2);
    expect(grid[0]).toEqual(["Capaian (%)", "Predikat"]);
    expect(grid[1]![0]).toMatch(/^=IF\(OR\(LOWER\(TRIM\(D2\)\)=/);
  });

  test("a selection on a level sheet is refused with the bilingual reason and nothing is written", async () => {
    const excel = fakeWith(workbookOf(8));
    excel.selection = { sheet: "Program", address: "A1:D3" };
    renderPane(officeHostOver(excel));
    fireEvent.click(screen.getByRole("tab", { name: "Buat" }));
    fireEvent.click(await screen.findByRole("button", { name: "Ambil pilihan" }));
    await screen.findByText("Pilihan: Program!A1:D3");
    const before = excel.writes.length;
    fireEvent.click(screen.getByRole("button", { name: "Sisipkan" }));
    expect(await screen.findByText(/Lembar 'Program' milik Pokin/)).toBeTruthy();
    expect(excel.writes.length).toBe(before);
  });
});
