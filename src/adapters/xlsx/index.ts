// The .xlsx adapter's browser-safe API (the task pane loads it outside Office). The Node-only
// modules, readFile.ts and writeFile.ts, are imported directly by the command line.
export { applyPlan, findWorksheet, type PlanWarning, type PlanWarnings } from "./applyPlan";
export { loadXlsx, readXlsx, workbookToData } from "./readWorkbook";
export { writeXlsx } from "./writeXlsx";
