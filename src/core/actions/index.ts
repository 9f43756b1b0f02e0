/**
 * The user's actions, each a pure function of plain data (the workbook's values or model, the
 * user's choice, "now"): it returns a plan and/or findings, or a {@link Problem}, and never
 * throws. Front ends read, call one action, and apply what it returns.
 */
export { type ActionContext, checkAction, errorCount, periksaAction, type CheckOutcome } from "./checkAction";
export { findingGroups, type FindingGroupView } from "./findingGroups";
export {
  BUILD_SHEET_KINDS,
  buildSheets,
  buildYear,
  type ChoiceBounds,
  DEFAULT_ORIENTATION,
  fittedChoice,
  type BuildRequest,
  type BuildSheetKind,
} from "./buildChoice";
export { buildAction, buildModelAction, type BuildContext, type BuildOutcome } from "./buildAction";
export { diagramPreviewAction, PREVIEW_MAX_BOXES, type DiagramPreview } from "./previewAction";
export {
  importAction,
  importPreviewAction,
  importSources,
  referenceAction,
  type ImportOutcome,
  type ImportPreviewOutcome,
  type ImportRequest,
} from "./importAction";
export { templateAction, type TemplateOutcome } from "./templateAction";
export { problemOf, type Problem } from "./problem";
export {
  batchAction,
  checkFileAction,
  type BatchOutcome,
  type FileJob,
  type FileResult,
  type ReadFile,
} from "./batchAction";
export {
  gabungAction,
  gabungSamplesAction,
  type GabungOutcome,
  type GabungRequest,
  type GabungSample,
} from "./gabungAction";
export { diffAction, type DiffOutcome, type DiffRequest } from "./diffAction";
export {
  reviewNoteAction,
  type NoteKind,
  type ReviewNoteOutcome,
  type ReviewNoteRequest,
} from "./reviewNoteAction";
export {
  insertCapaianAction,
  type InsertCapaianOutcome,
  type InsertCapaianRequest,
} from "./insertCapaianAction";
