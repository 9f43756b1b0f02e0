export { previewImport, type ImportOptions, type ImportPreview } from "./previewImport";
export { planImport } from "./planImport";
export { describeMapping } from "./map/describeMapping";
export { roleLabel } from "./map/roleLabel";
export { applyMapOverrides } from "./map/applyMapOverrides";
export {
  mapRoleText,
  parseMapOverrides,
  type ColumnOverride,
  type MapProblem,
  type MapRole,
} from "./map/columnOverride";
export { classifyHeader } from "./detect/classifyHeader";
export { groupKindOf } from "./detect/groupKindOf";
export type { HeaderClass, Classified } from "./detect/headerClass";
export { detectHeader, isNumbering, type HeaderInfo, type Window } from "./detect/detectHeader";
export { splitIndicators } from "./read/splitIndicators";
export { readText, readValue } from "./read/readValue";
export { toContent, type ImportContent, type ImportLevel, type ImportRow } from "./merge/toContent";
export { mergePlan, type LevelMerge } from "./merge/mergePlan";
export { backupName } from "./merge/backupName";
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
export { referencePlan } from "./merge/referencePlan";
export { IMPORT_CODES, importNote, type ImportCode, type ImportNote } from "./importNote";
