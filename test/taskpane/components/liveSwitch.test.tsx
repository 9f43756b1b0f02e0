/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { fakeWith, workbookOf } from "../../adapters/office/workbooks";
import { officeHostOver, renderPane } from "./paneHarness";
import { RULES } from "../../../src/core/rules/registry";
import * as rulePass from "../../../src/core/rules/runRules";

/** 20 indicators; two Sub Kegiatan rows without a Tahun target, so the list is not empty. */
const excelWithWarnings = () =>
  fakeWith(workbookOf(20, (spec, i) => (i < 2 ? { ...spec, targets: {} } : spec)));
const findingsOf = (rule: string) => document.querySelectorAll(`button[data-rule="${rule}"]`);
const handlers = (excel: ReturnType<typeof excelWithWarnings>) =>
  excel.sheets.reduce((n, s) => n + s.changeHandlers.size, 0);

async function checked(excel: ReturnType<typeof excelWithWarnings>) {
  const view = renderPane(officeHostOver(excel));
  fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
  await screen.findByRole("heading", { name: /temuan$/ });
  return view;
}

describe("Periksa otomatis in the pane, over the recording fake", () => {
  test("on by default after the first check: a typo makes POKIN006 appear marked, the fix makes it go, filters stay; off removes the handlers", async () => {
    const excel = excelWithWarnings();
    await checked(excel);
    const live = screen.getByRole("switch", { name: "Periksa otomatis" });
    expect((live as HTMLInputElement).checked).toBe(true);
    // Level sheets + Pengaturan are watched (Catatan Reviu does not exist yet).
    await waitFor(() => expect(handlers(excel)).toBe(6));
    const total = screen.getByRole("heading", { name: /temuan$/ }).textContent;
    // A filter the user set: only errors and warnings (infos hidden).
    const infos = screen.getByRole("group", { name: "Tampilkan tingkat" }).querySelectorAll("button")[2]!;
    fireEvent.click(infos);
    expect(infos.getAttribute("aria-pressed")).toBe("false");

    const [syncs, writes] = [excel.syncs, excel.writes.length];
    await act(async () => excel.userEdit("Program", "B2", [["9.9"]]));
    await waitFor(() => expect(findingsOf("POKIN006")).toHaveLength(1));
    const typo = findingsOf("POKIN006")[0]!;
    expect(typo.getAttribute("data-cell")).toBe("Program!B2");
    expect(typo.getAttribute("data-mark")).toBe("new");
    expect(screen.getByTestId("live-said").textContent).toMatch(
      /^Diperiksa ulang: \d+ temuan baru, 0 temuan hilang\.$/,
    );
    expect(screen.getByRole("heading", { name: /temuan$/ }).textContent).not.toBe(total);
    // The burst read the changed cell once and wrote nothing.
    expect([excel.syncs - syncs, excel.writes.length - writes]).toEqual([1, 0]);
    expect(infos.getAttribute("aria-pressed")).toBe("false");

    await act(async () => excel.userEdit("Program", "B2", [["1.1"]]));
    await waitFor(() => expect(findingsOf("POKIN006")[0]?.getAttribute("data-mark")).toBe("gone"));
    expect(screen.getByRole("heading", { name: /temuan$/ }).textContent).toBe(total);
    await waitFor(() => expect(findingsOf("POKIN006")).toHaveLength(0), { timeout: 5000 });
    expect(infos.getAttribute("aria-pressed")).toBe("false");

    fireEvent.click(live);
    await waitFor(() => expect(handlers(excel)).toBe(0));
    await act(async () => excel.userEdit("Program", "B2", [["9.9"]]));
    await new Promise((r) => setTimeout(r, 50));
    expect(findingsOf("POKIN006")).toHaveLength(0);
  });

  test("with Periksa otomatis on, a Periksa runs the whole check once; the first edit then runs it once more", async () => {
    // Every full check (the pane's, or the live check starting over) is one pass of all the rules.
    const pass = jest.spyOn(rulePass, "runRules");
    const fullChecks = () => pass.mock.calls.filter(([rules]) => rules.length === RULES.length).length;
    try {
      const excel = excelWithWarnings();
      await checked(excel);
      await waitFor(() => expect(handlers(excel)).toBe(6));
      expect(fullChecks()).toBe(1);
      await act(async () => excel.userEdit("Program", "B2", [["9.9"]]));
      await waitFor(() => expect(findingsOf("POKIN006")).toHaveLength(1));
      expect(fullChecks()).toBe(2);
      await act(async () => excel.userEdit("Program", "B2", [["1.1"]]));
      await waitFor(() => expect(findingsOf("POKIN006")[0]?.getAttribute("data-mark")).toBe("gone"));
      // Later edits are re-checked row by row.
      expect(fullChecks()).toBe(2);
    } finally {
      pass.mockRestore();
    }
  });

  test("closing the pane removes the handlers", async () => {
    const excel = excelWithWarnings();
    const view = await checked(excel);
    await waitFor(() => expect(handlers(excel)).toBe(6));
    view.unmount();
    await waitFor(() => expect(handlers(excel)).toBe(0));
  });

  test("an edit made while the pane re-checks is not lost", async () => {
    const excel = excelWithWarnings();
    await checked(excel);
    await waitFor(() => expect(handlers(excel)).toBe(6));
    // Two edits in separate bursts, the second typed before the first's re-check ends.
    await act(async () => {
      excel.userEdit("Program", "B2", [["9.9"]]);
      await new Promise((r) => setTimeout(r, 6));
      excel.userEdit("Kegiatan", "B2", [["8.8"]]);
    });
    await waitFor(() => expect(findingsOf("POKIN006")).toHaveLength(2));
    expect([...findingsOf("POKIN006")].map((b) => b.getAttribute("data-cell")).sort()).toEqual([
      "Kegiatan!B2",
      "Program!B2",
    ]);
  });

  test("without ExcelApi 1.7 the switch is not there and nothing is watched", async () => {
    const excel = excelWithWarnings();
    const { OfficeHost } = await import("../../../src/taskpane/hosts/officeHost");
    const host = new OfficeHost("id", { run: excel.run as never, capabilities: { excelApi: (m) => m <= 6 } });
    const { renderPane: render } = await import("./paneHarness");
    render(host);
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    await screen.findByRole("heading", { name: /temuan$/ });
    expect(screen.queryByRole("switch", { name: "Periksa otomatis" })).toBeNull();
    expect(handlers(excel)).toBe(0);
  });
});
