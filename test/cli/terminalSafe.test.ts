import { terminalSafe } from "../../src/cli/io";

describe("terminalSafe(text)", () => {
  test("escapes C0 (but tab and newlines), DEL, C1 and bidi controls as \\uXXXX, and leaves the rest", () => {
    expect(terminalSafe("a\tb\r\nc\u001b[2J\u007f\u0085\u009b\u202e\u200f\u2066 Ü 🙂")).toBe(
      "a\tb\r\nc\\u001B[2J\\u007F\\u0085\\u009B\\u202E\\u200F\\u2066 Ü 🙂",
    );
  });

  test("JSON written through it still parses to the original text", () => {
    const original = { message: "Kode '1.1\u202e' \u0090" };
    expect(JSON.parse(terminalSafe(JSON.stringify(original)))).toEqual(original);
  });
});
