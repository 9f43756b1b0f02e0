import { explainOfficeError, officeErrorText, PokinExcelError } from "../../../src/adapters/office/errors";
import { FakeOfficeError } from "./fakeExcel";

describe("explainOfficeError", () => {
  test.each([
    ["InvalidOperationInCellEditMode", "Enter atau Esc", "Press Enter or Esc"],
    ["ItemNotFound", "tidak ada lagi", "no longer exists"],
    ["AccessDenied", "diproteksi", "protected"],
    ["GeneralException", "muat ulang add-in", "reload the add-in"],
    ["RequestPayloadSizeLimitExceeded", "5 MB", "5 MB"],
    ["ResponsePayloadSizeLimitExceeded", "pokin check", "pokin check"],
    ["ApiNotFound", "Perbarui Excel", "Update Excel"],
  ])("explainOfficeError({ code: %s }) explains it in both languages", (code, id, en) => {
    const msg = explainOfficeError(new FakeOfficeError(code, "raw text from Excel"));
    expect(msg.id).toContain(id);
    expect(msg.en).toContain(en);
    expect(msg.en).not.toContain("raw text from Excel");
  });

  test("an unknown error gives its first line and code, never the stack", () => {
    const err = new FakeOfficeError(
      "InsertDeleteConflict",
      "The insert or delete conflicts.\n    at foo (bar.js:1:2)",
    );
    expect(explainOfficeError(err)).toEqual({
      id: "Excel tidak dapat menyelesaikan perintah: The insert or delete conflicts (InsertDeleteConflict).",
      en: "Excel could not complete the command: The insert or delete conflicts (InsertDeleteConflict).",
    });
  });

  test("a thrown non-error still gets a message", () => {
    expect(officeErrorText(undefined, "en")).toBe("Excel could not complete the command: unknown error.");
    expect(officeErrorText("boom", "id")).toBe("Excel tidak dapat menyelesaikan perintah: boom.");
  });

  test("PokinExcelError keeps the code and the explanation of what it wraps", () => {
    const err = new PokinExcelError(new FakeOfficeError("AccessDenied"));
    expect(err.code).toBe("AccessDenied");
    expect(err.message).toBe(explainOfficeError({ code: "AccessDenied" }).en);
    expect(explainOfficeError(err)).toEqual(explainOfficeError({ code: "AccessDenied" }));
  });
});
