export { previewImport, planImport, type ImportOptions, type ImportPreview } from "./importTemplate";
export { describeMapping, roleLabel } from "./mapping";
export { applyMapOverrides, type MapProblem } from "./mapOverrides";
export { classifyHeader, groupKindOf, type HeaderClass, type Classified } from "./roles";
export { detectHeader, isNumbering, type HeaderInfo, type Window } from "./headerDetect";
export { splitIndicators } from "./splitIndicators";
export { readText, readValue } from "./normalise";
export { toContent, type ImportContent, type ImportLevel, type ImportRow } from "./toContent";
export { mergePlan, type LevelMerge } from "./mergePlan";
export { backupName } from "./backupName";
export type {
  ColumnDecision,
  GroupDecision,
  GroupKind,
  ImportMapping,
  Role,
  RowReport,
  SkipWhy,
} from "./types";
export { describeRows } from "./describeRows";
export { referencePlan } from "./referencePlan";
