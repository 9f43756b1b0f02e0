import fc from "fast-check";
import { cleanText, needsCleaning } from "../../../src/core/text";

/** The pattern cleanText used to test before its scan by character codes. */
const PATTERN =
  /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\u2060\uFEFF\u00AD\u00A0\u2007\u202F\t\n\r\v\f\u1680\u2000-\u200A\u2028\u2029\u205F\u3000]| {2}|^ | $/;

/** Characters around every edge of the pattern's ranges, plus ordinary text. */
const EDGES = [
  0x08, 0x09, 0x0d, 0x0e, 0x1f, 0x20, 0x41, 0x7e, 0x7f, 0x85, 0x9f, 0xa0, 0xa1, 0xac, 0xad, 0xae, 0x61b,
  0x61c, 0x61d, 0x167f, 0x1680, 0x1681, 0x1fff, 0x2000, 0x2007, 0x200a, 0x200b, 0x200f, 0x2010, 0x2027,
  0x2028, 0x2029, 0x202a, 0x202e, 0x202f, 0x2030, 0x205e, 0x205f, 0x2060, 0x2061, 0x2065, 0x2066, 0x2069,
  0x206a, 0x2fff, 0x3000, 0x3001, 0xfefe, 0xfeff, 0xff00,
].map((c) => String.fromCharCode(c));

describe("needsCleaning", () => {
  test("says exactly what the pattern says, on strings built from the ranges' edge characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EDGES, "a", "1", " ", " "), { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        expect(needsCleaning(text)).toBe(PATTERN.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  test("says exactly what the pattern says on any string, and cleanText leaves clean text as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (text) => {
        expect(needsCleaning(text)).toBe(PATTERN.test(text));
        if (!needsCleaning(text)) expect(cleanText(text)).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  test("names the cases", () => {
    expect(needsCleaning("")).toBe(false);
    expect(needsCleaning("Program A")).toBe(false);
    expect(needsCleaning(" Program")).toBe(true);
    expect(needsCleaning("Program ")).toBe(true);
    expect(needsCleaning("Program  A")).toBe(true);
    expect(needsCleaning("Program\u00a0A")).toBe(true);
    expect(needsCleaning("1.2\u200b")).toBe(true);
    expect(needsCleaning("a\tb")).toBe(true);
  });
});
