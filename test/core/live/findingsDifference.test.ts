import { difference } from "../../../src/core/live/findingsDifference";
import type { Finding } from "../../../src/core/rules/types";

const finding = (rule: string, cell: string, message = `${rule} at ${cell}`): Finding => ({
  rule,
  severity: "error",
  sheet: "Program",
  cell,
  message,
});

describe("difference(before, after)", () => {
  test("lists what appeared and what disappeared, each in its list's order", () => {
    const kept = finding("POKIN006", "B2");
    const gone = [finding("POKIN011", "J3"), finding("POKIN009", "D4")];
    const made = [finding("POKIN019", "D5"), finding("POKIN010", "E6")];
    expect(difference([gone[0]!, kept, gone[1]!], [made[0]!, kept, made[1]!])).toEqual({
      appeared: made,
      disappeared: gone,
    });
  });

  test("a finding made again with the same rule, sheet, cell and text is neither appeared nor disappeared", () => {
    const before = [finding("POKIN006", "B2"), finding("POKIN011", "J3")];
    const after = [finding("POKIN011", "J3"), finding("POKIN006", "B2")];
    expect(difference(before, after)).toEqual({ appeared: [], disappeared: [] });
  });

  test("a different cell or text is a different finding, in both directions", () => {
    const before = [finding("POKIN006", "B2"), finding("POKIN011", "J3", "old text")];
    const after = [finding("POKIN006", "B3"), finding("POKIN011", "J3", "new text")];
    expect(difference(before, after)).toEqual({ appeared: after, disappeared: before });
  });

  test("equal findings count one by one: two before and one after leave one disappeared, and back", () => {
    const twice = [finding("POKIN019", "D5"), finding("POKIN019", "D5")];
    const once = [finding("POKIN019", "D5")];
    expect(difference(twice, once)).toEqual({ appeared: [], disappeared: [twice[1]] });
    expect(difference(once, twice)).toEqual({ appeared: [twice[1]], disappeared: [] });
  });
});
