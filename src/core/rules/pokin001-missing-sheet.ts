import type { Rule } from "./types";

/** POKIN001 (error): a level sheet is missing. Reported at A1 of the missing sheet. */
export const pokin001: Rule = {
  id: "POKIN001",
  severity: "error",
  *check(model) {
    for (const level of model.levels) {
      if (level.sheet) continue;
      yield {
        sheet: level.name,
        row: 0,
        col: 0,
        message: {
          id: `Lembar level '${level.name}' (level ${level.index + 1}) tidak ada.`,
          en: `The level sheet '${level.name}' (level ${level.index + 1}) is missing.`,
        },
      };
    }
  },
};
