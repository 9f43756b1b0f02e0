import {
  contrastRatio,
  greyLightness,
  LEVEL_FILLS,
  levelFill,
  PREDIKAT_FILLS,
  relativeLuminance,
} from "../../../src/core/layout/colors";

describe("diagram colours", () => {
  test("contrastRatio(black, white) is 21 and relativeLuminance spans 0…1", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 6);
    expect([relativeLuminance("#000000"), relativeLuminance("#FFFFFF")]).toEqual([0, 1]);
    expect(greyLightness("#FFFFFF")).toBeCloseTo(100, 6);
  });

  test("every level fill and predikat fill gives black text a WCAG contrast of at least 4.5", () => {
    const fills = [...LEVEL_FILLS, ...Object.values(PREDIKAT_FILLS)];
    const low = fills.filter((f) => contrastRatio("#000000", f) < 4.5);
    expect(low).toEqual([]);
  });

  test("the five level fills stay at least 9 L* apart when printed in grey", () => {
    const l = LEVEL_FILLS.map(greyLightness);
    const close: string[] = [];
    for (let i = 0; i < l.length; i++) {
      for (let j = i + 1; j < l.length; j++) if (Math.abs(l[i]! - l[j]!) < 9) close.push(`${i}-${j}`);
    }
    expect(close).toEqual([]);
  });

  test("levelFill(level) cycles through the palette below the fifth level", () => {
    expect([0, 1, 4, 5, 9].map(levelFill)).toEqual([
      LEVEL_FILLS[0],
      LEVEL_FILLS[1],
      LEVEL_FILLS[4],
      LEVEL_FILLS[0],
      LEVEL_FILLS[4],
    ]);
  });
});
