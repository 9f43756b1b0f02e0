import { textUnits, wrapText } from "../../../src/core/layout/wrapText";

describe("wrapText", () => {
  test("wrapText(text, width) breaks at spaces and keeps every word", () => {
    const text = "Jumlah orang yang mendapatkan permakanan sesuai standar";
    const lines = wrapText(text, 14);
    expect(lines.join(" ")).toBe(text);
    expect(lines.filter((l) => textUnits(l) > 14)).toEqual([]);
    expect(lines.length).toBeGreaterThan(2);
  });

  test("wrapText never cuts an emoji or another surrogate pair in two (no lone surrogate, no U+FFFD in the SVG)", () => {
    const word = "🙂🙂🙂𝒜𝒜bc🙂";
    const lines = wrapText(word, 1);
    expect(lines.join("")).toBe(word);
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const line of lines) expect(line).not.toMatch(lone);
    expect(new TextDecoder().decode(new TextEncoder().encode(lines.join("|")))).not.toContain("\uFFFD");
  });

  test("wrapText cuts a word longer than a line", () => {
    expect(wrapText("aaaaaaaaaa", 4)).toEqual(["aaaa", "aaaa", "aa"]);
  });

  test("wrapText('') is one empty line", () => {
    expect(wrapText("", 10)).toEqual([""]);
  });
});
