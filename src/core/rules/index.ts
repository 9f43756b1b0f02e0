export { checkWorkbook, checkModel, type CheckOptions } from "./runChecks";
export { RULES } from "./registry";
export type { Finding, Hit, Lang, Msg, Rule, Severity } from "./types";
