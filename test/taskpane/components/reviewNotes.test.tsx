/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { REVIEW_SHEET } from "../../../src/core/sheets";
import { fakeWith, workbookOf } from "../../adapters/office/workbooks";
import { officeHostOver, renderPane } from "./paneHarness";

/** 20 indicators, two of them pointing at a Kode Induk that does not exist (POKIN006). */
const excelWithOrphans = () =>
  fakeWith(workbookOf(20, (spec, i) => (i < 2 ? { ...spec, induk: `9.${i}` } : spec)));
const total = () =>
  Number(/^(\d+)/.exec(screen.getByRole("heading", { name: /temuan$/ }).textContent ?? "")![1]);
const orphans = () => [...document.querySelectorAll<HTMLButtonElement>('button[data-rule="POKIN006"]')];

async function checkedPane() {
  const excel = excelWithOrphans();
  renderPane(officeHostOver(excel));
  fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
  await screen.findByRole("heading", { name: /temuan$/ });
  return excel;
}

async function openReason(finding: HTMLButtonElement) {
  fireEvent.click(finding);
  const actions = await screen.findByRole("group", { name: "Catatan reviu untuk temuan ini" });
  fireEvent.click(within(actions).getByRole("button", { name: "Kecualikan…" }));
  return screen.findByRole("dialog", { hidden: true });
}

// In jsdom Fluent's focus trap (tabster) marks the dialog's portal aria-hidden as it would the
// content behind it; queries inside the dialog include hidden elements here. The real
// accessibility of the dialog is checked in chromium (test/e2e/review.test.ts).
const HIDDEN = { hidden: true } as const;

describe("the reviewer's notes in the pane (Office host over the recording fake)", () => {
  test("the reason is required: Simpan without one says so and writes nothing", async () => {
    const excel = await checkedPane();
    const dialog = await openReason(orphans()[0]!);
    const writes = excel.writes.length;
    fireEvent.click(within(dialog).getByRole("button", { ...HIDDEN, name: "Simpan" }));
    expect(await within(dialog).findByText("Tulis alasannya dulu.")).toBeTruthy();
    expect(screen.getByRole("dialog", HIDDEN)).toBeTruthy();
    expect(excel.writes.length).toBe(writes);
    fireEvent.click(within(dialog).getByRole("button", { ...HIDDEN, name: "Batal" }));
    await waitFor(() => expect(screen.queryByRole("dialog", HIDDEN)).toBeNull());
    expect(excel.sheet(REVIEW_SHEET)).toBeUndefined();
  });

  test("Kecualikan writes one Catatan Reviu row; the finding leaves the list and is counted; the toggle shows it marked", async () => {
    const excel = await checkedPane();
    const before = total();
    const target = orphans()[0]!;
    const cell = target.dataset.cell!;
    const dialog = await openReason(target);
    fireEvent.change(within(dialog).getByRole("textbox", { ...HIDDEN, name: /Alasan/ }), {
      target: { value: "Induk ada di OPD lain" },
    });
    fireEvent.change(within(dialog).getByRole("textbox", { ...HIDDEN, name: /Oleh/ }), {
      target: { value: "Inspektorat" },
    });
    fireEvent.click(within(dialog).getByRole("button", { ...HIDDEN, name: "Simpan" }));
    await screen.findByText("Catatan reviu ditulis.");
    await waitFor(() => expect(total()).toBe(before - 1));
    expect(orphans().map((b) => b.dataset.cell)).not.toContain(cell);
    expect(screen.getByTestId("excepted-count").textContent).toBe("1 dikecualikan");
    expect(excel.sheet(REVIEW_SHEET)!.valueGrid(1, 0, 2, 6)).toEqual([
      [
        "POKIN006",
        expect.any(String),
        cell.split("!")[0],
        "Dikecualikan",
        "Induk ada di OPD lain",
        "Inspektorat",
      ],
      ["", "", "", "", "", ""],
    ]);

    fireEvent.click(screen.getByRole("switch", { name: "Tampilkan yang dikecualikan" }));
    await waitFor(() => expect(document.querySelectorAll('button[data-excepted="true"]')).toHaveLength(1));
    const shown = document.querySelector<HTMLButtonElement>('button[data-excepted="true"]')!;
    expect(shown.dataset.cell).toBe(cell);
    expect(shown.textContent).toContain("Dikecualikan: Induk ada di OPD lain");
    // The counts still leave it out.
    expect(total()).toBe(before - 1);
  });

  test("Tandai perlu perbaikan writes a Perlu Perbaikan row and the finding stays listed", async () => {
    const excel = await checkedPane();
    const before = total();
    const target = orphans()[1]!;
    fireEvent.click(target);
    const actions = await screen.findByRole("group", { name: "Catatan reviu untuk temuan ini" });
    fireEvent.click(within(actions).getByRole("button", { name: "Tandai perlu perbaikan" }));
    await screen.findByText("Catatan reviu ditulis.");
    expect(excel.sheet(REVIEW_SHEET)!.valueGrid(1, 3, 1, 1)).toEqual([["Perlu Perbaikan"]]);
    await waitFor(() => expect(orphans().map((b) => b.dataset.cell)).toContain(target.dataset.cell));
    expect(total()).toBe(before);
  });
});
