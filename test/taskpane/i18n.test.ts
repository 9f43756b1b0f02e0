import { langFromLocale, STRINGS, text } from "../../src/taskpane/i18n";

describe("text(lang, key, vars)", () => {
  test("fills the placeholders in the chosen language", () => {
    expect(text("en", "findingsTotal", { n: 3 })).toBe("3 findings");
    expect(text("id", "findingsTotal", { n: 3 })).toBe("3 temuan");
    expect(text("id", "fileLabel", { name: "a.xlsx" })).toBe("Berkas: a.xlsx");
  });

  test("counts: English singular for one (Intl.PluralRules), numbers in the language's notation", () => {
    expect([0, 1, 2, 1234].map((n) => text("en", "findingsTotal", { n }))).toEqual([
      "0 findings",
      "1 finding",
      "2 findings",
      "1,234 findings",
    ]);
    expect([1, 1234].map((n) => text("id", "findingsTotal", { n }))).toEqual(["1 temuan", "1.234 temuan"]);
    expect(text("en", "errorCount", { n: 1 })).toBe("1 Error");
    expect(text("en", "importLevelRows", { level: "Program", n: 1 })).toBe("Program: 1 row");
    expect(text("en", "buildDepthN", { n: 1 })).toBe("Top level");
    expect(text("en", "buildDepthN", { n: 2 })).toBe("Top 2 levels");
    expect(text("en", "showing", { shown: 1000, total: 12000 })).toBe("Showing 1,000 of 12,000");
    // Years and row numbers are names, not quantities: callers pass them as text.
    expect(text("id", "buildSheetCapaian", { year: "2026" })).toBe("Capaian 2026");
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
