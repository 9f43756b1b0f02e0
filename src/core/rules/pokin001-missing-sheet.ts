import type { Rule, Text } from "./types";

const MISSING: Text<[string, number]> = {
  id: (name, n) => `Lembar level '${name}' (level ${n}) tidak ada.`,
  en: (name, n) => `The level sheet '${name}' (level ${n}) is missing.`,
};

/** POKIN001 (error): a level sheet is missing. Reported at A1 of the missing sheet. */
export const pokin001: Rule = {
  id: "POKIN001",
  severity: "error",
  begin(model, out) {
    for (const level of model.levels) {
      if (!level.sheet) out.add(level.name, 0, 0, undefined, MISSING[out.lang](level.name, level.index + 1));
    }
    return {};
  },
};
