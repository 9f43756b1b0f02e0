import { langFromLocale, STRINGS, text } from "../../src/taskpane/i18n";

describe("text(lang, key, vars)", () => {
  test("fills the placeholders in the chosen language", () => {
    expect(text("en", "findingsTotal", { n: 3 })).toBe("3 findings");
    expect(text("id", "findingsTotal", { n: 3 })).toBe("3 temuan");
    expect(text("id", "fileLabel", { name: "a.xlsx" })).toBe("Berkas: a.xlsx");
  });

  test("leaves a placeholder without a value visible instead of printing undefined", () => {
    expect(text("en", "fileLabel")).toBe("File: {name}");
  });

  test("every string has both languages, with the same placeholders", () => {
    for (const [key, msg] of Object.entries(STRINGS)) {
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([key, msg.id.length > 0, msg.en.length > 0]).toEqual([key, true, true]);
      expect([key, holes(msg.id)]).toEqual([key, holes(msg.en)]);
    }
  });
});

describe("langFromLocale(displayLanguage)", () => {
  test("is English for any English Office display language, Bahasa Indonesia otherwise", () => {
    expect(["en-US", "en-GB", "EN", "id-ID", "nl-NL", "", undefined, null].map(langFromLocale)).toEqual([
      "en",
      "en",
      "en",
      "id",
      "id",
      "id",
      "id",
      "id",
    ]);
  });
});
