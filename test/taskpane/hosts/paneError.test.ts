import { explainPaneError, PaneError } from "../../../src/taskpane/hosts/paneError";

describe("explainPaneError(err, lang)", () => {
  test("gives a PaneError's own message in the chosen language", () => {
    const err = new PaneError({ id: "Berkas rusak.", en: "The file is damaged." });
    expect([explainPaneError(err, "id"), explainPaneError(err, "en")]).toEqual([
      "Berkas rusak.",
      "The file is damaged.",
    ]);
  });

  test("keeps only the first line of anything else, never a stack trace", () => {
    const err = new Error("boom\n    at Object.<anonymous> (x.js:1:1)");
    expect(explainPaneError(err, "en")).toBe("Something unexpected went wrong: boom");
    expect(explainPaneError("plain", "id")).toBe("Terjadi kesalahan tak terduga: plain");
  });
});
