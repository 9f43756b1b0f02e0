import { displayLang, periksa } from "../../src/commands/periksa";
import { messageUrl, renderMessage } from "../../src/commands/showMessage";
import { REPORT_SHEET } from "../../src/core/plans/reportPlan";
import { fakeWith, workbookOf } from "../adapters/office/workbooks";
import type { FakeExcel } from "../adapters/office/fakeExcel";

type DialogMode = "closes" | "unavailable" | "throws";

/** Fake `Office` and `Excel` globals, as the function file sees them inside Excel. */
function installGlobals(excel: FakeExcel, displayLanguage: string, dialog: DialogMode) {
  const opened: string[] = [];
  const order: string[] = [];
  const office = {
    context: {
      displayLanguage,
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (r: unknown) => void) {
          if (dialog === "throws") throw new Error("dialogs are not supported here");
          opened.push(url);
          if (dialog === "unavailable") {
            callback({ status: "failed", error: { message: "blocked" } });
            return;
          }
          const handlers = new Map<string, () => void>();
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, handler: () => void) => handlers.set(type, handler),
              close: () => order.push("dialog closed"),
            },
          });
          // The user reads the message, then presses Tutup: the page messages its parent.
          setTimeout(() => handlers.get("dialogMessageReceived")?.(), 0);
        },
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  };
  Object.assign(globalThis, { Office: office, Excel: { run: excel.run } });
  const event = {
    completed: jest.fn(() => order.push("completed")),
  } as unknown as Office.AddinCommands.Event;
  return { opened, order, event };
}

const quiet = { sleep: async () => {}, now: new Date(2026, 0, 15) };

describe("ribbon Periksa", () => {
  let errorSpy: jest.SpyInstance;
  beforeEach(() => (errorSpy = jest.spyOn(console, "error").mockImplementation(() => {})));
  afterEach(() => {
    errorSpy.mockRestore();
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
  });

  test("periksa(event) writes Hasil Pemeriksaan, selects it and completes the event once, with no dialog", async () => {
    const excel = fakeWith(workbookOf(8, (s, i) => (i === 0 ? { ...s, satuan: "" } : s)));
    const { opened, event } = installGlobals(excel, "id-ID", "closes");
    await periksa(event, quiet);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(opened).toEqual([]);
    expect(excel.active?.name).toBe(REPORT_SHEET);
    expect(excel.sheet(REPORT_SHEET)!.valueGrid(3, 0, 2, 3)).toEqual([
      ["No", "Aturan", "Tingkat"],
      [1, "POKIN010", "Kesalahan"],
    ]);
  });

  test("in an English Office the report is in English", async () => {
    const excel = fakeWith(workbookOf(8));
    const { event } = installGlobals(excel, "en-GB", "closes");
    expect(displayLang()).toBe("en");
    await periksa(event, quiet);
    expect(excel.sheet(REPORT_SHEET)!.valueGrid(3, 0, 1, 3)).toEqual([["No", "Rule", "Severity"]]);
  });

  test("on failure it shows the explanation in a dialog and completes the event after the dialog closes", async () => {
    const excel = fakeWith(workbookOf(8));
    excel.cellEditMode = true;
    const { opened, order, event } = installGlobals(excel, "id-ID", "closes");
    await periksa(event, quiet);
    expect(excel.runs).toBe(2); // retried once
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]!);
    expect(url.searchParams.get("pesan")).toContain("Tekan Enter atau Esc");
    expect(url.searchParams.get("lang")).toBe("id");
    expect(order).toEqual(["dialog closed", "completed"]);
  });

  test.each<DialogMode>(["unavailable", "throws"])(
    "on failure with the dialog %s, it still completes the event and logs the message",
    async (mode) => {
      const excel = fakeWith(workbookOf(8));
      excel.cellEditMode = true;
      const { event } = installGlobals(excel, "en-US", mode);
      await periksa(event, quiet);
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(errorSpy).toHaveBeenCalledWith(
        "Pokin:",
        expect.stringContaining("Press Enter or Esc"),
        expect.anything(),
      );
    },
  );

  test("an unexpected error (not from Office) is explained too and the event completes", async () => {
    const excel = fakeWith(workbookOf(8));
    const { opened, event } = installGlobals(excel, "en-US", "closes");
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async () => {
        throw new TypeError("x is undefined\n    at stack line");
      },
    };
    await periksa(event, quiet);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(new URL(opened[0]!).searchParams.get("pesan")).toBe(
      "Excel could not complete the command: x is undefined.",
    );
  });
});

describe("the message page", () => {
  test("messageUrl(text, lang) points at commands.html with the text in the query", () => {
    const url = new URL(messageUrl("a & b <c>", "en"));
    expect([url.origin + url.pathname, url.searchParams.get("pesan"), url.searchParams.get("lang")]).toEqual([
      "https://localhost:3000/commands.html",
      "a & b <c>",
      "en",
    ]);
  });

  test("renderMessage puts the text in as text (never HTML) with a close button", () => {
    const made: Record<string, unknown>[] = [];
    const element = (tag: string) => {
      const el: Record<string, unknown> = {
        tag,
        children: [] as unknown[],
        listeners: {} as Record<string, () => void>,
      };
      el.append = (...kids: unknown[]) => (el.children as unknown[]).push(...kids);
      el.addEventListener = (type: string, fn: () => void) =>
        ((el.listeners as Record<string, () => void>)[type] = fn);
      made.push(el);
      return el;
    };
    const body = { replaceChildren: jest.fn() };
    const doc = { createElement: element, body, documentElement: { lang: "" } } as unknown as Document;
    const close = jest.fn();
    renderMessage(doc, "<b>Program</b>", "id", close);
    const [main, p, button] = made;
    expect(p).toMatchObject({ tag: "p", textContent: "<b>Program</b>" });
    expect(p).not.toHaveProperty("innerHTML");
    expect(button).toMatchObject({ tag: "button", textContent: "Tutup" });
    (button!.listeners as Record<string, () => void>).click!();
    expect(close).toHaveBeenCalledTimes(1);
    expect(body.replaceChildren).toHaveBeenCalledWith(main);
  });
});
