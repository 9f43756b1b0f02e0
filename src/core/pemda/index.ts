export { checkAcross, CROSS_RULES } from "./checkAcross";
export { foldText, namesOpd, opdAcronym } from "./fold";
export { summariseFile } from "./summariseFile";
export type * from "./types";
export { gabungPlan } from "./gabung/gabungPlan";
export type { GabungInput, GabungSource } from "./gabung/types";
