import {
  formatNomenklatur,
  nomenklaturKey,
  nomenklaturSegments,
  startsWithNomenklatur,
} from "../../../src/core/values/nomenklatur";

describe("nomenklaturSegments(value) splits an official code however it was typed", () => {
  test("nomenklaturSegments drops leading zeros of a padded code", () => {
    expect(nomenklaturSegments("1.06.04.2.01.0001")).toEqual(["1", "6", "4", "2", "1", "1"]);
  });

  test("nomenklaturSegments reads unpadded codes, spaces around them and numbers", () => {
    expect(nomenklaturSegments(" 1.6.4 ")).toEqual(["1", "6", "4"]);
    expect(nomenklaturSegments(1.06)).toEqual(["1", "6"]);
  });

  test("nomenklaturSegments turns placeholders of any width and case into X", () => {
    expect(nomenklaturSegments("X.XX.01.2.01")).toEqual(["X", "X", "1", "2", "1"]);
    expect(nomenklaturSegments("x.xx.01")).toEqual(["X", "X", "1"]);
  });

  test("nomenklaturSegments reads a code split over cells, up to the first empty cell", () => {
    expect(nomenklaturSegments([1, 6, 4, 2, 1, 1])).toEqual(["1", "6", "4", "2", "1", "1"]);
    expect(nomenklaturSegments([1, 6, 4, "", 9])).toEqual(["1", "6", "4"]);
    expect(nomenklaturSegments(["X", "XX", 1, null])).toEqual(["X", "X", "1"]);
  });

  test("nomenklaturSegments splits a cell holding two segments, as the annex's kegiatan `2.01`", () => {
    expect(nomenklaturSegments([1, 6, 4, "2.01", 1])).toEqual(["1", "6", "4", "2", "1", "1"]);
  });

  test("nomenklaturSegments gives nothing for empty or non-code text", () => {
    expect(nomenklaturSegments("")).toEqual([]);
    expect(nomenklaturSegments(null)).toEqual([]);
    expect(nomenklaturSegments("1.06.a")).toEqual([]);
    expect(nomenklaturSegments("1..06")).toEqual([]);
    expect(nomenklaturSegments("Program Rehabilitasi")).toEqual([]);
  });
});

describe("nomenklaturKey(value) is the comparison key", () => {
  test("nomenklaturKey gives padded and unpadded spellings the same key", () => {
    expect(nomenklaturKey("1.06.04.2.01.0001")).toBe("1.6.4.2.1.1");
    expect(nomenklaturKey("1.6.4.2.1.1")).toBe("1.6.4.2.1.1");
    expect(nomenklaturKey([1, 6, 4, "2.01", 1])).toBe("1.6.4.2.1.1");
    expect(nomenklaturKey("abc")).toBe("");
  });
});

describe("formatNomenklatur(segments) writes the official padded notation", () => {
  test("formatNomenklatur pads each segment to U.BB.PP.K.KK.SSSS", () => {
    expect(formatNomenklatur(["1", "6", "4", "2", "1", "1"])).toBe("1.06.04.2.01.0001");
    expect(formatNomenklatur(["2", "8", "2"])).toBe("2.08.02");
  });

  test("formatNomenklatur writes placeholders at the segment's width", () => {
    expect(formatNomenklatur(["X", "X", "1"])).toBe("X.XX.01");
  });

  test("formatNomenklatur round-trips with nomenklaturSegments", () => {
    const code = "1.06.04.2.01.0001";
    expect(formatNomenklatur(nomenklaturSegments(code))).toBe(code);
  });
});

describe("startsWithNomenklatur(child, parent) compares a code with its parent's (POKIN020)", () => {
  test("startsWithNomenklatur is true for a child code under its parent, padded or not", () => {
    expect(startsWithNomenklatur("1.06.04.2.01", "1.06.04")).toBe(true);
    expect(startsWithNomenklatur("1.6.4.2.1.1", "1.06.04.2.01")).toBe(true);
  });

  test("startsWithNomenklatur is true for the parent's own code", () => {
    expect(startsWithNomenklatur("1.06.04", "1.06.04")).toBe(true);
  });

  test("startsWithNomenklatur lets placeholders stand for any segment, on either side", () => {
    expect(startsWithNomenklatur("1.06.01.2.01", "X.XX.01")).toBe(true);
    expect(startsWithNomenklatur("X.XX.01.2.01", "1.06.01")).toBe(true);
  });

  test("startsWithNomenklatur is false for another parent, a longer parent, or an unreadable code", () => {
    expect(startsWithNomenklatur("1.06.05.2.01", "1.06.04")).toBe(false);
    expect(startsWithNomenklatur("1.06", "1.06.04")).toBe(false);
    expect(startsWithNomenklatur("1.06.04.2.01", "")).toBe(false);
    expect(startsWithNomenklatur("abc", "1.06")).toBe(false);
  });
});
