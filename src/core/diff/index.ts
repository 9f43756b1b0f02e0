export { diffModels, diffWorkbooks } from "./diffModels";
export { changeText, showValue, KIND_LABEL } from "./changeText";
export { changeCounts } from "./changeCounts";
export { changesPlan, CHANGES_HEADER_ROW, type ChangesPlanOptions } from "./changesPlan";
export type { Change, ChangeCell, ChangeKind, ChangeValue, DiffOptions } from "./types";
export { rowText } from "./rowText";
export { diffMarks } from "./diffMarks";
