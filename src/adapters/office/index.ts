export { applyOfficePlan, DEFAULT_PAYLOAD_LIMIT, type ApplyOptions, type ApplyResult } from "./applyPlan";
export { buildInExcel, type ExcelBuildChoice, type ExcelBuildResult } from "./buildAction";
export { hostCapabilities, type OfficeCapabilities } from "./capabilities";
export {
  checkInExcel,
  periksaInExcel,
  showFinding,
  writeReport,
  type ActionOptions,
  type CheckResult,
} from "./checkAction";
export {
  importInExcel,
  importSourcesInExcel,
  previewInExcel,
  type ExcelImportPreview,
  type ExcelImportRequest,
  type ExcelImportResult,
  type ExcelImportSources,
} from "./importAction";
export { explainOfficeError, officeErrorText, PokinExcelError, CELL_EDIT_MODE } from "./errors";
export { readOfficeWorkbook, type OfficeWorkbookRead } from "./readWorkbook";
export { runExcel, type ExcelRun, type RunOptions } from "./runAction";
export { selectCell } from "./select";
