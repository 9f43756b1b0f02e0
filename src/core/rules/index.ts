export { checkWorkbook, checkModel, type CheckOptions } from "./runChecks";
export { RULES } from "./registry";
export type { Finding, Hit, Rule, Severity } from "./types";
export type { Lang, Msg } from "../messages";
