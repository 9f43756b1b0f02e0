export { checkWorkbook, checkModel, type CheckOptions } from "./runChecks";
export { RULES } from "./registry";
export type { Finding, Report, Rule, RulePass, Severity, Text } from "./types";
export type { Lang, Msg } from "../messages";
