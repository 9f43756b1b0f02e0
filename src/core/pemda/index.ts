export { checkAcross, CROSS_RULES } from "./checkAcross";
export { foldText, namesOpd, opdAcronym } from "./fold";
export { summariseFile } from "./summariseFile";
export type * from "./types";
